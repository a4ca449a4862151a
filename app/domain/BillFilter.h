#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVariantMap>

#include <optional>

namespace m3ter {

// What the user chose in the filter bar, covering every filter of GET …/bills (docs/m3ter-api.md,
// "List bills: filters") that a user sets. Paging and shape parameters (pageSize, nextToken,
// includeBillTotal, excludeLineItems, additional) belong to the API layer and are not here. Empty
// strings and invalid dates mean "not set".
struct BillFilter {
    Q_DECLARE_TR_FUNCTIONS(m3ter::BillFilter)

public:
    // The doc leaves open whether locked=true means "locked only"; it only promises that true
    // includes locked bills and false leaves them out, so the UI words it that way.
    enum class Locked { Unset, Include, Exclude };

    QString accountId;
    QString status; // PENDING or APPROVED (raw)
    Locked locked = Locked::Unset;
    QDate billDate;                 // exact bill date
    QDate billDateStart;            // inclusive
    QDate billDateEnd;              // exclusive
    QString billingFrequency;       // only valid together with billDate
    QDate externalInvoiceDateStart; // inclusive
    QDate externalInvoiceDateEnd;   // exclusive
    QStringList ids;
    QString billJobId;

    bool isEmpty() const;

    // The query items in a stable order: dates as YYYY-MM-DD, booleans lowercase, ids joined
    // with commas (blank ids dropped). Unset fields are left out.
    QUrlQuery toQuery() const;

    // A translated sentence saying why the server would refuse this filter, or nullopt: a status
    // other than the two the endpoint takes (PENDING, APPROVED), billingFrequency without
    // billDate (the doc says it is valid only with billDate), a range whose start is not before
    // its (exclusive) end, an id containing a comma (it would split).
    // An exact billDate together with a billDateStart/End range is allowed: the doc describes
    // the parameters independently and the server ANDs them.
    std::optional<QString> validationError() const;

    // One line for a status bar or tooltip, e.g. "Pending · bill date 1 Mar 2024 – 31 Mar 2024
    // · locked bills excluded". Empty for an empty filter.
    QString summary(const QLocale &locale = QLocale()) const;

    // For QSettings. Keys are the query parameter names; dates ISO strings; locked is
    // "include"/"exclude". fromVariantMap ignores unknown keys and malformed values, so an old
    // or hand-edited settings file yields the closest usable filter rather than an error.
    QVariantMap toVariantMap() const;
    static BillFilter fromVariantMap(const QVariantMap &map);

    friend bool operator==(const BillFilter &a, const BillFilter &b);
    friend bool operator!=(const BillFilter &a, const BillFilter &b) { return !(a == b); }
};

} // namespace m3ter
