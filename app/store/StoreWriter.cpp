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

bool StoreWriter::preparePageStatements(QString *error) {
    if (m_pageStatementsPrepared)
        return true;
    for (QSqlQuery *query : {&m_addFilter, &m_filterComplete, &m_lookup, &m_insertBill,
                             &m_updateBill, &m_insertMember, &m_updateMember})
        *query = QSqlQuery(m_db);
    m_lookup.setForwardOnly(true);
    m_pageStatementsPrepared =
        prepare(m_addFilter,
                QStringLiteral("INSERT OR IGNORE INTO filters (filter_key) VALUES (?)"), error) &&
        prepare(m_filterComplete,
                QStringLiteral("SELECT completed_at IS NOT NULL FROM filters WHERE filter_key = ?"),
                error) &&
        // What is stored of the page's bills, in one statement: the ids come as one JSON array.
        prepare(m_lookup,
                QStringLiteral("SELECT b.seq, b.id, CAST(b.row_json AS BLOB), b.account_id,"
                               " m.bill IS NOT NULL FROM bills b"
                               " LEFT JOIN filter_bills m ON m.filter_key = ? AND m.bill = b.seq"
                               " WHERE b.id IN (SELECT value FROM json_each(?))"),
                error) &&
        prepare(m_insertBill,
                QStringLiteral("INSERT INTO bills (id, account_id, row_json, stored_at)"
                               " VALUES (?, ?, ?, ?)"),
                error) &&
        prepare(m_updateBill,
                QStringLiteral("UPDATE bills SET account_id = ?, row_json = ?, stored_at = ?"
                               " WHERE seq = ?"),
                error) &&
        prepare(m_insertMember,
                QStringLiteral("INSERT INTO filter_bills (filter_key, bill, api_order, refresh_id)"
                               " VALUES (?, ?, ?, ?)"),
                error) &&
        prepare(m_updateMember,
                QStringLiteral("UPDATE filter_bills SET api_order = ?, refresh_id = ?"
                               " WHERE filter_key = ? AND bill = ?"),
                error);
    return m_pageStatementsPrepared;
}

bool StoreWriter::writePage(const QString &filterKey, quint64 refreshId, int firstOrder,
                            const QVector<BillRow> &rows, QString *error) {
    if (!isCurrent(filterKey, refreshId))
        return true;
    QStringList ids;
    QVector<QByteArray> encoded;
    ids.reserve(rows.size());
    encoded.reserve(rows.size());
    for (const BillRow &row : rows) {
        if (row.id.isEmpty()) {
            *error = QStringLiteral("a bill without an id at position %1")
                         .arg(firstOrder + encoded.size());
            return false;
        }
        ids.append(row.id.toString());
        encoded.append(BillRowCodec::encode(row));
    }
    if (!preparePageStatements(error))
        return false;
    StoreTransaction transaction(m_db);
    if (!transaction.isOpen())
        return failTransaction(m_db, error);
    m_addFilter.bindValue(0, filterKey);
    if (!m_addFilter.exec())
        return fail(m_addFilter, error);
    m_filterComplete.bindValue(0, filterKey);
    if (!m_filterComplete.exec())
        return fail(m_filterComplete, error);
    const bool filterWasComplete = m_filterComplete.next() && m_filterComplete.value(0).toBool();
    m_filterComplete.finish();

    // What is stored of these bills now. Most of a refresh is bills that did not change: such a
    // bill costs this lookup and the update of its membership, nothing else (no rewrite, no
    // search index work, no change snapshot).
    struct Stored {
        qint64 seq = 0;
        QByteArray json;
        QString accountId;
        bool member = false;
    };
    QHash<QString, Stored> stored;
    stored.reserve(rows.size());
    m_lookup.bindValue(0, filterKey);
    m_lookup.bindValue(
        1, QString::fromUtf8(
               QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (!m_lookup.exec())
        return fail(m_lookup, error);
    while (m_lookup.next())
        stored.insert(m_lookup.value(1).toString(),
                      {m_lookup.value(0).toLongLong(), m_lookup.value(2).toByteArray(),
                       m_lookup.value(3).toString(), m_lookup.value(4).toBool()});
    m_lookup.finish();

    // The bills that change or join the filter, kept aside as they were (ChangeLog). A bill new
    // to the store that joins a filter never complete is not kept: the filter's first complete
    // refresh has nothing to compare it with, and ChangeLog reports no addition then (this
    // skips the whole first refresh of a filter).
    QVector<ChangeLog::StoredRow> changing;
    for (int i = 0; i < rows.size(); ++i) {
        const auto it = stored.constFind(ids[i]);
        const bool isNew = it == stored.cend();
        if (isNew ? filterWasComplete : !it->member || it->json != encoded[i])
            changing.append({ids[i], QString::fromUtf8(encoded[i])});
    }
    if (!changing.isEmpty() && !m_changes.snapshot(filterKey, changing, error))
        return false;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < rows.size(); ++i) {
        Stored &bill = stored[ids[i]];
        const QString &accountId = rows[i].accountId;
        if (bill.seq == 0) {
            m_insertBill.bindValue(0, ids[i]);
            m_insertBill.bindValue(1, accountId);
            m_insertBill.bindValue(2, QString::fromUtf8(encoded[i]));
            m_insertBill.bindValue(3, now);
            if (!m_insertBill.exec())
                return fail(m_insertBill, error);
            bill.seq = m_insertBill.lastInsertId().toLongLong();
        } else if (bill.json != encoded[i] || bill.accountId != accountId) {
            m_updateBill.bindValue(0, accountId);
            m_updateBill.bindValue(1, QString::fromUtf8(encoded[i]));
            m_updateBill.bindValue(2, now);
            m_updateBill.bindValue(3, bill.seq);
            if (!m_updateBill.exec())
                return fail(m_updateBill, error);
        }
        // A bill twice in one page is written once and keeps its last position.
        bill.json = encoded[i];
        bill.accountId = accountId;
        QSqlQuery &member = bill.member ? m_updateMember : m_insertMember;
        if (bill.member) {
            m_updateMember.bindValue(0, firstOrder + i);
            m_updateMember.bindValue(1, qint64(refreshId));
            m_updateMember.bindValue(2, filterKey);
            m_updateMember.bindValue(3, bill.seq);
        } else {
            m_insertMember.bindValue(0, filterKey);
            m_insertMember.bindValue(1, bill.seq);
            m_insertMember.bindValue(2, firstOrder + i);
            m_insertMember.bindValue(3, qint64(refreshId));
        }
        if (!member.exec())
            return fail(member, error);
        bill.member = true;
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
                 QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS gone (seq INTEGER PRIMARY KEY)"),
                 error) ||
        !query.exec() || !query.exec(QStringLiteral("DELETE FROM temp.gone")))
        return failCount(query, error);
    if (!prepare(query,
                 QStringLiteral("INSERT INTO temp.gone SELECT bill FROM filter_bills"
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
    if (!query.exec(QStringLiteral("DELETE FROM bills WHERE seq IN (SELECT seq FROM temp.gone)"
                                   " AND NOT EXISTS (SELECT 1 FROM filter_bills"
                                   " WHERE filter_bills.bill = bills.seq)")))
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
