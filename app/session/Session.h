#pragma once

#include "api/ApiConnection.h"
#include "auth/Profile.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace m3ter {

class AccountDirectory;
class AccountStoreLink;
class ApiBillPageSource;
class ApiClient;
class BillDetailCache;
class BillStore;
class BillSearchLink;
class BillStoreLink;
class BillDetailStoreLink;
class BillTableModel;
class StatementQueue;
class StatementStoreLink;

// Everything one connection works with, without a widget: the ApiClient for the profile and the
// engines built on it (account directory, bill pages and the bill table model, the detail cache,
// the statement queue), the local bill store with the links that keep what those engines load
// in it, plus where their files live (the queue's state file, the statements
// folder). Windows and panes are handed a Session and only present it; switching profiles
// destroys the Session and builds a new one, so no request, cache or token can mix two
// organizations.
//
// Teardown is by member order: the engines go first (the queue saves its state, the model and
// the cache cancel their requests through the client), the client last.
//
// The bill table model lives here rather than in the window: it is the engine of the bill list
// (paging, sorting, totals, the Statement column the queue updates), the self-test and the
// session tests drive it without a window, and the local bill store (BillStore, through
// BillStoreLink) records and reopens its pages.
class Session : public QObject {
    Q_OBJECT

public:
    struct Options {
        // The folder of the statement queue's state file; empty: the app's data folder.
        QString stateFolder;
        // The folder statements are saved under; empty: AppSettings::statementsFolder().
        QString statementsFolder;
        // The <organization> folder level under it; empty: AppSettings::organizationFolder()
        // for the profile's name.
        QString organizationFolder;
        // Keep a local copy of the bills (BillStore) and show it at once and offline.
        bool keepLocalCopy = true;
        // The folder whose stores/ folder holds the local store's files; empty: the app's data
        // folder.
        QString storeFolder;
        // A store that goes with the Session (the demo, tests): in a temporary folder.
        bool throwawayStore = false;
    };

    // The one place a profile and its secret become a connection.
    static ApiConnection connectionFor(const Profile &profile, const QString &secret);
    // The queue's state file of an organization in stateFolder: one per organization, since
    // resuming another organization's jobs with this connection's credentials could only fail.
    static QString stateFileFor(const QString &stateFolder, const QString &orgId);

    Session(const Profile &profile, const QString &secret, QObject *parent = nullptr);
    Session(const Profile &profile, const QString &secret, const Options &options,
            QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    // The profile's name, or the organization id when it has none.
    QString displayName() const;

    ApiClient *client() const { return m_client.get(); }
    AccountDirectory *accounts() const { return m_accounts.get(); }
    ApiBillPageSource *billSource() const { return m_source.get(); }
    BillTableModel *bills() const { return m_bills.get(); }
    BillDetailCache *details() const { return m_details.get(); }
    StatementQueue *statements() const { return m_statements.get(); }
    // The local bill store; null when the profile keeps no local copy.
    BillStore *store() const { return m_store.get(); }
    // Search as you type over the stored bills; null without a store.
    BillSearchLink *search() const { return m_search.get(); }
    // The store's file (StoreFile::pathFor: storeFolder/stores/…) of a profile: one per
    // organization and profile. An empty storeFolder is the app's data folder.
    static QString storePathFor(const QString &storeFolder, const Profile &profile);
    // This Session's store file (empty when it keeps no local copy).
    QString storePath() const { return m_storePath; }

    // "Forget local data": closes the store, deletes its file (StoreFile::remove) and opens an
    // empty one in its place, so the session goes on with nothing kept; storeForgotten()
    // follows. False, with a translated reason, when a file could not be removed (the store is
    // opened again either way).
    bool forgetLocalData(QString *error = nullptr);
    // The same for a profile no open Session uses: deletes its store file in the app's data
    // folder.
    static bool forgetLocalDataOf(const Profile &profile, QString *error = nullptr);

signals:
    // A downloaded statement marked its bill in bills() (the Statement column).
    void statementColumnChanged();
    // The local store had something to say when it opened (a damaged file moved aside); a
    // translated text for a notice.
    void storeNotice(const QString &text);
    // forgetLocalData() deleted the store's file; the store is empty from now on.
    void storeForgotten();

private:
    Profile m_profile;
    QString m_storePath;
    // Declared in the order they are built; destroyed in reverse (see above).
    std::unique_ptr<QTemporaryDir> m_throwawayFolder;
    std::unique_ptr<ApiClient> m_client;
    // Destroyed after everything that writes to it; its destructor waits for queued writes.
    std::unique_ptr<BillStore> m_store;
    std::unique_ptr<AccountDirectory> m_accounts;
    std::unique_ptr<AccountStoreLink> m_accountStoreLink;
    std::unique_ptr<ApiBillPageSource> m_source;
    std::unique_ptr<BillTableModel> m_bills;
    std::unique_ptr<BillStoreLink> m_storeLink;
    std::unique_ptr<BillSearchLink> m_search;
    std::unique_ptr<BillDetailCache> m_details;
    std::unique_ptr<BillDetailStoreLink> m_detailStoreLink;
    std::unique_ptr<StatementQueue> m_statements;
    std::unique_ptr<StatementStoreLink> m_statementStoreLink;
};

} // namespace m3ter
