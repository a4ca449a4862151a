#include "domain/BillFilter.h"

#include "domain/EnumLabels.h"

#include <QCoreApplication>

namespace m3ter {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList cleanIds(const QStringList &ids) {
    QStringList result;
    for (const QString &id : ids) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

QString isoDate(const QDate &date) {
    return date.toString(Qt::ISODate);
}

QDate dateFromVariant(const QVariant &value) {
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// "from A to B" with B the last *included* day: users think in inclusive ranges, the API's end
// is exclusive.
QString rangeText(const QDate &start, const QDate &endExclusive, const QLocale &locale) {
    const auto show = [&](const QDate &d) { return locale.toString(d, QLocale::ShortFormat); };
    if (start.isValid() && endExclusive.isValid())
        return BillFilter::tr("%1 – %2").arg(show(start), show(endExclusive.addDays(-1)));
    if (start.isValid())
        return BillFilter::tr("from %1").arg(show(start));
    return BillFilter::tr("until %1").arg(show(endExclusive.addDays(-1)));
}

} // namespace

bool BillFilter::isEmpty() const {
    return accountId.trimmed().isEmpty() && status.trimmed().isEmpty() && locked == Locked::Unset &&
           !billDate.isValid() && !billDateStart.isValid() && !billDateEnd.isValid() &&
           billingFrequency.trimmed().isEmpty() && !externalInvoiceDateStart.isValid() &&
           !externalInvoiceDateEnd.isValid() && cleanIds(ids).isEmpty() &&
           billJobId.trimmed().isEmpty();
}

QUrlQuery BillFilter::toQuery() const {
    QUrlQuery query;
    const auto addText = [&](const QString &key, const QString &value) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty())
            query.addQueryItem(key, trimmed);
    };
    const auto addDate = [&](const QString &key, const QDate &value) {
        if (value.isValid())
            query.addQueryItem(key, isoDate(value));
    };
    addText(u"accountId"_s, accountId);
    addText(u"status"_s, status);
    if (locked != Locked::Unset)
        query.addQueryItem(u"locked"_s, locked == Locked::Include ? u"true"_s : u"false"_s);
    addDate(u"billDate"_s, billDate);
    addDate(u"billDateStart"_s, billDateStart);
    addDate(u"billDateEnd"_s, billDateEnd);
    addText(u"billingFrequency"_s, billingFrequency);
    addDate(u"externalInvoiceDateStart"_s, externalInvoiceDateStart);
    addDate(u"externalInvoiceDateEnd"_s, externalInvoiceDateEnd);
    addText(u"ids"_s, cleanIds(ids).join(u','));
    addText(u"billJobId"_s, billJobId);
    return query;
}

std::optional<QString> BillFilter::validationError() const {
    if (const QString s = status.trimmed(); !s.isEmpty() && !knownBillStatuses().contains(s))
        //: %1 is a raw status value from old settings, e.g. "DRAFT". Bill statuses: pending,
        //: approved.
        return tr("“%1” is not a bill status the list can be filtered by.").arg(s);
    if (!billingFrequency.trimmed().isEmpty() && !billDate.isValid())
        return tr("A billing frequency can only be used together with an exact bill date.");
    if (billDateStart.isValid() && billDateEnd.isValid() && billDateStart >= billDateEnd)
        return tr("The bill date range is empty: its start must be before its end.");
    if (externalInvoiceDateStart.isValid() && externalInvoiceDateEnd.isValid() &&
        externalInvoiceDateStart >= externalInvoiceDateEnd)
        return tr("The invoice date range is empty: its start must be before its end.");
    for (const QString &id : ids) {
        if (id.contains(u','))
            return tr("A bill id cannot contain a comma.");
    }
    return std::nullopt;
}

