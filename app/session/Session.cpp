#include "Session.h"

#include "api/ApiClient.h"
#include "models/AccountDirectory.h"
#include "models/ApiBillPageSource.h"
#include "models/BillDetailCache.h"
#include "models/BillTableModel.h"
#include "session/AccountStoreLink.h"
#include "session/AppSettings.h"
#include "session/BillDetailStoreLink.h"
#include "session/BillSearchLink.h"
#include "session/BillStoreLink.h"
#include "session/StatementStoreLink.h"
#include "statements/StatementEntry.h"
#include "statements/StatementFileNames.h"
#include "statements/StatementQueue.h"
#include "store/BillStore.h"
#include "store/StoreFile.h"

#include <QDir>
#include <QStandardPaths>

namespace m3ter {

ApiConnection Session::connectionFor(const Profile &profile, const QString &secret) {
    ApiConnection connection;
    connection.baseUrl = profile.baseUrl;
    connection.orgId = profile.orgId;
    connection.clientId = profile.clientId;
    connection.clientSecret = secret;
    return connection;
}

QString Session::stateFileFor(const QString &stateFolder, const QString &orgId) {
    return orgId.isEmpty() ? stateFolder + QStringLiteral("/statement-queue.json")
                           : stateFolder + QStringLiteral("/statement-queue-%1.json")
                                               .arg(StatementFileNames::sanitizeComponent(orgId));
}

Session::Session(const Profile &profile, const QString &secret, QObject *parent)
    : Session(profile, secret, Options(), parent) {}

Session::Session(const Profile &profile, const QString &secret, const Options &options,
                 QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_throwawayFolder(options.keepLocalCopy && options.throwawayStore
                            ? std::make_unique<QTemporaryDir>()
                            : nullptr)
    , m_client(std::make_unique<ApiClient>(connectionFor(profile, secret)))
    , m_accounts(std::make_unique<AccountDirectory>(m_client.get()))
    , m_source(std::make_unique<ApiBillPageSource>(m_client.get()))
    , m_bills(std::make_unique<BillTableModel>(m_source.get()))
    , m_details(std::make_unique<BillDetailCache>(m_client.get())) {
    m_bills->setAccountDirectory(m_accounts.get());
    if (options.keepLocalCopy) {
        const QString storeFolder =
            m_throwawayFolder ? m_throwawayFolder->path() : options.storeFolder;
        m_store = std::make_unique<BillStore>();
        connect(m_store.get(), &BillStore::opened, this, [this](const StoreOpenResult &result) {
            if (!result.message.isEmpty())
                emit storeNotice(result.message);
        });
        m_storePath = storePathFor(storeFolder, profile);
        m_store->open(m_storePath);
        m_accountStoreLink = std::make_unique<AccountStoreLink>(m_accounts.get(), m_store.get());
        m_storeLink = std::make_unique<BillStoreLink>(m_bills.get(), m_store.get());
        m_search = std::make_unique<BillSearchLink>(m_bills.get(), m_store.get());
        m_detailStoreLink = std::make_unique<BillDetailStoreLink>(m_details.get(), m_store.get());
    }

    const QString stateFolder =
        options.stateFolder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            : options.stateFolder;
    const QString statementsFolder = options.statementsFolder.isEmpty()
                                         ? AppSettings().statementsFolder()
                                         : options.statementsFolder;
    m_statements = std::make_unique<StatementQueue>(
        m_client.get(), stateFileFor(stateFolder, profile.orgId), statementsFolder);
    // Statements are filed under the profile's name, not the organization's UUID.
    if (!options.organizationFolder.isEmpty())
        m_statements->setOrganizationFolder(options.organizationFolder);
    else if (!profile.orgId.isEmpty())
        m_statements->setOrganizationFolder(
            AppSettings().organizationFolder(displayName(), profile.orgId));

    if (m_store)
        m_statementStoreLink =
            std::make_unique<StatementStoreLink>(m_statements.get(), m_store.get());

    // The bill table's Statement column follows the jobs as they finish, so it (and the next
    // "N already have a statement" question) is right without a Refresh.
    connect(m_statements.get(), &StatementQueue::entryChanged, this, [this](int entryId) {
        const StatementEntry *entry = m_statements->entry(entryId);
        if (entry && entry->stage == StatementEntry::Stage::Downloaded &&
            m_bills->markStatementGenerated(entry->item.billId, entry->includeCsv))
            emit statementColumnChanged();
    });
}

Session::~Session() = default;

QString Session::storePathFor(const QString &storeFolder, const Profile &profile) {
    // By the profile's id, which a rename keeps, so a renamed profile keeps its store.
    const QString folder = storeFolder.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               : storeFolder;
    return StoreFile::pathFor(folder, profile.orgId,
                              profile.id.isEmpty() ? profile.displayName : profile.id);
}

namespace {

bool removeStore(const QString &path, QString *error) {
    if (StoreFile::remove(path))
        return true;
    if (error)
        *error = Session::tr("The bills stored on this computer could not be deleted from %1.")
                     .arg(QDir::toNativeSeparators(path));
    return false;
}

} // namespace

bool Session::forgetLocalData(QString *error) {
    if (m_storePath.isEmpty())
        return true;
    m_store->close(); // waits for the writes already queued
    const bool removed = removeStore(m_storePath, error);
    // A fresh, empty store (or the old one, if it could not go): the session keeps working.
    m_store->open(m_storePath);
    emit storeForgotten();
    return removed;
}

bool Session::forgetLocalDataOf(const Profile &profile, QString *error) {
    return removeStore(storePathFor(QString(), profile), error);
}

QString Session::displayName() const {
    return m_profile.displayName.isEmpty() ? m_profile.orgId : m_profile.displayName;
}

} // namespace m3ter
