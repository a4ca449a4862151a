#include "store/BillStore.h"

#include "store/BillSearch.h"
#include "store/ChangeLog.h"
#include "store/StoreLogging.h"
#include "store/StoreReader.h"
#include "store/StoreWorker.h"
#include "store/StoreWriter.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace m3ter {

template <class Work, class Deliver>
void BillStore::call(QObject *context, Work work, Deliver deliver) {
    QPointer<QObject> guard(context);
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, guard, work = std::move(work), deliver = std::move(deliver)]() mutable {
            auto result = work(*worker);
            // `this` outlives the worker's calls: its destructor waits for them.
            QMetaObject::invokeMethod(
                this,
                [guard, result = std::move(result), deliver = std::move(deliver)]() mutable {
                    if (guard)
                        deliver(std::move(result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

BillStore::BillStore(QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWorker) {
    m_thread.setObjectName(QStringLiteral("BillStore"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BillStore::~BillStore() {
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BillStore::open(const QString &path) {
    call(
        this, [path](StoreWorker &worker) { return worker.open(path); },
        [this](const StoreOpenResult &result) {
            m_open = result.ok;
            emit opened(result);
        });
}

void BillStore::close() {
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_open = false;
}

QString BillStore::filterKey(const BillFilter &filter) {
    // Never empty (SQLite would store an empty QString as NULL): "bills?" for every bill.
    return QStringLiteral("bills?") + filter.toQuery().toString(QUrl::FullyEncoded);
}

quint64 BillStore::beginRefresh(const QString &filterKey) {
    // Unique, not ordered: a filter's rows are kept or dropped by whether their refresh id is
    // the completing one, across runs too.
    const quint64 refreshId = QRandomGenerator::global()->generate64() >> 1;
    write([filterKey, refreshId](StoreWorker &worker, QString *) {
        worker.writer()->beginRefresh(filterKey, refreshId);
        return true;
    });
    return refreshId;
}

void BillStore::writePage(const QString &filterKey, quint64 refreshId, int firstOrder,
                          const QVector<BillRow> &rows) {
    write([=](StoreWorker &worker, QString *error) {
        return worker.writer()->writePage(filterKey, refreshId, firstOrder, rows, error);
    });
}

void BillStore::completeRefresh(const QString &filterKey, quint64 refreshId) {
    const QDateTime asOf = QDateTime::currentDateTimeUtc();
    call(
        this,
        [filterKey, refreshId, asOf](StoreWorker &worker) -> std::pair<int, QString> {
            if (!worker.isOpen())
                return {-1, QString()};
            QString error;
            const int changes = worker.writer()->completeRefresh(filterKey, refreshId,
                                                                 asOf.toMSecsSinceEpoch(), &error);
            worker.search()->billsRemoved(); // bills may have left the store
            worker.search()->readNewIds();
            return {changes, error};
        },
        [this, filterKey, asOf](const std::pair<int, QString> &result) {
            if (result.first >= 0) {
                emit refreshCompleted(filterKey, asOf, result.first);
            } else if (!result.second.isEmpty()) {
                qCWarning(lcStore) << "completing a refresh failed:" << result.second;
                emit writeFailed(result.second);
            }
        });
}

void BillStore::storeAccounts(const QVector<Account> &accounts) {
    write([accounts](StoreWorker &worker, QString *error) {
        return worker.writer()->writeAccounts(accounts, error);
    });
}

void BillStore::storeBillDetail(const QString &billId, const QByteArray &json) {
    call(
        this,
        [billId, json](StoreWorker &worker) -> std::pair<int, QString> {
            if (!worker.isOpen())
                return {0, QString()};
            QString error;
            int changes = 0;
            if (!worker.writer()->writeBillDetail(billId, json, &error, &changes))
                return {-1, error.isEmpty() ? QStringLiteral("unknown error") : error};
            return {changes, QString()};
        },
        [this, billId](const std::pair<int, QString> &result) {
            if (result.first > 0) {
                emit detailChangesRecorded(billId, result.first);
            } else if (result.first < 0) {
                qCWarning(lcStore) << "a store write failed:" << result.second;
                emit writeFailed(result.second);
            }
        });
}

void BillStore::storeStatementFile(const QString &billId, const QString &kind,
                                   const QString &path) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    write([=](StoreWorker &worker, QString *error) {
        return worker.writer()->writeStatementFile(billId, kind, path, now, error);
    });
}

void BillStore::readFilter(const QString &filterKey, QObject *context,
                           std::function<void(const StoredFilter &)> done, int limit) {
    call(
        context,
        [filterKey, limit](StoreWorker &worker) {
            return worker.isOpen() ? worker.reader()->readFilter(filterKey, limit) : StoredFilter();
        },
        [done = std::move(done)](const StoredFilter &stored) { done(stored); });
    // Then, before a first keystroke needs them, the ids search maps its matches to.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            if (worker->isOpen())
                worker->search()->readNewIds();
        },
        Qt::QueuedConnection);
}

void BillStore::readAccounts(QObject *context, std::function<void(const QVector<Account> &)> done) {
    call(
        context,
        [](StoreWorker &worker) {
            return worker.isOpen() ? worker.reader()->accounts() : QVector<Account>();
        },
        [done = std::move(done)](const QVector<Account> &accounts) { done(accounts); });
}

void BillStore::readBillDetail(const QString &billId, QObject *context,
                               std::function<void(const QByteArray &)> done) {
    call(
        context,
        [billId](StoreWorker &worker) {
            return worker.isOpen() ? worker.reader()->billDetail(billId) : QByteArray();
        },
        [done = std::move(done)](const QByteArray &json) { done(json); });
}

void BillStore::readStatementFiles(const QString &billId, QObject *context,
                                   std::function<void(const QVector<StoredStatementFile> &)> done) {
    call(
        context,
        [billId](StoreWorker &worker) {
            return worker.isOpen() ? worker.reader()->statementFiles(billId)
                                   : QVector<StoredStatementFile>();
        },
        [done = std::move(done)](const QVector<StoredStatementFile> &files) { done(files); });
}

void BillStore::search(const QString &text, const QString &filterKey, QObject *context,
                       std::function<void(const QSet<QString> &)> done) {
    const quint64 ticket = ++*m_latestSearch;
    call(
        context,
        [text, filterKey, ticket, latest = m_latestSearch](StoreWorker &worker) {
            if (latest->load() != ticket)
                return std::optional<QSet<QString>>();
            if (!worker.isOpen())
                return std::optional<QSet<QString>>(QSet<QString>());
            return std::optional<QSet<QString>>(worker.search()->find(text, filterKey));
        },
        [done = std::move(done)](const std::optional<QSet<QString>> &ids) {
            if (ids)
                done(*ids);
        });
}

void BillStore::readChanges(bool includeReviewed, QObject *context,
                            std::function<void(const QVector<BillChange> &)> done) {
    call(
        context,
        [includeReviewed](StoreWorker &worker) {
            return worker.isOpen() ? worker.changes()->list(includeReviewed)
                                   : QVector<BillChange>();
        },
        [done = std::move(done)](const QVector<BillChange> &changes) { done(changes); });
}

void BillStore::markReviewed(const QString &billId) {
    call(
        this,
        [billId](StoreWorker &worker) -> std::pair<int, QString> {
            if (!worker.isOpen())
                return {0, QString()};
            QString error;
            return {worker.changes()->markReviewed(billId, &error), error};
        },
        [this](const std::pair<int, QString> &result) {
            if (result.first >= 0)
                emit changesReviewed(result.first);
            else
                emit writeFailed(result.second);
        });
}

void BillStore::markAllReviewed() {
    markReviewed(QString());
}

void BillStore::flush() {
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

void BillStore::write(std::function<bool(StoreWorker &, QString *)> work) {
    call(
        this,
        [work = std::move(work)](StoreWorker &worker) {
            QString error;
            if (worker.isOpen() && !work(worker, &error))
                return error.isEmpty() ? QStringLiteral("unknown error") : error;
            return QString();
        },
        [this](const QString &error) {
            if (error.isEmpty())
                return;
            qCWarning(lcStore) << "a store write failed:" << error;
            emit writeFailed(error);
        });
}

} // namespace m3ter
