#pragma once

#include "domain/Decimal.h"

#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

namespace m3ter {

// Sums of amounts kept apart per currency. Two currencies are never added together: a total
// line reads "€1,234.50 · ¥12,000", because any single number would need an exchange rate the
// user did not choose.
class MoneyTotals {
public:
    // Adds `amount` to the total for `currency` (upper-cased). Returns false and leaves that total
    // unchanged if the sum would overflow; hasOverflow() then stays true so the UI can flag the
    // total as incomplete instead of showing a wrapped number.
    bool add(const QString &currency, const Decimal &amount);
    // Adds every total of `other`; false if any currency overflowed.
    bool add(const MoneyTotals &other);

    QStringList currencies() const;               // sorted by code
    Decimal total(const QString &currency) const; // zero for a currency never added
    bool contains(const QString &currency) const;
    bool isEmpty() const { return m_totals.isEmpty(); }
    bool hasOverflow() const { return m_overflow; }
    void clear();

    // Each total through formatMoney, joined by " · ", in code order. Empty when isEmpty().
    QString format(const QLocale &locale) const;

    friend bool operator==(const MoneyTotals &a, const MoneyTotals &b) {
        return a.m_totals == b.m_totals && a.m_overflow == b.m_overflow;
    }
    friend bool operator!=(const MoneyTotals &a, const MoneyTotals &b) { return !(a == b); }

private:
    QMap<QString, Decimal> m_totals;
    bool m_overflow = false;
};

} // namespace m3ter
