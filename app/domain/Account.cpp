#include "domain/Account.h"

#include "domain/JsonReader.h"

#include <QCoreApplication>

namespace m3ter {

using namespace Qt::Literals::StringLiterals;

QString Account::displayName() const {
    if (!name.trimmed().isEmpty())
        return name;
    if (!code.isEmpty())
        return code;
    return id;
}

Parsed<Account> Account::fromJson(const QJsonObject &json) {
    JsonReader r(json);
    Account account;
    account.id = r.requiredString("id"_L1);
    account.name = r.string("name"_L1);
    account.code = r.string("code"_L1);
    account.version = r.int64("version"_L1);
    account.emailAddress = r.string("emailAddress"_L1);
    const QJsonValue address = r.value("address"_L1);
    if (address.isObject()) {
        Parsed<Address> parsed = Address::fromJson(address.toObject());
        if (parsed.ok())
            account.address = std::move(parsed).value();
        else
            r.failNested(u"address"_s, parsed.error());
    } else {
        r.jsonObject("address"_L1); // reports a wrong type; absent/null stay empty
    }
    account.parentAccountId = r.string("parentAccountId"_L1);
    account.currency = r.string("currency"_L1);
    account.billEpoch = r.date("billEpoch"_L1);
    account.daysBeforeBillDue = r.int32("daysBeforeBillDue"_L1);
    account.purchaseOrderNumber = r.string("purchaseOrderNumber"_L1);
    account.statementDefinitionId = r.string("statementDefinitionId"_L1);
    account.autoGenerateStatementMode = r.string("autoGenerateStatementMode"_L1);
    account.creditApplicationOrder = r.stringList("creditApplicationOrder"_L1);

    const QJsonObject custom = r.jsonObject("customFields"_L1);
    for (auto it = custom.constBegin(); it != custom.constEnd() && r.ok(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString() || v.isDouble()) {
            account.customFields.insert(it.key(), v.toVariant());
        } else if (!v.isNull()) {
            r.fail(u"customFields."_s + it.key(),
                   QCoreApplication::translate("m3ter::Account", "expected a string or a number"));
        }
    }

    account.dtCreated = r.dateTime("dtCreated"_L1);
    account.dtLastModified = r.dateTime("dtLastModified"_L1);
    account.createdBy = r.string("createdBy"_L1);
    account.lastModifiedBy = r.string("lastModifiedBy"_L1);
    if (!r.ok())
        return r.error();
    return account;
}

} // namespace m3ter
