#include "store/StoreWriter.h"

#include "store/BillRowCodec.h"
#include "store/StoreLogging.h"
#include "store/StoreTransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace m3ter {

namespace {

bool fail(const QSqlQuery &query, QString *error) {
    *error = query.lastError().text();
    return false;
}

bool failTransaction(const QSqlDatabase &db, QString *error) {
    *error = QStringLiteral("transaction: ") + db.lastError().text();
    return false;
}

int failCount(const QSqlQuery &query, QString *error) {
    fail(query, error);
    return -1;
}

int failTransactionCount(const QSqlDatabase &db, QString *error) {
    failTransaction(db, error);
    return -1;
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error) {
    return query.prepare(sql) || fail(query, error);
}

} // namespace

StoreWriter::StoreWriter(QSqlDatabase db)
    : m_db(db)
    , m_changes(db) {}

void StoreWriter::beginRefresh(const QString &filterKey, quint64 refreshId) {
    m_currentRefresh.insert(filterKey, refreshId);
}

bool StoreWriter::isCurrent(const QString &filterKey, quint64 refreshId) const {
    return m_currentRefresh.value(filterKey) == refreshId;
}

bool StoreWriter::writePage(const QString &filterKey, quint64 refreshId, int firstOrder,
                            const QVector<BillRow> &rows, QString *error) {
    if (!isCurrent(filterKey, refreshId))
        return true;
    StoreTransaction transaction(m_db);
    if (!transaction.isOpen())
        return failTransaction(m_db, error);
    QSqlQuery bill(m_db);
    QSqlQuery member(m_db);
    QSqlQuery filter(m_db);
    if (!prepare(bill,
                 QStringLiteral("INSERT INTO bills (id, account_id, row_json, stored_at)"
                                " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                " account_id = excluded.account_id,"
                                " row_json = excluded.row_json, stored_at = excluded.stored_at"
                                // An unchanged bill is not rewritten (nor re-indexed).
                                " WHERE row_json IS NOT excluded.row_json"
                                " OR account_id IS NOT excluded.account_id"),
                 error) ||
        !prepare(member,
                 QStringLiteral("INSERT INTO filter_bills (filter_key, bill_id, api_order,"
                                " refresh_id) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                                " api_order = excluded.api_order,"
                                " refresh_id = excluded.refresh_id"),
                 error) ||
        !prepare(filter, QStringLiteral("INSERT OR IGNORE INTO filters (filter_key) VALUES (?)"),
                 error))
        return false;
    filter.addBindValue(filterKey);
    if (!filter.exec())
        return fail(filter, error);

    QVector<ChangeLog::StoredRow> encoded;
    encoded.reserve(rows.size());
    for (const BillRow &row : rows) {
        if (row.id.isEmpty()) {
            *error = QStringLiteral("a bill without an id at position %1")
                         .arg(firstOrder + encoded.size());
            return false;
        }
        encoded.append({row.id.toString(), QString::fromUtf8(BillRowCodec::encode(row))});
    }
    if (!m_changes.snapshot(filterKey, encoded, error))
        return false;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int order = firstOrder;
    for (int i = 0; i < rows.size(); ++i) {
        const QString &id = encoded[i].id;
        bill.bindValue(0, id);
        bill.bindValue(1, rows[i].accountId);
        bill.bindValue(2, encoded[i].json);
        bill.bindValue(3, now);
        if (!bill.exec())
            return fail(bill, error);
        member.bindValue(0, filterKey);
        member.bindValue(1, id);
        member.bindValue(2, order++);
        member.bindValue(3, qint64(refreshId));
        if (!member.exec())
            return fail(member, error);
    }
    return transaction.commit() || failTransaction(m_db, error);
}

