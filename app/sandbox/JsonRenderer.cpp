#include "JsonRenderer.h"

#include "CurrencyTable.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QDateTime>
#include <QJsonArray>

namespace m3ter::sandbox {

namespace {

const QString kServiceUser = QStringLiteral("sandbox-service-user");

// A completed job's statement: the bill's edge case if it has one; else STALE when the bill
// was recalculated after the job was asked for (its statement shows the replaced numbers).
QString statementStateName(const BillRecord &bill, const BillEvents *events,
                           const StatementJobRecord &job) {
    switch (bill.jobStatementState) {
    case BillRecord::Stale:
        return QStringLiteral("STALE");
    case BillRecord::Invalidated:
        return QStringLiteral("INVALIDATED");
    case BillRecord::Latest:
        break;
    }
    if (events && job.createdMs < events->recalculatedMs)
        return QStringLiteral("STALE");
    return QStringLiteral("LATEST");
}

QString uuid(const QUuid &id) {
    return id.toString(QUuid::WithoutBraces);
}

QString zonedMidnightUtc(qint64 julianDay, const QTimeZone &zone) {
    return QDateTime(QDate::fromJulianDay(julianDay), QTime(0, 0), zone)
        .toUTC()
        .toString(Qt::ISODate);
}

} // namespace

QString JsonRenderer::date(qint64 julianDay) {
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

QString JsonRenderer::dateTime(qint64 julianDay, int minuteOfDay) {
    return QDateTime(QDate::fromJulianDay(julianDay), QTime(minuteOfDay / 60, minuteOfDay % 60),
                     Qt::UTC)
        .toString(Qt::ISODate);
}

QString JsonRenderer::dateTimeMs(qint64 epochMs) {
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject JsonRenderer::account(const AccountRecord &a) {
    QJsonObject address{
        {QStringLiteral("addressLine1"), a.addressLine1},
        {QStringLiteral("locality"), a.locality},
        {QStringLiteral("region"), a.region},
        {QStringLiteral("postCode"), a.postCode},
        {QStringLiteral("country"), a.country},
    };
    QJsonObject o{
        {QStringLiteral("id"), uuid(a.id)},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("code"), a.code},
        {QStringLiteral("version"), 1},
        {QStringLiteral("emailAddress"), a.emailAddress},
        {QStringLiteral("address"), address},
        {QStringLiteral("parentAccountId"), QJsonValue::Null},
        {QStringLiteral("currency"), CurrencyTable::code(a.currency)},
        {QStringLiteral("billEpoch"), a.billEpoch.toString(Qt::ISODate)},
        {QStringLiteral("daysBeforeBillDue"), a.daysBeforeBillDue},
        {QStringLiteral("autoGenerateStatementMode"), a.autoGenerateStatementMode},
        {QStringLiteral("creditApplicationOrder"),
         QJsonArray{QStringLiteral("PREPAYMENT"), QStringLiteral("BALANCE")}},
        {QStringLiteral("customFields"),
         QJsonObject{{QStringLiteral("tier"), QStringLiteral("standard")}}},
        {QStringLiteral("dtCreated"), a.billEpoch.startOfDay(Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("dtLastModified"), a.billEpoch.startOfDay(Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("createdBy"), kServiceUser},
        {QStringLiteral("lastModifiedBy"), kServiceUser},
    };
    if (!a.purchaseOrderNumber.isEmpty())
        o.insert(QStringLiteral("purchaseOrderNumber"), a.purchaseOrderNumber);
    return o;
}

QJsonObject JsonRenderer::bill(SandboxStore &store, int position, bool includeBillTotal,
                               bool includeLineItems) {
    const BillRecord &b = store.bill(position);
    const AccountRecord &a = store.accountOf(position);
    const int decimals = CurrencyTable::at(a.currency).decimals;
    const QTimeZone zone = b.utcTimezone ? QTimeZone::utc() : a.timezone;
    const QString created = dateTime(b.billDate, b.calculatedMinuteOfDay);
    // Generated times, unless the admin route changed the bill since (BillEvents): its last
    // change is then the last modification, also of a bill generated with a future billDate.
    const BillEvents *events = store.eventsOf(position);
    const QString generatedCalculation = dateTime(b.billDate, b.calculatedMinuteOfDay + 7);
    const QString calculated = events && events->recalculatedMs > 0
                                   ? dateTimeMs(events->recalculatedMs)
                                   : generatedCalculation;
    const QString lastModified =
        events && events->latestMs() > 0 ? dateTimeMs(events->latestMs()) : generatedCalculation;

    QJsonObject o{
        {QStringLiteral("id"), store.billId(position)},
        {QStringLiteral("version"), b.version},
        {QStringLiteral("accountId"), uuid(a.id)},
        {QStringLiteral("accountCode"), a.code},
        {QStringLiteral("startDate"), date(b.startDate)},
        {QStringLiteral("endDate"), date(b.endDate)},
        {QStringLiteral("startDateTimeUTC"), zonedMidnightUtc(b.startDate, zone)},
        {QStringLiteral("endDateTimeUTC"), zonedMidnightUtc(b.endDate, zone)},
        {QStringLiteral("billDate"), date(b.billDate)},
        {QStringLiteral("dueDate"), date(b.dueDate)},
        {QStringLiteral("billingFrequency"),
         QString::fromLatin1(BillRecord::frequencyName(b.frequency))},
        {QStringLiteral("billFrequencyInterval"), 1},
        {QStringLiteral("timezone"), b.utcTimezone ? QStringLiteral("UTC") : a.timezoneName},
        {QStringLiteral("currency"), CurrencyTable::code(a.currency)},
        {QStringLiteral("locked"), b.locked},
        {QStringLiteral("status"), QString::fromLatin1(BillRecord::statusName(b.status))},
        {QStringLiteral("createdDate"), created},
        {QStringLiteral("lastCalculatedDate"), calculated},
        {QStringLiteral("billJobId"), store.billJobId(position)},
        {QStringLiteral("externalInvoiceDate"), date(b.externalInvoiceDate)},
        {QStringLiteral("sequentialInvoiceNumber"),
         QStringLiteral("INV-%1").arg(b.sequenceNumber, 6, 10, QLatin1Char('0'))},
        {QStringLiteral("jsonStatementGenerated"), b.jsonStatementGenerated},
        {QStringLiteral("csvStatementGenerated"), b.csvStatementGenerated},
        {QStringLiteral("statementStale"), b.statementStale},
        {QStringLiteral("createdBy"), kServiceUser},
        {QStringLiteral("lastModifiedBy"), kServiceUser},
        {QStringLiteral("dtCreated"), created},
        {QStringLiteral("dtLastModified"), lastModified},
    };
    QJsonArray conversions;
    if (a.currency != CurrencyTable::USD) {
        conversions.append(
            QJsonObject{{QStringLiteral("from"), CurrencyTable::code(a.currency)},
                        {QStringLiteral("to"), QStringLiteral("USD")},
                        {QStringLiteral("multiplier"), CurrencyTable::multiplier(a.currency)}});
    }
    o.insert(QStringLiteral("currencyConversions"), conversions);
    if (!a.purchaseOrderNumber.isEmpty())
        o.insert(QStringLiteral("purchaseOrderNumber"), a.purchaseOrderNumber);
    if (b.externalReference > 0)
        o.insert(QStringLiteral("externalInvoiceReference"),
                 QStringLiteral("XI-%1").arg(b.externalReference));
    if (b.status == BillRecord::Approved) {
        o.insert(QStringLiteral("approvedBy"), kServiceUser);
        o.insert(QStringLiteral("dtApproved"),
                 events && events->approvedMs > 0
                     ? dateTimeMs(events->approvedMs)
                     : dateTime(b.billDate, b.calculatedMinuteOfDay + 60));
    }
    if (b.locked) {
        o.insert(QStringLiteral("lockedBy"), kServiceUser);
        o.insert(QStringLiteral("dtLocked"), events && events->lockedMs > 0
                                                 ? dateTimeMs(events->lockedMs)
                                                 : dateTime(b.billDate + 20, 9 * 60));
    }
    if (includeLineItems) {
        QJsonArray items;
        for (const LineItemRecord &li : store.lineItems(position))
            items.append(lineItem(store, position, li, true));
        o.insert(QStringLiteral("lineItems"), items);
    }
    if (includeBillTotal)
        o.insert(QStringLiteral("billTotal"),
                 CurrencyTable::toDouble(store.billTotalMinor(position), decimals));
    return o;
}

QJsonObject JsonRenderer::lineItem(const SandboxStore &store, int billPosition,
                                   const LineItemRecord &li, bool embedded) {
    const BillRecord &b = store.bill(billPosition);
    const AccountRecord &a = store.accountOf(billPosition);
    const int decimals = CurrencyTable::at(a.currency).decimals;
    const double subtotal = CurrencyTable::toDouble(li.subtotalMinor, decimals);
    const double average = li.quantity != 0 ? subtotal / double(li.quantity) : 0.0;

    QJsonObject o{
        {QStringLiteral("id"), uuid(li.id)},
        {QStringLiteral("description"), li.description},
        {QStringLiteral("quantity"), double(li.quantity)},
        {QStringLiteral("units"), double(li.quantity)},
        {QStringLiteral("unit"), li.unit},
        {QStringLiteral("subtotal"), subtotal},
        {QStringLiteral("currency"), CurrencyTable::code(a.currency)},
        {QStringLiteral("conversionRate"), CurrencyTable::multiplier(a.currency)},
        {QStringLiteral("convertedSubtotal"), CurrencyTable::toDouble(li.convertedCents, 2)},
        {QStringLiteral("lineItemType"), li.lineItemType},
        {QStringLiteral("averageUnitPrice"), average},
        {QStringLiteral("productId"), uuid(li.productId)},
        {QStringLiteral("productName"), li.productName},
        {QStringLiteral("productCode"), li.productCode},
        {QStringLiteral("planId"), uuid(li.planId)},
        {QStringLiteral("pricingId"), uuid(li.pricingId)},
        {QStringLiteral("sequenceNumber"), li.sequenceNumber},
        {QStringLiteral("servicePeriodStartDate"), dateTime(b.startDate)},
        {QStringLiteral("servicePeriodEndDate"), dateTime(b.endDate)},
    };
    if (!li.meterId.isNull()) {
        o.insert(QStringLiteral("meterId"), uuid(li.meterId));
        o.insert(QStringLiteral("aggregationId"), uuid(li.aggregationId));
    }
    if (!li.bands.isEmpty()) {
        QJsonArray bands;
        for (const BandRecord &band : li.bands) {
            const double bandSubtotal = CurrencyTable::toDouble(band.subtotalMinor, decimals);
            bands.append(QJsonObject{
                {QStringLiteral("pricingBandId"), uuid(band.pricingBandId)},
                {QStringLiteral("lowerLimit"), double(band.lowerLimit)},
                {QStringLiteral("fixedPrice"), 0},
                {QStringLiteral("unitPrice"),
                 CurrencyTable::toDouble(band.unitPriceScaled, decimals + 4)},
                {QStringLiteral("bandUnits"), double(band.quantity)},
                {QStringLiteral("bandQuantity"), double(band.quantity)},
                {QStringLiteral("unitSubtotal"), bandSubtotal},
                {QStringLiteral("bandSubtotal"), bandSubtotal},
                {QStringLiteral("convertedBandSubtotal"),
                 CurrencyTable::toDouble(band.convertedCents, 2)},
            });
        }
        o.insert(embedded ? QStringLiteral("usagePerPricingBand") : QStringLiteral("bandUsage"),
                 bands);
    }
    if (!embedded) {
        o.insert(QStringLiteral("billId"), store.billId(billPosition));
        o.insert(QStringLiteral("jsonUsageGenerated"), !li.bands.isEmpty());
        o.insert(QStringLiteral("version"), 1);
        o.insert(QStringLiteral("dtCreated"), dateTime(b.billDate, b.calculatedMinuteOfDay));
        o.insert(QStringLiteral("dtLastModified"),
                 dateTime(b.billDate, b.calculatedMinuteOfDay + 7));
        o.insert(QStringLiteral("createdBy"), kServiceUser);
        o.insert(QStringLiteral("lastModifiedBy"), kServiceUser);
    }
    return o;
}

QJsonObject JsonRenderer::statementJob(const SandboxContext &context, const StatementJobRecord &job,
                                       qint64 nowMs) {
    const StatementJobRecord::Status status = job.statusAt(nowMs);
    QJsonObject o{
        {QStringLiteral("id"), uuid(job.id)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("statementJobStatus"),
         QString::fromLatin1(StatementJobRecord::statusName(status))},
        {QStringLiteral("billId"), context.store.billId(job.bill)},
        {QStringLiteral("orgId"), context.config.orgId},
        {QStringLiteral("includeCsvFormat"), job.includeCsvFormat},
        {QStringLiteral("dtCreated"), dateTimeMs(job.createdMs)},
        {QStringLiteral("dtLastModified"), dateTimeMs(job.lastModifiedAt(nowMs))},
        {QStringLiteral("createdBy"), kServiceUser},
        {QStringLiteral("lastModifiedBy"), kServiceUser},
    };
    if (job.hasFilters)
        o.insert(
            QStringLiteral("filters"),
            QJsonObject{{QStringLiteral("meterIds"), QJsonArray::fromStringList(job.meterIds)}});
    if (status == StatementJobRecord::Complete) {
        o.insert(QStringLiteral("presignedJsonStatementUrl"),
                 context.statementUrl(job.bill, QStringLiteral("json"), nowMs).toString());
        const QString state =
            statementStateName(context.store.bill(job.bill), context.store.eventsOf(job.bill), job);
        o.insert(QStringLiteral("jsonStatementStatus"), state);
        if (job.includeCsvFormat) {
            o.insert(QStringLiteral("presignedCsvStatementUrl"),
                     context.statementUrl(job.bill, QStringLiteral("csv"), nowMs).toString());
            o.insert(QStringLiteral("csvStatementStatus"), state);
        }
    }
    return o;
}

} // namespace m3ter::sandbox
