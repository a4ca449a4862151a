#include "TextWidthCache.h"

namespace m3ter {

namespace {

// Amounts come in a few dozen shapes; anything beyond this is not worth keeping.
constexpr qsizetype kMaxEntries = 4096;

} // namespace

int TextWidthCache::width(const QFontMetrics &metrics, const QString &text) {
    if (!m_metrics || *m_metrics != metrics) {
        m_metrics = metrics;
        m_widths.clear();
        const int zero = metrics.horizontalAdvance(QLatin1Char('0'));
        m_tabularDigits = true;
        for (char digit = '1'; digit <= '9'; ++digit)
            m_tabularDigits =
                m_tabularDigits && metrics.horizontalAdvance(QLatin1Char(digit)) == zero;
    }
    const QString shape = key(text);
    const auto known = m_widths.constFind(shape);
    if (known != m_widths.constEnd())
        return *known;
    if (m_widths.size() >= kMaxEntries)
        m_widths.clear();
    const int measured = metrics.horizontalAdvance(text);
    m_widths.insert(shape, measured);
    return measured;
}

QString TextWidthCache::key(const QString &text) const {
    if (!m_tabularDigits)
        return text;
    QString shape = text;
    for (QChar &c : shape) {
        if (c >= QLatin1Char('1') && c <= QLatin1Char('9'))
            c = QLatin1Char('0');
    }
    return shape;
}

} // namespace m3ter