QString BillFilter::summary(const QLocale &locale) const {
    QStringList parts;
    if (!accountId.trimmed().isEmpty())
        parts.append(tr("account %1").arg(accountId.trimmed()));
    if (!status.trimmed().isEmpty())
        parts.append(billStatusLabel(status.trimmed()));
    if (billDate.isValid())
        parts.append(tr("bill date %1").arg(locale.toString(billDate, QLocale::ShortFormat)));
    if (billDateStart.isValid() || billDateEnd.isValid())
        parts.append(tr("bill date %1").arg(rangeText(billDateStart, billDateEnd, locale)));
    if (!billingFrequency.trimmed().isEmpty())
        parts.append(billingFrequencyLabel(billingFrequency.trimmed()));
    if (externalInvoiceDateStart.isValid() || externalInvoiceDateEnd.isValid())
        parts.append(tr("invoice date %1")
                         .arg(rangeText(externalInvoiceDateStart, externalInvoiceDateEnd, locale)));
    if (locked == Locked::Include)
        //: Filter summary part: locked bills (final, can no longer change) are listed.
        parts.append(tr("locked bills included"));
    else if (locked == Locked::Exclude)
        parts.append(tr("locked bills excluded"));
    if (const qsizetype n = cleanIds(ids).size(); n > 0)
        parts.append(tr("%n selected bill(s)", nullptr, int(n)));
    if (!billJobId.trimmed().isEmpty())
        //: Filter summary part: bill job = the m3ter run that calculated a batch of bills.
        parts.append(tr("bill job %1").arg(billJobId.trimmed()));
    return parts.join(QStringLiteral(" · "));
}

QVariantMap BillFilter::toVariantMap() const {
    QVariantMap map;
    const auto putText = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            map.insert(key, value);
    };
    const auto putDate = [&](const QString &key, const QDate &value) {
        if (value.isValid())
            map.insert(key, isoDate(value));
    };
    putText(u"accountId"_s, accountId);
    putText(u"status"_s, status);
    if (locked != Locked::Unset)
        map.insert(u"locked"_s, locked == Locked::Include ? u"include"_s : u"exclude"_s);
    putDate(u"billDate"_s, billDate);
    putDate(u"billDateStart"_s, billDateStart);
    putDate(u"billDateEnd"_s, billDateEnd);
    putText(u"billingFrequency"_s, billingFrequency);
    putDate(u"externalInvoiceDateStart"_s, externalInvoiceDateStart);
    putDate(u"externalInvoiceDateEnd"_s, externalInvoiceDateEnd);
    if (!ids.isEmpty())
        map.insert(u"ids"_s, ids);
    putText(u"billJobId"_s, billJobId);
    return map;
}

BillFilter BillFilter::fromVariantMap(const QVariantMap &map) {
    BillFilter filter;
    filter.accountId = map.value(u"accountId"_s).toString();
    filter.status = map.value(u"status"_s).toString();
    const QString locked = map.value(u"locked"_s).toString();
    if (locked == QLatin1StringView("include"))
        filter.locked = Locked::Include;
    else if (locked == QLatin1StringView("exclude"))
        filter.locked = Locked::Exclude;
    filter.billDate = dateFromVariant(map.value(u"billDate"_s));
    filter.billDateStart = dateFromVariant(map.value(u"billDateStart"_s));
    filter.billDateEnd = dateFromVariant(map.value(u"billDateEnd"_s));
    filter.billingFrequency = map.value(u"billingFrequency"_s).toString();
    filter.externalInvoiceDateStart = dateFromVariant(map.value(u"externalInvoiceDateStart"_s));
    filter.externalInvoiceDateEnd = dateFromVariant(map.value(u"externalInvoiceDateEnd"_s));
    // QSettings (INI) hands a one-element list back as a plain string.
    const QVariant ids = map.value(u"ids"_s);
    filter.ids =
        ids.typeId() == QMetaType::QString ? QStringList{ids.toString()} : ids.toStringList();
    filter.billJobId = map.value(u"billJobId"_s).toString();
    return filter;
}

bool operator==(const BillFilter &a, const BillFilter &b) {
    return a.accountId == b.accountId && a.status == b.status && a.locked == b.locked &&
           a.billDate == b.billDate && a.billDateStart == b.billDateStart &&
           a.billDateEnd == b.billDateEnd && a.billingFrequency == b.billingFrequency &&
           a.externalInvoiceDateStart == b.externalInvoiceDateStart &&
           a.externalInvoiceDateEnd == b.externalInvoiceDateEnd && a.ids == b.ids &&
           a.billJobId == b.billJobId;
}

} // namespace m3ter
