#include "store/StoreReader.h"

#include "models/StringPool.h"
#include "store/BillRowCodec.h"
#include "store/StoreLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace m3ter {

StoreReader::StoreReader(QSqlDatabase db)
    : m_db(std::move(db)) {}

StoredFilter StoreReader::readFilter(const QString &filterKey) const {
    StoredFilter stored;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT completed_at FROM filters WHERE filter_key = ?"));
    query.addBindValue(filterKey);
    if (query.exec() && query.next() && !query.value(0).isNull())
        stored.asOf = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);

    query.prepare(QStringLiteral("SELECT b.row_json FROM filter_bills f"
                                 " JOIN bills b ON b.id = f.bill_id"
                                 " WHERE f.filter_key = ? ORDER BY f.api_order"));
    query.addBindValue(filterKey);
    if (!query.exec()) {
        qCWarning(lcStore) << "reading a filter failed:" << query.lastError().text();
        return stored;
    }
    StringPool pool;
    while (query.next()) {
        std::optional<BillRow> row = BillRowCodec::decode(query.value(0).toString().toUtf8(), pool);
        if (!row)
            continue;
        row->apiOrder = int(stored.rows.size());
        stored.rows.append(std::move(*row));
    }
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
