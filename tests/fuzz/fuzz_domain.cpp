// The domain types' JSON parsers (Bill, BillLineItem, Account, StatementJob and their parts) on
// any document, as a page and as single objects at every depth: a sanitizer report, an
// exception or a Q_ASSERT is a finding.
#include "FuzzSupport.h"
#include "domain/Account.h"
#include "domain/Address.h"
#include "domain/Bill.h"
#include "domain/BillLineItem.h"
#include "domain/CurrencyConversion.h"
#include "domain/DownloadUrl.h"
#include "domain/Page.h"
#include "domain/PricingBand.h"
#include "domain/StatementJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace m3ter;

namespace {

void parseObject(const QJsonObject &object) {
    (void)Bill::fromJson(object);
    (void)BillLineItem::fromJson(object);
    (void)Account::fromJson(object);
    (void)Address::fromJson(object);
    (void)StatementJob::fromJson(object);
    (void)CurrencyConversion::fromJson(object);
    (void)DownloadUrl::fromJson(object);
    (void)PricingBand::fromJson(object);
}

// Every object in the document, to a bounded depth and count (the parsers are not recursive
// beyond their own fields, so deeper objects add time, not coverage).
void parseAll(const QJsonValue &value, int depth, int *budget) {
    if (depth > 6 || --*budget < 0)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        parseObject(object);
        for (auto it = object.begin(); it != object.end(); ++it)
            parseAll(it.value(), depth + 1, budget);
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            parseAll(element, depth + 1, budget);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray json = fuzz::bytes(data, size);
    (void)parsePage<Bill>(json);
    (void)parsePage<BillLineItem>(json);
    (void)parsePage<Account>(json);
    (void)parsePage<StatementJob>(json);

    const QJsonDocument document = QJsonDocument::fromJson(json);
    int budget = 200;
    if (document.isObject())
        parseAll(document.object(), 0, &budget);
    else if (document.isArray())
        parseAll(document.array(), 0, &budget);
    return 0;
}
