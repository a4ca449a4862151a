#pragma once

#include <QFontMetrics>
#include <QHash>
#include <QString>

#include <optional>

namespace m3ter {

// Widths of texts in one font, each shape measured once. Measuring a text shapes it
// (QFontMetrics::horizontalAdvance), and the bill table's total column and the status bar's sums
// measured new amounts after every page of a load. When the font's digits are all equally wide
// (tabular figures, as in the usual UI fonts), texts that differ only in their digits are equally
// wide, so "$1,234.56" is measured as "$0,000.00" and the next amount of that shape costs a
// lookup. Another font (or one with proportional digits) starts over, measuring every text.
class TextWidthCache {
public:
    int width(const QFontMetrics &metrics, const QString &text);

private:
    QString key(const QString &text) const;

    std::optional<QFontMetrics> m_metrics;
    bool m_tabularDigits = false;
    QHash<QString, int> m_widths;
};

} // namespace m3ter
