#include "store/ChangeLog.h"

#include "models/StringPool.h"
#include "store/BillRowCodec.h"
#include "store/ChangeDetector.h"
#include "store/LineItemChangeDetector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace m3ter {

namespace {

// -1, after copying the query's error (so `return fail(…) >= 0` is false).
int fail(const QSqlQuery &query, QString *error) {
    *error = query.lastError().text();
    return -1;
}

} // namespace

ChangeLog::ChangeLog(QSqlDatabase db)
    : m_db(std::move(db)) {}

bool ChangeLog::snapshot(const QString &filterKey, const QVector<StoredRow> &rows, QString *error) {
    // Only a bill whose row changes or that was not in the filter is kept aside: rewriting an
    // unchanged bill (most of a refresh) costs one lookup.
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO refresh_before (filter_key, bill_id, row_json, was_member)"
            " SELECT ?, n.id, b.row_json, m.bill IS NOT NULL"
            " FROM (SELECT ? AS id) n"
            " LEFT JOIN bills b ON b.id = n.id"
            " LEFT JOIN filter_bills m ON m.filter_key = ? AND m.bill = b.seq"
            " WHERE b.row_json IS NOT ? OR m.bill IS NULL")))
        return fail(query, error) >= 0;
    for (const StoredRow &row : rows) {
        query.bindValue(0, filterKey);
        query.bindValue(1, row.id);
        query.bindValue(2, filterKey);
        query.bindValue(3, row.json);
        if (!query.exec())
            return fail(query, error) >= 0;
    }
    return true;
}

int ChangeLog::recordRefresh(const QString &filterKey, quint64 refreshId, qint64 detectedAtMSecs,
                             QString *error) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT completed_at IS NOT NULL FROM filters"
                                 " WHERE filter_key = ?"));
    query.addBindValue(filterKey);
    if (!query.exec())
        return fail(query, error);
    // A filter's first complete refresh has nothing to compare membership with.
    const bool wasComplete = query.next() && query.value(0).toBool();

    StringPool pool;
    QVector<BillChange> changes;
    // Only rows whose stored text differs are decoded: an unchanged bill costs one comparison.
    query.prepare(QStringLiteral("SELECT r.row_json, b.row_json, r.was_member"
                                 " FROM refresh_before r JOIN bills b ON b.id = r.bill_id"
                                 " WHERE r.filter_key = ?"
                                 " AND (r.was_member = 0 OR r.row_json IS NOT b.row_json)"));
    query.addBindValue(filterKey);
    if (!query.exec())
        return fail(query, error);
    while (query.next()) {
        const std::optional<BillRow> after =
            BillRowCodec::decode(query.value(1).toString().toUtf8(), pool);
        if (!after)
            continue;
        if (!query.value(2).toBool() && wasComplete)
            changes.append(ChangeDetector::added(*after));
        if (query.value(0).isNull())
            continue;
        if (const std::optional<BillRow> before =
                BillRowCodec::decode(query.value(0).toString().toUtf8(), pool))
            changes += ChangeDetector::compare(*before, *after);
    }
    query.prepare(QStringLiteral("SELECT b.row_json FROM filter_bills f"
                                 " JOIN bills b ON b.seq = f.bill"
                                 " WHERE f.filter_key = ? AND f.refresh_id <> ?"));
    query.addBindValue(filterKey);
    query.addBindValue(qint64(refreshId));
    if (!query.exec())
        return fail(query, error);
    while (query.next()) {
        if (const std::optional<BillRow> before =
                BillRowCodec::decode(query.value(0).toString().toUtf8(), pool))
            changes.append(ChangeDetector::removed(*before));
    }

    if (!insert(changes, filterKey, detectedAtMSecs, error))
        return -1;
    query.prepare(QStringLiteral("DELETE FROM refresh_before WHERE filter_key = ?"));
    query.addBindValue(filterKey);
    if (!query.exec())
        return fail(query, error);
    return int(changes.size());
}

QString ChangeLog::detailKey(const QString &billId) {
    return QStringLiteral("bills/") + billId;
}

