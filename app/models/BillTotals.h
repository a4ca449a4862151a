#pragma once

#include "domain/Bill.h"
#include "domain/Decimal.h"
#include "domain/MoneyTotals.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace m3ter {

// What the detail pane shows under the line items: subtotals per line-item type (per currency,
// exact) and whether the line items add up to the bill's total.
//
// m3ter's billTotal is the plain sum of the line-item subtotals as given: credit types
// (USAGE_CREDIT, CREDIT_MEMO, COMMITMENT_CONSUMED, ...) already arrive negative, so nothing is
// negated here. Band subtotals are not added: they are the breakdown of their line item.
class BillTotals {
    Q_DECLARE_TR_FUNCTIONS(m3ter::BillTotals)

public:
    struct TypeTotal {
        QString lineItemType; // raw enum value (lineItemTypeLabel() for display)
        int lineItemCount = 0;
        MoneyTotals subtotals; // per currency
    };

    enum class Check {
        NoBillTotal,   // the bill came without billTotal: nothing to compare
        Consistent,    // the line items add up to billTotal
        Mismatch,      // they do not: show a warning
        NotComparable, // items in another currency than the bill, or a missing subtotal
        Overflow,      // a sum did not fit a Decimal
    };

    static BillTotals compute(const Bill &bill);

    // Known types in the Console's order, then unknown types by raw value.
    const QList<TypeTotal> &byType() const { return m_byType; }
    // Sum of every line item's subtotal, per currency.
    const MoneyTotals &lineItemSum() const { return m_sum; }
    // The bill's currency (or, if the bill has none, the line items' single currency).
    QString currency() const { return m_currency; }
    std::optional<Decimal> billTotal() const { return m_billTotal; }

    Check check() const { return m_check; }
    bool isMismatch() const { return m_check == Check::Mismatch; }
    // Sum of the line items minus billTotal, in currency(); zero unless isMismatch().
    Decimal difference() const { return m_difference; }
    // The translated warning for the pane; empty when there is nothing to warn about.
    QString warningText(const QLocale &locale = QLocale()) const;

private:
    QList<TypeTotal> m_byType;
    MoneyTotals m_sum;
    QString m_currency;
    std::optional<Decimal> m_billTotal;
    Check m_check = Check::NoBillTotal;
    Decimal m_difference;
};

} // namespace m3ter
