#include "auth/CredentialStore.h"

#include <QPointer>

namespace m3ter {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent) {}

void CredentialStore::readSecret(const QString &profileId, QObject *context, Callback done) {
    doRead(profileId, guarded(context, std::move(done)));
}

void CredentialStore::writeSecret(const QString &profileId, const QString &secret, QObject *context,
                                  Callback done) {
    doWrite(profileId, secret, guarded(context, std::move(done)));
}

void CredentialStore::deleteSecret(const QString &profileId, QObject *context, Callback done) {
    doDelete(profileId, guarded(context, std::move(done)));
}

CredentialStore::Callback CredentialStore::guarded(QObject *context, Callback done) {
    // A keychain prompt can outlive the dialog that asked; calling into a destroyed dialog
    // would crash, so the callback is dropped instead. A null context means "no guard wanted".
    const bool hasContext = context != nullptr;
    return [hasContext, guard = QPointer<QObject>(context),
            done = std::move(done)](const CredentialResult &result) {
        if (hasContext && !guard)
            return;
        if (done)
            done(result);
    };
}

} // namespace m3ter
