#include "domain/MoneyTotals.h"

#include "domain/Money.h"

namespace m3ter {

bool MoneyTotals::add(const QString &currency, const Decimal &amount) {
    Decimal &total = m_totals[currency.toUpper()];
    const std::optional<Decimal> sum = total.plus(amount);
    if (!sum) {
        m_overflow = true;
        return false;
    }
    total = *sum;
    return true;
}

bool MoneyTotals::add(const MoneyTotals &other) {
    bool ok = !other.m_overflow;
    m_overflow = m_overflow || other.m_overflow;
    for (auto it = other.m_totals.constBegin(); it != other.m_totals.constEnd(); ++it)
        ok = add(it.key(), it.value()) && ok;
    return ok;
}

QStringList MoneyTotals::currencies() const {
    return m_totals.keys();
}

Decimal MoneyTotals::total(const QString &currency) const {
    return m_totals.value(currency.toUpper());
}

bool MoneyTotals::contains(const QString &currency) const {
    return m_totals.contains(currency.toUpper());
}

void MoneyTotals::clear() {
    m_totals.clear();
    m_overflow = false;
}

QString MoneyTotals::format(const QLocale &locale) const {
    QStringList parts;
    parts.reserve(m_totals.size());
    for (auto it = m_totals.constBegin(); it != m_totals.constEnd(); ++it)
        parts.append(formatMoney(it.value(), it.key(), locale));
    return parts.join(QStringLiteral(" · "));
}

} // namespace m3ter
