#pragma once

#include "auth/CredentialStore.h"

#include <QHash>

namespace m3ter {

// Secrets in process memory only, gone at exit. Two uses: the fallback of
// KeychainCredentialStore when the OS keychain is unavailable, and a fake for unit tests.
class SessionCredentialStore : public CredentialStore {
    Q_OBJECT

public:
    explicit SessionCredentialStore(QObject *parent = nullptr);
    ~SessionCredentialStore() override;

    // Synchronous access for the owner (KeychainCredentialStore) and for tests.
    bool contains(const QString &profileId) const;
    QString secret(const QString &profileId) const;
    void store(const QString &profileId, const QString &secret);
    void erase(const QString &profileId);
    void clear();

protected:
    void doRead(const QString &profileId, Callback done) override;
    void doWrite(const QString &profileId, const QString &secret, Callback done) override;
    void doDelete(const QString &profileId, Callback done) override;

private:
    void finishLater(Callback done, CredentialResult result);

    QHash<QString, QString> m_secrets;
};

} // namespace m3ter
