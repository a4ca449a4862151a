#include "store/StoreReader.h"

#include "models/StringPool.h"
#include "store/BillRowCodec.h"
#include "store/StoreLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace m3ter {

StoreReader::StoreReader(QSqlDatabase db)
    : m_db(std::move(db)) {}

StoredFilter StoreReader::readFilter(const QString &filterKey, int limit) const {
    StoredFilter stored;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT completed_at FROM filters WHERE filter_key = ?"));
    query.addBindValue(filterKey);
    if (query.exec() && query.next() && !query.value(0).isNull())
        stored.asOf = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);

    // As UTF-8 bytes (a BLOB), the form the JSON parser takes: no round trip through UTF-16.
    query.prepare(QStringLiteral("SELECT CAST(b.row_json AS BLOB) FROM filter_bills f"
                                 " JOIN bills b ON b.seq = f.bill"
                                 " WHERE f.filter_key = ? ORDER BY f.api_order LIMIT ?"));
    query.addBindValue(filterKey);
    query.addBindValue(limit);
    if (!query.exec()) {
        qCWarning(lcStore) << "reading a filter failed:" << query.lastError().text();
        return stored;
    }
    QVector<QByteArray> json;
    while (query.next())
        json.append(query.value(0).toByteArray());

    // Decoding is most of a large read: slices of rows are decoded on the pool's threads, each
    // with its own string pool, and joined in order.
    const qsizetype sliceRows = qMax<qsizetype>(
        1024, json.size() / qMax(1, 2 * QThreadPool::globalInstance()->maxThreadCount()) + 1);
    QVector<QPair<qsizetype, qsizetype>> slices;
    for (qsizetype from = 0; from < json.size(); from += sliceRows)
        slices.append({from, qMin(json.size(), from + sliceRows)});
    const QList<QVector<BillRow>> decoded =
        QtConcurrent::blockingMapped(slices, [&json](const QPair<qsizetype, qsizetype> &slice) {
            StringPool pool;
            QVector<BillRow> rows;
            rows.reserve(slice.second - slice.first);
            for (qsizetype i = slice.first; i < slice.second; ++i) {
                if (std::optional<BillRow> row = BillRowCodec::decode(json[i], pool))
                    rows.append(std::move(*row));
            }
            return rows;
        });
    stored.rows.reserve(json.size());
    for (const QVector<BillRow> &rows : decoded)
        stored.rows += rows;
    for (qsizetype i = 0; i < stored.rows.size(); ++i)
        stored.rows[i].apiOrder = int(i);
    return stored;
}

QVector<Account> StoreReader::accounts() const {
    QVector<Account> accounts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT json FROM accounts ORDER BY code, id")))
        return accounts;
    while (query.next()) {
        const QJsonObject json =
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        Account account;
        account.id = json.value(QLatin1String("id")).toString();
        account.code = json.value(QLatin1String("code")).toString();
        account.name = json.value(QLatin1String("name")).toString();
        account.currency = json.value(QLatin1String("currency")).toString();
        account.purchaseOrderNumber = json.value(QLatin1String("purchaseOrderNumber")).toString();
        accounts.append(account);
    }
    return accounts;
}

QByteArray StoreReader::billDetail(const QString &billId) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT json FROM bill_details WHERE bill_id = ?"));
    query.addBindValue(billId);
    if (query.exec() && query.next())
        return query.value(0).toString().toUtf8();
    return QByteArray();
}

QVector<StoredStatementFile> StoreReader::statementFiles(const QString &billId) const {
    QVector<StoredStatementFile> files;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT kind, path, downloaded_at FROM statement_files"
                                 " WHERE bill_id = ? ORDER BY kind"));
    query.addBindValue(billId);
    if (!query.exec())
        return files;
    while (query.next())
        files.append({billId, query.value(0).toString(), query.value(1).toString(),
                      QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC)});
    return files;
}

} // namespace m3ter
