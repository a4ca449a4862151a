#pragma once

#include "auth/CredentialStore.h"

#include <QString>

namespace QKeychain {
class Job;
}

namespace m3ter {

class SessionCredentialStore;

// Client secrets in the OS keychain through QtKeychain (service = the application id, key = the
// profile id). When the keychain turns out to be unavailable (no Secret Service on Linux, a
// locked or missing collection, no backend at all), the store first tries once more after a
// short delay (at login the wallet or Secret Service often starts after the apps that need it),
// and only if that fails too does it switch to an in-memory
// SessionCredentialStore for the rest of the session and says so once through
// keychainUnavailable(). It never falls back to a file: QtKeychain's insecure fallback writes
// secrets in plain text and stays off.
class KeychainCredentialStore : public CredentialStore {
    Q_OBJECT

public:
    // The reverse-DNS application id, shared with the desktop entry.
    static QString defaultServiceName();
    // The translated notice shown when the keychain is unavailable.
    static QString unavailableNotice();

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    // A different service name keeps tests away from the application's own entries.
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    QString service() const;
    // True once the store has fallen back to memory.
    bool isUnavailable() const;
    // How long an operation waits before its one retry when the keychain seems unavailable.
    static constexpr int kDefaultRetryDelayMs = 2000;
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

protected:
    void doRead(const QString &profileId, Callback done) override;
    void doWrite(const QString &profileId, const QString &secret, Callback done) override;
    void doDelete(const QString &profileId, Callback done) override;

private:
    enum class Operation { Read, Write, Delete };

    // One attempt at the keychain; `attempt` counts from 0 (the retry is attempt 1).
    void run(Operation operation, const QString &profileId, const QString &secret, Callback done,
             int attempt);
    void finished(QKeychain::Job *job, Operation operation, const QString &profileId,
                  const QString &secret, const Callback &done, int attempt);
    void runInSession(Operation operation, const QString &profileId, const QString &secret,
                      Callback done);
    void becomeUnavailable(const QString &detail);

    QString m_service;
    SessionCredentialStore *m_session = nullptr;
    bool m_unavailable = false;
    int m_retryDelayMs = kDefaultRetryDelayMs;
    // Why the keychain is unavailable, repeated in every fallback result for the log.
    QString m_unavailableDetail;
};

} // namespace m3ter
