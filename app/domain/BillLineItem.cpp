#include "domain/BillLineItem.h"

#include "domain/JsonReader.h"

namespace m3ter {

using namespace Qt::Literals::StringLiterals;

Parsed<BillLineItem> BillLineItem::fromJson(const QJsonObject &json) {
    return parse(json, true);
}

Parsed<BillLineItem> BillLineItem::fromLineItemResponse(const QJsonObject &json) {
    return parse(json, false);
}

Parsed<BillLineItem> BillLineItem::parse(const QJsonObject &json, bool embeddedInBill) {
    JsonReader r(json);
    BillLineItem item;
    if (embeddedInBill) {
        // py/go mark these required inside a bill; a bill without them cannot be checked by a
        // user, so it is reported rather than shown with holes.
        item.id = r.string("id"_L1);
        item.description = r.requiredString("description"_L1);
        item.quantity = r.requiredDecimal("quantity"_L1);
        item.units = r.requiredDecimal("units"_L1);
        item.unit = r.requiredString("unit"_L1);
        item.subtotal = r.requiredDecimal("subtotal"_L1);
        item.currency = r.requiredString("currency"_L1);
        item.conversionRate = r.requiredDecimal("conversionRate"_L1);
        item.convertedSubtotal = r.requiredDecimal("convertedSubtotal"_L1);
        item.lineItemType = r.requiredString("lineItemType"_L1);
        item.averageUnitPrice = r.requiredDecimal("averageUnitPrice"_L1);
    } else {
        item.id = r.requiredString("id"_L1);
        item.description = r.string("description"_L1);
        item.quantity = r.decimal("quantity"_L1);
        item.units = r.decimal("units"_L1);
        item.unit = r.string("unit"_L1);
        item.subtotal = r.decimal("subtotal"_L1);
        item.currency = r.string("currency"_L1);
        item.conversionRate = r.decimal("conversionRate"_L1);
        item.convertedSubtotal = r.decimal("convertedSubtotal"_L1);
        item.lineItemType = r.string("lineItemType"_L1);
        item.averageUnitPrice = r.decimal("averageUnitPrice"_L1);
    }

    item.productId = r.string("productId"_L1);
    item.productName = r.string("productName"_L1);
    item.productCode = r.string("productCode"_L1);
    item.accountingProductId = r.string("accountingProductId"_L1);
    item.accountingProductName = r.string("accountingProductName"_L1);
    item.accountingProductCode = r.string("accountingProductCode"_L1);
    item.planId = r.string("planId"_L1);
    item.planGroupId = r.string("planGroupId"_L1);
    item.pricingId = r.string("pricingId"_L1);
    item.chargeId = r.string("chargeId"_L1);
    item.aggregationId = r.string("aggregationId"_L1);
    item.compoundAggregationId = r.string("compoundAggregationId"_L1);
    item.meterId = r.string("meterId"_L1);
    item.counterId = r.string("counterId"_L1);
    item.commitmentId = r.string("commitmentId"_L1);
    item.balanceId = r.string("balanceId"_L1);
    item.contractId = r.string("contractId"_L1);
    item.creditTypeId = r.string("creditTypeId"_L1);
    item.reasonId = r.string("reasonId"_L1);
    item.childAccountId = r.string("childAccountId"_L1);
    item.childAccountCode = r.string("childAccountCode"_L1);
    item.referencedBillId = r.string("referencedBillId"_L1);
    item.referencedLineItemId = r.string("referencedLineItemId"_L1);
    item.segment = r.stringMap("segment"_L1);
    item.group = r.stringMap("group"_L1);
    item.sequenceNumber = r.int32("sequenceNumber"_L1);
    item.servicePeriodStartDate = r.dateTime("servicePeriodStartDate"_L1);
    item.servicePeriodEndDate = r.dateTime("servicePeriodEndDate"_L1);
    // The two endpoints name the same array differently (docs/m3ter-api.md, "Line items"). Should a
    // server ever send both, the one native to the endpoint wins.
    const QLatin1StringView primary = embeddedInBill ? "usagePerPricingBand"_L1 : "bandUsage"_L1;
    const QLatin1StringView secondary = embeddedInBill ? "bandUsage"_L1 : "usagePerPricingBand"_L1;
    const QJsonValue primaryValue = r.value(primary);
    const QLatin1StringView bandKey =
        (primaryValue.isUndefined() || primaryValue.isNull()) ? secondary : primary;
    item.pricingBands = r.objectList<PricingBand>(bandKey, &PricingBand::fromJson);
    item.additional = r.jsonObject("additional"_L1);

    item.billId = r.string("billId"_L1);
    item.jsonUsageGenerated = r.boolean("jsonUsageGenerated"_L1);
    item.version = r.int64("version"_L1);
    item.dtCreated = r.dateTime("dtCreated"_L1);
    item.dtLastModified = r.dateTime("dtLastModified"_L1);
    item.createdBy = r.string("createdBy"_L1);
    item.lastModifiedBy = r.string("lastModifiedBy"_L1);

    if (!r.ok())
        return r.error();
    return item;
}

} // namespace m3ter
