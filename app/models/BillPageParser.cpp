#include "models/BillPageParser.h"

#include "domain/Bill.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

namespace m3ter {

BillPageParser::Result BillPageParser::parse(const QByteArray &body) {
    Result result;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = ApiError::parse(QString(), jsonError.error != QJsonParseError::NoError
                                                      ? jsonError.errorString()
                                                      : QStringLiteral("not a JSON object"));
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isUndefined() && !data.isNull() && !data.isArray()) {
        result.error = ApiError::parse(QStringLiteral("data"), QStringLiteral("not an array"));
        return result;
    }
    const QJsonValue token = root.value(QLatin1String("nextToken"));
    if (token.isString())
        result.page.nextToken = token.toString();
    else if (!token.isUndefined() && !token.isNull()) {
        result.error = ApiError::parse(QStringLiteral("nextToken"), QStringLiteral("not a string"));
        return result;
    }

    const QJsonArray bills = data.toArray();
    result.page.rows.reserve(bills.size());
    QMutexLocker locker(&m_poolMutex);
    for (qsizetype i = 0; i < bills.size(); ++i) {
        const QJsonValue value = bills.at(i);
        const QString where = QStringLiteral("data[%1]").arg(i);
        if (!value.isObject()) {
            result.error = ApiError::parse(where, QStringLiteral("not an object"));
            return result;
        }
        const Parsed<Bill> bill = Bill::fromJson(value.toObject());
        if (!bill.ok()) {
            const QString field = bill.error().field;
            result.error = ApiError::parse(
                field.isEmpty() ? where : where + QLatin1Char('.') + field, bill.error().message);
            return result;
        }
        result.page.rows.append(BillRow::fromBill(bill.value(), m_pool));
    }
    return result;
}

} // namespace m3ter
