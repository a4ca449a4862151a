#include "auth/KeychainCredentialStore.h"

#include "auth/AuthLogging.h"
#include "auth/SessionCredentialStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace m3ter {

namespace {

// The errors after which retrying in this session is pointless, so memory is the only honest
// place left. AccessDeniedByUser is not among them: the user said no to this one request and may
// say yes to the next; CouldNotDeleteEntry and EntryNotFound are answers from a working keychain.
bool meansUnavailable(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied: // e.g. a locked collection nobody can unlock
    case QKeychain::OtherError:   // e.g. no D-Bus session bus, no Secret Service
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
        return false;
    }
    return true;
}

} // namespace

QString KeychainCredentialStore::defaultServiceName() {
    return QStringLiteral("com.m3ter.bills");
}

QString KeychainCredentialStore::unavailableNotice() {
    return tr("The system keychain is not available, so the client secret is kept only until you "
              "quit. To keep it, set up a keychain (for example GNOME Keyring or KWallet) and "
              "enter the secret again.");
}

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultServiceName(), parent) {}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
    , m_session(new SessionCredentialStore(this)) {}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::service() const {
    return m_service;
}

bool KeychainCredentialStore::isUnavailable() const {
    return m_unavailable;
}

void KeychainCredentialStore::doRead(const QString &profileId, Callback done) {
    run(Operation::Read, profileId, {}, std::move(done), 0);
}

void KeychainCredentialStore::doWrite(const QString &profileId, const QString &secret,
                                      Callback done) {
    run(Operation::Write, profileId, secret, std::move(done), 0);
}

void KeychainCredentialStore::doDelete(const QString &profileId, Callback done) {
    run(Operation::Delete, profileId, {}, std::move(done), 0);
}

void KeychainCredentialStore::run(Operation operation, const QString &profileId,
                                  const QString &secret, Callback done, int attempt) {
    if (m_unavailable)
        return runInSession(operation, profileId, secret, std::move(done));
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent on purpose: the libsecret backend calls back into the job from GLib, so a job
    // deleted with its parent mid-flight would be a use-after-free. With auto-delete it lives
    // exactly until it has finished; `this` as context drops the result if the store is gone.
    job->setAutoDelete(true);
    // Explicit, although false is the default: on KWallet the fallback writes plain text.
    job->setInsecureFallback(false);
    job->setKey(profileId);
    // The secret is captured only for a write, to keep it in memory if the keychain turns out
    // to be unavailable.
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, profileId, secret, done = std::move(done), attempt](
                QKeychain::Job *j) { finished(j, operation, profileId, secret, done, attempt); });
    qCDebug(lcAuth) << "Keychain operation" << int(operation) << "for profile" << profileId
                    << "attempt" << attempt + 1;
    job->start();
}

void KeychainCredentialStore::finished(QKeychain::Job *job, Operation operation,
                                       const QString &profileId, const QString &secret,
                                       const Callback &done, int attempt) {
    const QKeychain::Error error = job->error();
    CredentialResult result;
    if (error == QKeychain::NoError) {
        result.status = CredentialResult::Status::Ok;
        if (operation == Operation::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        done(result);
        return;
    }

    result.detail = job->errorString();
    if (error == QKeychain::EntryNotFound) {
        // Deleting what is not there is what the caller wanted anyway.
        result.status = operation == Operation::Delete ? CredentialResult::Status::Ok
                                                       : CredentialResult::Status::NotFound;
        done(result);
        return;
    }

    if (meansUnavailable(error)) {
        // Another operation may have given up on the keychain meanwhile; then memory it is.
        if (attempt == 0 && !m_unavailable) {
            qCInfo(lcAuth) << "System keychain not ready (" << result.detail << "); retrying in"
                           << m_retryDelayMs << "ms";
            QTimer::singleShot(m_retryDelayMs, this, [this, operation, profileId, secret, done] {
                run(operation, profileId, secret, done, 1);
            });
            return;
        }
        becomeUnavailable(result.detail);
        runInSession(operation, profileId, secret, done);
        return;
    }

    qCWarning(lcAuth) << "Keychain operation" << int(operation) << "failed for profile" << profileId
                      << ":" << error << result.detail;
    result.status = CredentialResult::Status::Error;
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        result.message = tr("Access to the system keychain was denied, so the client secret could "
                            "not be used. Try again and allow access.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.message = tr("The client secret could not be removed from the system keychain: %1")
                             .arg(result.detail);
        break;
    default:
        result.message = tr("The system keychain reported an error: %1").arg(result.detail);
        break;
    }
    done(result);
}

void KeychainCredentialStore::runInSession(Operation operation, const QString &profileId,
                                           const QString &secret, Callback done) {
    // Through the session store's own asynchronous API, so the callback still never runs
    // inside the call that started the operation.
    auto mark = [detail = m_unavailableDetail,
                 done = std::move(done)](const CredentialResult &sessionResult) {
        CredentialResult result = sessionResult;
        result.unavailable = true;
        result.message = unavailableNotice();
        result.detail = detail;
        done(result);
    };
    switch (operation) {
    case Operation::Read:
        m_session->readSecret(profileId, this, std::move(mark));
        break;
    case Operation::Write:
        m_session->writeSecret(profileId, secret, this, std::move(mark));
        break;
    case Operation::Delete:
        m_session->deleteSecret(profileId, this, std::move(mark));
        break;
    }
}

void KeychainCredentialStore::becomeUnavailable(const QString &detail) {
    if (m_unavailable)
        return;
    m_unavailable = true;
    m_unavailableDetail = detail;
    qCWarning(lcAuth) << "System keychain unavailable; keeping secrets for this session only:"
                      << detail;
    emit keychainUnavailable(unavailableNotice());
}

} // namespace m3ter
