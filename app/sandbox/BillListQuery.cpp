#include "BillListQuery.h"

#include "SandboxStore.h"

#include <algorithm>

namespace m3ter::sandbox {

BillListQuery BillListQuery::parse(const QueryParams &params, const SandboxStore &store,
                                   QString *error) {
    BillListQuery q;
    QStringList scope{QStringLiteral("bills")};
    auto fail = [&](const QString &message) {
        *error = message;
        return BillListQuery();
    };

    if (!params.pageSize(kDefaultPageSize, kMaxPageSize, &q.pageSize, error))
        return BillListQuery();
    q.nextToken = params.value(QStringLiteral("nextToken"));

    if (params.has(QStringLiteral("accountId"))) {
        const QString id = params.value(QStringLiteral("accountId")).toLower();
        q.accountFilter = true;
        q.account = store.accountIndex(id);
        scope << QStringLiteral("accountId=") + id;
    }
    if (params.has(QStringLiteral("status"))) {
        const QString s = params.value(QStringLiteral("status"));
        if (s == QLatin1String("PENDING"))
            q.status = BillRecord::Pending;
        else if (s == QLatin1String("APPROVED"))
            q.status = BillRecord::Approved;
        else
            return fail(
                QStringLiteral("Invalid status '%1' (expected PENDING or APPROVED)").arg(s));
        scope << QStringLiteral("status=") + s;
    }
    std::optional<bool> locked;
    if (!params.boolean(QStringLiteral("locked"), &locked, error))
        return BillListQuery();
    // locked=true means "locked bills are included" (i.e. no filter); only false filters.
    q.excludeLocked = locked.has_value() && !*locked;
    if (q.excludeLocked)
        scope << QStringLiteral("locked=false");

    const std::pair<const char *, std::optional<qint64> *> dates[] = {
        {"billDate", &q.billDate},
        {"billDateStart", &q.billDateStart},
        {"billDateEnd", &q.billDateEnd},
        {"externalInvoiceDateStart", &q.externalInvoiceDateStart},
        {"externalInvoiceDateEnd", &q.externalInvoiceDateEnd},
    };
    for (const auto &[name, target] : dates) {
        const QString key = QString::fromLatin1(name);
        if (!params.date(key, target, error))
            return BillListQuery();
        if (target->has_value())
            scope << key + QLatin1Char('=') + QString::number(**target);
    }

    if (params.has(QStringLiteral("billingFrequency"))) {
        const QString f = params.value(QStringLiteral("billingFrequency"));
        if (!q.billDate)
            return fail(QStringLiteral("billingFrequency can only be used together with billDate"));
        for (int i = BillRecord::Daily; i <= BillRecord::Mixed; ++i) {
            if (f == QLatin1String(BillRecord::frequencyName(BillRecord::Frequency(i))))
                q.frequency = BillRecord::Frequency(i);
        }
        if (!q.frequency)
            return fail(QStringLiteral("Invalid billingFrequency '%1'").arg(f));
        scope << QStringLiteral("billingFrequency=") + f;
    }

    const QStringList ids = params.list(QStringLiteral("ids"));
    if (!ids.isEmpty()) {
        q.idsFilter = true;
        QStringList canonical;
        for (const QString &id : ids) {
            canonical << id.toLower();
            const int pos = store.billPosition(id);
            if (pos >= 0)
                q.idPositions.append(pos);
        }
        std::sort(q.idPositions.begin(), q.idPositions.end());
        q.idPositions.erase(std::unique(q.idPositions.begin(), q.idPositions.end()),
                            q.idPositions.end());
        canonical.sort();
        canonical.removeDuplicates();
        scope << QStringLiteral("ids=") + canonical.join(QLatin1Char(','));
    }
    if (params.has(QStringLiteral("billJobId"))) {
        const QString id = params.value(QStringLiteral("billJobId")).toLower();
        q.billJobFilter = true;
        q.billJob = store.billJobIndex(id);
        scope << QStringLiteral("billJobId=") + id;
    }

    std::optional<bool> flag;
    if (!params.boolean(QStringLiteral("includeBillTotal"), &flag, error))
        return BillListQuery();
    q.includeBillTotal = flag.value_or(false);
    flag.reset();
    if (!params.boolean(QStringLiteral("excludeLineItems"), &flag, error))
        return BillListQuery();
    q.excludeLineItems = flag.value_or(false);
    // `additional` is accepted and ignored: upstream does not document what it adds.

    q.m_scope = scope.join(QLatin1Char('|'));
    return q;
}

bool BillListQuery::matches(const BillRecord &b, int position) const {
    if (accountFilter && b.account != account)
        return false;
    if (status && b.status != *status)
        return false;
    if (excludeLocked && b.locked)
        return false;
    if (billDate && b.billDate != *billDate)
        return false;
    if (billDateStart && b.billDate < *billDateStart)
        return false;
    if (billDateEnd && b.billDate >= *billDateEnd)
        return false;
    if (externalInvoiceDateStart && b.externalInvoiceDate < *externalInvoiceDateStart)
        return false;
    if (externalInvoiceDateEnd && b.externalInvoiceDate >= *externalInvoiceDateEnd)
        return false;
    if (frequency && b.frequency != *frequency)
        return false;
    if (billJobFilter && b.billJob != billJob)
        return false;
    if (idsFilter && !std::binary_search(idPositions.cbegin(), idPositions.cend(), position))
        return false;
    return true;
}

} // namespace m3ter::sandbox
