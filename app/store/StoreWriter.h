#pragma once

#include "domain/Account.h"
#include "models/BillRow.h"
#include "store/ChangeLog.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

namespace m3ter {

// Every write of the store, each in one transaction, on the thread that owns the connection
// (StoreWorker). A refresh of a filter writes its pages as they arrive (writePage), then
// completeRefresh() drops the bills of that filter it no longer returned and records when it
// completed; a refresh that never completes leaves the pages it wrote and keeps every bill an
// earlier refresh stored. Each method returns false with a reason for the log; the transaction
// is rolled back then, so the state before the call stays intact.
class StoreWriter {
public:
    explicit StoreWriter(QSqlDatabase db);

    // Makes `refreshId` the filter's current refresh: pages and completions of an earlier
    // refresh of the same filter that arrive afterwards are ignored (returning true).
    void beginRefresh(const QString &filterKey, quint64 refreshId);

    // Stores the rows (positions firstOrder, firstOrder+1, … in the API's order) as members of
    // the filter. A row without an id fails the whole page.
    bool writePage(const QString &filterKey, quint64 refreshId, int firstOrder,
                   const QVector<BillRow> &rows, QString *error);

    // The refresh returned every bill of the filter: what changed is recorded (ChangeLog), bills
    // it did not return leave the filter (and the store, when no other filter holds them), and
    // the filter is complete as of `completedAtMSecs`. The number of changes recorded; -1 when
    // it failed (with a reason) or was superseded by a later refresh (no reason).
    int completeRefresh(const QString &filterKey, quint64 refreshId, qint64 completedAtMSecs,
                        QString *error);

    bool writeAccounts(const QVector<Account> &accounts, QString *error);

    // A bill's JSON as the API sent it, with its line items (the "lineItems" array), replacing
    // what was stored for it. Its line items are first compared with those stored before
    // (ChangeLog::recordDetail); *changesRecorded, when given, is the number of changes found.
    bool writeBillDetail(const QString &billId, const QByteArray &json, QString *error,
                         int *changesRecorded = nullptr);

    bool writeStatementFile(const QString &billId, const QString &kind, const QString &path,
                            qint64 downloadedAtMSecs, QString *error);

private:
    bool isCurrent(const QString &filterKey, quint64 refreshId) const;
    // Prepares the statements a page runs (once per connection).
    bool preparePageStatements(QString *error);

    QSqlDatabase m_db;
    ChangeLog m_changes;
    QHash<QString, quint64> m_currentRefresh;
    // A page's statements, prepared once: a refresh runs them about 1,000 times.
    bool m_pageStatementsPrepared = false;
    QSqlQuery m_addFilter;
    QSqlQuery m_filterComplete;
    QSqlQuery m_lookup;
    QSqlQuery m_insertBill;
    QSqlQuery m_updateBill;
    QSqlQuery m_insertMember;
    QSqlQuery m_updateMember;
};

} // namespace m3ter