int StoreWriter::completeRefresh(const QString &filterKey, quint64 refreshId,
                                 qint64 completedAtMSecs, QString *error) {
    if (!isCurrent(filterKey, refreshId)) {
        error->clear(); // superseded: nothing to report
        return -1;
    }
    StoreTransaction transaction(m_db);
    if (!transaction.isOpen())
        return failTransactionCount(m_db, error);
    const int changes = m_changes.recordRefresh(filterKey, refreshId, completedAtMSecs, error);
    if (changes < 0)
        return -1;
    QSqlQuery query(m_db);
    // The bills this refresh did not return: out of the filter, and out of the store when no
    // other filter returned them either.
    if (!prepare(query,
                 QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS gone (id TEXT PRIMARY KEY)"),
                 error) ||
        !query.exec() || !query.exec(QStringLiteral("DELETE FROM temp.gone")))
        return failCount(query, error);
    if (!prepare(query,
                 QStringLiteral("INSERT INTO temp.gone SELECT bill_id FROM filter_bills"
                                " WHERE filter_key = ? AND refresh_id <> ?"),
                 error))
        return -1;
    query.addBindValue(filterKey);
    query.addBindValue(qint64(refreshId));
    if (!query.exec())
        return failCount(query, error);
    if (!prepare(
            query,
            QStringLiteral("DELETE FROM filter_bills WHERE filter_key = ? AND refresh_id <> ?"),
            error))
        return -1;
    query.addBindValue(filterKey);
    query.addBindValue(qint64(refreshId));
    if (!query.exec())
        return failCount(query, error);
    if (!query.exec(QStringLiteral("DELETE FROM bills WHERE id IN (SELECT id FROM temp.gone)"
                                   " AND NOT EXISTS (SELECT 1 FROM filter_bills"
                                   " WHERE filter_bills.bill_id = bills.id)")))
        return failCount(query, error);
    if (!prepare(query,
                 QStringLiteral("INSERT INTO filters (filter_key, completed_at) VALUES (?, ?)"
                                " ON CONFLICT DO UPDATE SET completed_at = excluded.completed_at"),
                 error))
        return -1;
    query.addBindValue(filterKey);
    query.addBindValue(completedAtMSecs);
    if (!query.exec())
        return failCount(query, error);
    query.exec(QStringLiteral("DELETE FROM temp.gone"));
    m_currentRefresh.remove(filterKey);
    if (!transaction.commit())
        return failTransactionCount(m_db, error);
    return changes;
}

bool StoreWriter::writeAccounts(const QVector<Account> &accounts, QString *error) {
    StoreTransaction transaction(m_db);
    if (!transaction.isOpen())
        return failTransaction(m_db, error);
    QSqlQuery query(m_db);
    if (!prepare(query,
                 QStringLiteral("INSERT OR REPLACE INTO accounts (id, code, name, json, stored_at)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 error))
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Account &account : accounts) {
        // What the list and search need; the rest of an account (addresses, e-mail) is not kept.
        QJsonObject json{{QStringLiteral("id"), account.id},
                         {QStringLiteral("code"), account.code},
                         {QStringLiteral("name"), account.name},
                         {QStringLiteral("currency"), account.currency},
                         {QStringLiteral("purchaseOrderNumber"), account.purchaseOrderNumber}};
        query.bindValue(0, account.id);
        query.bindValue(1, account.code);
        query.bindValue(2, account.name);
        query.bindValue(3, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        query.bindValue(4, now);
        if (!query.exec())
            return fail(query, error);
    }
    return transaction.commit() || failTransaction(m_db, error);
}

bool StoreWriter::writeBillDetail(const QString &billId, const QByteArray &json, QString *error,
                                  int *changesRecorded) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (billId.isEmpty() || !document.isObject()) {
        *error = QStringLiteral("a bill detail that is not a JSON object");
        return false;
    }
    StoreTransaction transaction(m_db);
    if (!transaction.isOpen())
        return failTransaction(m_db, error);
    // Compared with the line items stored before they are replaced, in the same transaction.
    const int changes = m_changes.recordDetail(billId, document.object(),
                                               QDateTime::currentMSecsSinceEpoch(), error);
    if (changes < 0)
        return false;
    if (changesRecorded)
        *changesRecorded = changes;
    // Line items first: the detail's insert trigger indexes them for search.
    QSqlQuery query(m_db);
    if (!prepare(query, QStringLiteral("DELETE FROM line_items WHERE bill_id = ?"), error))
        return false;
    query.addBindValue(billId);
    if (!query.exec())
        return fail(query, error);
    if (!prepare(
            query,
            QStringLiteral("INSERT INTO line_items (bill_id, position, json) VALUES (?, ?, ?)"),
            error))
        return false;
    const QJsonArray items = document.object().value(QLatin1String("lineItems")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        query.bindValue(0, billId);
        query.bindValue(1, i);
        query.bindValue(2,
                        QString::fromUtf8(
                            QJsonDocument(items.at(i).toObject()).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return fail(query, error);
    }
    if (!prepare(query,
                 QStringLiteral("INSERT OR REPLACE INTO bill_details (bill_id, json, stored_at)"
                                " VALUES (?, ?, ?)"),
                 error))
        return false;
    query.addBindValue(billId);
    query.addBindValue(QString::fromUtf8(json));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return fail(query, error);
    return transaction.commit() || failTransaction(m_db, error);
}

bool StoreWriter::writeStatementFile(const QString &billId, const QString &kind,
                                     const QString &path, qint64 downloadedAtMSecs,
                                     QString *error) {
    QSqlQuery query(m_db);
    if (!prepare(query,
                 QStringLiteral("INSERT OR REPLACE INTO statement_files"
                                " (bill_id, kind, path, downloaded_at) VALUES (?, ?, ?, ?)"),
                 error))
        return false;
    query.addBindValue(billId);
    query.addBindValue(kind);
    query.addBindValue(path);
    query.addBindValue(downloadedAtMSecs);
    return query.exec() || fail(query, error);
}

} // namespace m3ter