int ChangeLog::recordDetail(const QString &billId, const QJsonObject &bill, qint64 detectedAtMSecs,
                            QString *error) {
    const QJsonValue items = bill.value(QLatin1String("lineItems"));
    if (!items.isArray())
        return 0;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT json_type(json, '$.lineItems') = 'array'"
                                 " FROM bill_details WHERE bill_id = ?"));
    query.addBindValue(billId);
    if (!query.exec())
        return fail(query, error);
    if (!query.next() || !query.value(0).toBool())
        return 0; // never opened, or stored without its line items: nothing to compare
    QJsonArray before;
    query.prepare(
        QStringLiteral("SELECT json FROM line_items WHERE bill_id = ? ORDER BY position"));
    query.addBindValue(billId);
    if (!query.exec())
        return fail(query, error);
    while (query.next())
        before.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());

    LineItemChangeDetector::BillContext context;
    context.billId = billId;
    context.accountId = bill.value(QLatin1String("accountId")).toString();
    context.currency = bill.value(QLatin1String("currency")).toString();
    const QVector<BillChange> changes =
        LineItemChangeDetector::compare(context, before, items.toArray());
    if (!insert(changes, detailKey(billId), detectedAtMSecs, error))
        return -1;
    return int(changes.size());
}

bool ChangeLog::insert(const QVector<BillChange> &changes, const QString &filterKey,
                       qint64 detectedAtMSecs, QString *error) {
    if (changes.isEmpty())
        return true;
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO changes (kind, bill_id, account_id, filter_key, old_value, new_value,"
            " currency, old_currency, detected_at, line_item_id, line_item)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(insert, error) >= 0;
    for (const BillChange &change : changes) {
        insert.bindValue(0, BillChange::kindName(change.kind));
        insert.bindValue(1, change.billId);
        insert.bindValue(2, change.accountId);
        insert.bindValue(3, filterKey);
        insert.bindValue(4, change.oldValue);
        insert.bindValue(5, change.newValue);
        insert.bindValue(6, change.currency);
        insert.bindValue(7, change.oldCurrency);
        insert.bindValue(8, detectedAtMSecs);
        insert.bindValue(9, change.lineItemId);
        insert.bindValue(10, change.lineItem);
        if (!insert.exec())
            return fail(insert, error) >= 0;
    }
    return true;
}

QVector<BillChange> ChangeLog::list(bool includeReviewed) const {
    QVector<BillChange> changes;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, kind, bill_id, account_id, filter_key, old_value,"
                                 " new_value, currency, old_currency, detected_at, reviewed,"
                                 " line_item_id, line_item FROM changes");
    if (!includeReviewed)
        sql += QStringLiteral(" WHERE reviewed = 0");
    if (!query.exec(sql + QStringLiteral(" ORDER BY id")))
        return changes;
    while (query.next()) {
        BillChange change;
        if (!BillChange::kindFromName(query.value(1).toString(), &change.kind))
            continue; // a kind of a newer program
        change.id = query.value(0).toLongLong();
        change.billId = query.value(2).toString();
        change.accountId = query.value(3).toString();
        change.filterKey = query.value(4).toString();
        change.oldValue = query.value(5).toString();
        change.newValue = query.value(6).toString();
        change.currency = query.value(7).toString();
        change.oldCurrency = query.value(8).toString();
        change.detectedAt = QDateTime::fromMSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
        change.reviewed = query.value(10).toBool();
        change.lineItemId = query.value(11).toString();
        change.lineItem = query.value(12).toString();
        changes.append(change);
    }
    return changes;
}

int ChangeLog::markReviewed(const QString &billId, QString *error) {
    QSqlQuery query(m_db);
    if (billId.isEmpty()) {
        if (!query.exec(QStringLiteral("UPDATE changes SET reviewed = 1 WHERE reviewed = 0")))
            return fail(query, error);
    } else {
        query.prepare(
            QStringLiteral("UPDATE changes SET reviewed = 1 WHERE reviewed = 0 AND bill_id = ?"));
        query.addBindValue(billId);
        if (!query.exec())
            return fail(query, error);
    }
    return query.numRowsAffected();
}

} // namespace m3ter
