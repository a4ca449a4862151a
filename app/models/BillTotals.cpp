#include "models/BillTotals.h"

#include "domain/EnumLabels.h"
#include "domain/Money.h"

#include <QHash>

#include <algorithm>

namespace m3ter {

BillTotals BillTotals::compute(const Bill &bill) {
    BillTotals t;
    t.m_billTotal = bill.billTotal;

    QHash<QString, qsizetype> indexOfType;
    bool missingSubtotal = false;
    QString onlyCurrency;
    bool severalCurrencies = false;
    for (const BillLineItem &item : bill.lineItems) {
        qsizetype at = indexOfType.value(item.lineItemType, -1);
        if (at < 0) {
            at = t.m_byType.size();
            indexOfType.insert(item.lineItemType, at);
            t.m_byType.append(TypeTotal{item.lineItemType, 0, {}});
        }
        TypeTotal &typeTotal = t.m_byType[at];
        ++typeTotal.lineItemCount;
        if (!item.subtotal) {
            missingSubtotal = true;
            continue;
        }
        typeTotal.subtotals.add(item.currency, *item.subtotal);
        t.m_sum.add(item.currency, *item.subtotal);
        const QString code = item.currency.toUpper();
        if (onlyCurrency.isEmpty())
            onlyCurrency = code;
        else if (onlyCurrency != code)
            severalCurrencies = true;
    }

    const QStringList order = knownLineItemTypes();
    std::stable_sort(t.m_byType.begin(), t.m_byType.end(),
                     [&order](const TypeTotal &a, const TypeTotal &b) {
                         const qsizetype ia = order.indexOf(a.lineItemType);
                         const qsizetype ib = order.indexOf(b.lineItemType);
                         if (ia >= 0 && ib >= 0)
                             return ia < ib;
                         if (ia >= 0 || ib >= 0)
                             return ia >= 0; // known types first
                         return a.lineItemType < b.lineItemType;
                     });

    t.m_currency = bill.currency.isEmpty() ? onlyCurrency : bill.currency.toUpper();

    if (!bill.billTotal) {
        t.m_check = Check::NoBillTotal;
    } else if (t.m_sum.hasOverflow()) {
        t.m_check = Check::Overflow;
    } else if (missingSubtotal || severalCurrencies ||
               (!onlyCurrency.isEmpty() && onlyCurrency != t.m_currency)) {
        // billTotal is in the bill currency; adding another currency would need a rate the
        // server did not state for this purpose, so the pane says it cannot check.
        t.m_check = Check::NotComparable;
    } else {
        const Decimal sum = t.m_sum.total(t.m_currency);
        // Exact sums, compared at the currency's precision: a sum of unrounded subtotals may
        // carry digits below the minor unit that m3ter rounds away in billTotal, and a warning
        // about a difference that displays as 0.00 would only alarm the user.
        const int places = currencyDecimals(t.m_currency);
        const std::optional<Decimal> diff =
            sum.rounded(places).minus(bill.billTotal->rounded(places));
        if (!diff) {
            t.m_check = Check::Overflow;
        } else if (diff->isZero()) {
            t.m_check = Check::Consistent;
        } else {
            t.m_check = Check::Mismatch;
            t.m_difference = *diff;
        }
    }
    return t;
}

QString BillTotals::warningText(const QLocale &locale) const {
    switch (m_check) {
    case Check::Mismatch: {
        const QString sum = formatMoney(m_sum.total(m_currency), m_currency, locale);
        const QString total = formatMoney(*m_billTotal, m_currency, locale);
        const QString gap = formatMoney(m_difference.abs(), m_currency, locale);
        //: %1 sum of the line items, %2 the bill total, %3 the absolute difference.
        const QString text = m_difference.isNegative()
                                 ? tr("The line items add up to %1, %3 less than the bill total "
                                      "of %2.")
                                 : tr("The line items add up to %1, %3 more than the bill total "
                                      "of %2.");
        return text.arg(sum, total, gap) + u' ' +
               tr("The bill may have changed since it was calculated; check it in m3ter before "
                  "sending it on.");
    }
    case Check::Overflow:
        return tr("The line items are too large to add up exactly, so the bill total could not "
                  "be checked.");
    case Check::NoBillTotal:
    case Check::Consistent:
    case Check::NotComparable:
        break;
    }
    return QString();
}

} // namespace m3ter
