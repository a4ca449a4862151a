#pragma once

#include "auth/CredentialResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace m3ter {

// Where client secrets live, keyed by profile id. Every operation is asynchronous: it returns at
// once and calls `done` later from the event loop, never from inside the call itself, so callers
// behave the same with the real keychain and with the in-memory fake, and nobody needs a nested
// event loop.
class CredentialStore : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    // `context` works like QObject::connect's context: when it is destroyed before the
    // operation completes, `done` is not called. It may be null (then only the store guards).
    void readSecret(const QString &profileId, QObject *context, Callback done);
    void writeSecret(const QString &profileId, const QString &secret, QObject *context,
                     Callback done);
    // Deleting a secret that does not exist succeeds: the caller only wants it gone.
    void deleteSecret(const QString &profileId, QObject *context, Callback done);

signals:
    // Emitted once, when the store first finds the OS keychain unavailable; `notice` is a
    // translated text for a non-blocking banner. Results also carry `unavailable` and the text.
    void keychainUnavailable(const QString &notice);

protected:
    // Implementations call `done` exactly once, asynchronously.
    virtual void doRead(const QString &profileId, Callback done) = 0;
    virtual void doWrite(const QString &profileId, const QString &secret, Callback done) = 0;
    virtual void doDelete(const QString &profileId, Callback done) = 0;

private:
    Callback guarded(QObject *context, Callback done);
};

} // namespace m3ter
