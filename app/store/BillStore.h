#pragma once

#include "domain/Account.h"
#include "domain/BillFilter.h"
#include "models/BillRow.h"
#include "store/BillChange.h"
#include "store/StoreFile.h"
#include "store/StoreTypes.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QThread>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace m3ter {

class StoreWorker;

// The local bill store of one organization and profile: what the app keeps between runs so a
// filter's bills show at once, stay readable offline, can be searched and compared with the last
// refresh. The Session owns one.
//
// Every call is asynchronous and runs on the store's own thread, in the order made: writes never
// run on the GUI thread, and a read made after a write sees it. Results come back on the
// caller's thread, to a callback that is dropped if its context object is gone by then.
// Destroying the store waits for the calls already made (a page being written is finished).
class BillStore : public QObject {
    Q_OBJECT
public:
    explicit BillStore(QObject *parent = nullptr);
    ~BillStore() override;

    // Opens (creating) the database at `path` (StoreFile::pathFor); opened() follows. Calls
    // made before it completes run after it; while no store is open they do nothing and reads
    // deliver empty results.
    void open(const QString &path);
    bool isOpen() const { return m_open; }
    // Closes the database after the calls already made; later calls do nothing until open().
    // Blocks until it is closed, so the file may then be removed (StoreFile::remove).
    void close();

    // The key under which a filter's rows are kept: its API query in a stable order
    // ("bills?status=PENDING"; "bills?" for no filter).
    static QString filterKey(const BillFilter &filter);

    // A refresh of one filter: begin it, write each page as it arrives (rows at positions
    // firstOrder… in the API's order), complete it when the last page was written. Only the
    // filter's latest refresh writes; an abandoned refresh leaves its pages and removes nothing.
    quint64 beginRefresh(const QString &filterKey);
    void writePage(const QString &filterKey, quint64 refreshId, int firstOrder,
                   const QVector<BillRow> &rows);
    void completeRefresh(const QString &filterKey, quint64 refreshId);

    void storeAccounts(const QVector<Account> &accounts);
    // A bill the user opened: its JSON with every line item (BillDetailCache::rawJson). When
    // a detail of it was stored before, its line items are compared (ChangeLog::recordDetail)
    // and detailChangesRecorded() follows when something changed.
    void storeBillDetail(const QString &billId, const QByteArray &json);
    // kind: "JSON" or "CSV"; never pass the download link.
    void storeStatementFile(const QString &billId, const QString &kind, const QString &path);

    // The stored rows of a filter (StoredFilter), at most `limit` when it is not negative: a
    // table can show the first screenful of a large filter while the rest is read.
    void readFilter(const QString &filterKey, QObject *context,
                    std::function<void(const StoredFilter &)> done, int limit = -1);
    void readAccounts(QObject *context, std::function<void(const QVector<Account> &)> done);
    void readBillDetail(const QString &billId, QObject *context,
                        std::function<void(const QByteArray &)> done);
    void readStatementFiles(const QString &billId, QObject *context,
                            std::function<void(const QVector<StoredStatementFile> &)> done);

    // Ids of the stored bills matching what the user typed (BillSearch), within the bills of
    // `filterKey` when it is not empty. For search as you type: a search superseded by a newer
    // one before it ran is skipped, and its callback never called.
    void search(const QString &text, const QString &filterKey, QObject *context,
                std::function<void(const QSet<QString> &)> done);

    // What completed refreshes found changed (BillChange), in the order found; only what is not
    // reviewed yet unless asked.
    void readChanges(bool includeReviewed, QObject *context,
                     std::function<void(const QVector<BillChange> &)> done);
    // Moves the "since I last looked" baseline: the changes recorded so far of one bill, or of
    // every bill, are reviewed; changesReviewed() follows.
    void markReviewed(const QString &billId);
    void markAllReviewed();

    // Blocks until every call made so far has run (shutdown, tests).
    void flush();

signals:
    void opened(const m3ter::StoreOpenResult &result);
    // A write could not be made (disk full, file removed); the store keeps its previous state.
    // The reason is for the log, in English.
    void writeFailed(const QString &reason);
    // A refresh completed and was stored; `changes` records were added for it (ChangeLog).
    void refreshCompleted(const QString &filterKey, const QDateTime &asOf, int changes);
    void changesReviewed(int count);
    // A bill opened again had line items added, removed or changed since it was last opened:
    // `changes` records were added (ChangeLog::recordDetail).
    void detailChangesRecorded(const QString &billId, int changes);

private:
    // Runs work(worker) on the store's thread; deliver(result) then runs on this object's
    // thread unless context is gone.
    template <class Work, class Deliver>
    void call(QObject *context, Work work, Deliver deliver);
    // Runs a write on the store's thread; a false return emits writeFailed.
    void write(std::function<bool(StoreWorker &, QString *)> work);

    QThread m_thread;
    StoreWorker *m_worker;
    bool m_open = false;
    // The newest search asked for: the store's thread skips older ones still queued.
    std::shared_ptr<std::atomic<quint64>> m_latestSearch =
        std::make_shared<std::atomic<quint64>>(0);
};

} // namespace m3ter
