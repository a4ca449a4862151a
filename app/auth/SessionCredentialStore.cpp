#include "auth/SessionCredentialStore.h"

#include <QMetaObject>

namespace m3ter {

SessionCredentialStore::SessionCredentialStore(QObject *parent)
    : CredentialStore(parent) {}

SessionCredentialStore::~SessionCredentialStore() = default;

bool SessionCredentialStore::contains(const QString &profileId) const {
    return m_secrets.contains(profileId);
}

QString SessionCredentialStore::secret(const QString &profileId) const {
    return m_secrets.value(profileId);
}

void SessionCredentialStore::store(const QString &profileId, const QString &secret) {
    m_secrets.insert(profileId, secret);
}

void SessionCredentialStore::erase(const QString &profileId) {
    m_secrets.remove(profileId);
}

void SessionCredentialStore::clear() {
    m_secrets.clear();
}

void SessionCredentialStore::doRead(const QString &profileId, Callback done) {
    CredentialResult result;
    if (contains(profileId)) {
        result.status = CredentialResult::Status::Ok;
        result.secret = secret(profileId);
    } else {
        result.status = CredentialResult::Status::NotFound;
    }
    finishLater(std::move(done), std::move(result));
}

void SessionCredentialStore::doWrite(const QString &profileId, const QString &secret,
                                     Callback done) {
    store(profileId, secret);
    CredentialResult result;
    result.status = CredentialResult::Status::Ok;
    finishLater(std::move(done), std::move(result));
}

void SessionCredentialStore::doDelete(const QString &profileId, Callback done) {
    erase(profileId);
    CredentialResult result;
    result.status = CredentialResult::Status::Ok;
    finishLater(std::move(done), std::move(result));
}

void SessionCredentialStore::finishLater(Callback done, CredentialResult result) {
    // Queued, so the callback never runs inside readSecret()/writeSecret() (see CredentialStore).
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

} // namespace m3ter
