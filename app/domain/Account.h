#pragma once

#include "domain/Address.h"
#include "domain/Parsed.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace m3ter {

// A customer Account (docs/m3ter-api.md, "Account"), used by the account picker and to label bills.
// name and emailAddress may be personal data: never log them.
struct Account {
    QString id; // required
    QString name;
    QString code;
    std::optional<qint64> version;
    QString emailAddress;
    std::optional<Address> address;
    QString parentAccountId;
    QString currency; // empty: the Organization currency applies
    QDate billEpoch;
    std::optional<int> daysBeforeBillDue;
    QString purchaseOrderNumber;
    QString statementDefinitionId;
    QString autoGenerateStatementMode;  // raw: NONE JSON JSON_AND_CSV
    QStringList creditApplicationOrder; // raw: PREPAYMENT BALANCE
    // Values are QString, or qlonglong/double for numbers, exactly as sent.
    QVariantMap customFields;
    QDateTime dtCreated;
    QDateTime dtLastModified;
    QString createdBy;
    QString lastModifiedBy;

    // What a picker shows: the name, else the code, else the id.
    QString displayName() const;

    static Parsed<Account> fromJson(const QJsonObject &json);
};

} // namespace m3ter
