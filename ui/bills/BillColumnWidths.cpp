#include "BillColumnWidths.h"

#include "domain/Decimal.h"
#include "domain/EnumLabels.h"
#include "domain/Money.h"
#include "models/DisplayFormat.h"

#include <QDateTime>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

#include <optional>

namespace m3ter {

void BillColumnWidths::measureFixed(const QTableView *view) {
    const QHeaderView *header = view->horizontalHeader();
    const QFontMetrics cells = view->fontMetrics();
    const QFontMetrics titles = header->fontMetrics();
    const QStyle *style = header->style();
    const int headerMargin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    // Title, margins on both sides and room for the sort arrow.
    const int titleChrome =
        3 * headerMargin + style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    m_cellChrome = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 4;
    const int chars = cells.averageCharWidth();
    const auto widest = [this, &cells](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, m_cellWidths.width(cells, text));
        return width;
    };
    const QLocale locale;
    const QStringList dates = {formatDate(QDate(2026, 12, 28), locale),
                               formatDate(QDate(2026, 9, 30), locale)};
    QStringList statuses;
    for (const QString &status : knownBillStatuses())
        statuses.append(billStatusLabel(status));
    QStringList frequencies;
    for (const QString &frequency : knownBillingFrequencies())
        frequencies.append(billingFrequencyLabel(frequency));
    QStringList amounts;
    const Decimal large = Decimal::fromString(u"-999999.99").value_or(Decimal());
    for (const char *currency : {"USD", "EUR", "GBP", "JPY", "KWD", "CHF"})
        amounts.append(formatMoney(large, QLatin1String(currency), locale));

    Widths content{};
    content[BillTableModel::AccountCodeColumn] = chars * 10;
    content[BillTableModel::AccountNameColumn] = chars * 22; // longer names end in "…"
    content[BillTableModel::BillDateColumn] = widest(dates);
    content[BillTableModel::DueDateColumn] = widest(dates);
    content[BillTableModel::ServicePeriodColumn] =
        cells.horizontalAdvance(formatPeriod(QDate(2026, 9, 30), QDate(2026, 12, 28), locale));
    content[BillTableModel::StatusColumn] = widest(statuses);
    content[BillTableModel::LockedColumn] = 0;
    content[BillTableModel::CurrencyColumn] = cells.horizontalAdvance(QStringLiteral("MMM"));
    content[BillTableModel::TotalColumn] = widest(amounts);
    content[BillTableModel::BillingFrequencyColumn] = widest(frequencies);
    content[BillTableModel::InvoiceNumberColumn] = chars * 12;
    content[BillTableModel::ExternalInvoiceDateColumn] = widest(dates);
    content[BillTableModel::ExternalInvoiceReferenceColumn] = chars * 16;
    content[BillTableModel::StatementColumn] = chars * 12;
    content[BillTableModel::LastCalculatedColumn] = cells.horizontalAdvance(
        formatDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), locale));
    for (int c = 0; c < BillTableModel::ColumnCount; ++c) {
        m_fixed[size_t(c)] =
            qMax(titles.horizontalAdvance(BillTableModel::columnTitle(c)) + titleChrome,
                 content[size_t(c)] + m_cellChrome);
    }
}

int BillColumnWidths::widestNewTotal(const QTableView *view, const BillTableModel &model) {
    // A large amount must never be cut, so the Total column follows the data. In one currency
    // a larger amount never takes less room, so only the largest total per currency and sign
    // is formatted and measured, and only when one of them changed (a page, or a refresh that
    // made a total larger in place): formatting every total after every page was a sixth of
    // the GUI thread's work during a load.
    if (model.widestTotalsRevision() == m_totalsRevision)
        return 0;
    m_totalsRevision = model.widestTotalsRevision();
    const QFontMetrics cells = view->fontMetrics();
    const QLocale locale;
    int width = 0;
    for (const auto &[currency, amount] : model.widestTotals())
        width = qMax(width, m_cellWidths.width(cells, formatMoney(amount, currency, locale)));
    return width;
}

int BillColumnWidths::apply(QTableView *view, const BillTableModel &model) {
    QHeaderView *header = view->horizontalHeader();
    // The fixed widths follow a font change (a palette or style change, large text) and the
    // locale; the totals measured so far were measured in the old font, so they go too.
    const QString fixedKey = view->font().key() + u'|' + header->font().key() + u'|' +
                             QLocale().name() + u'|' + header->style()->name() + u'|' +
                             BillTableModel::columnTitle(0);
    if (fixedKey != m_fixedKey) {
        m_fixedKey = fixedKey;
        measureFixed(view);
        m_widestTotal = 0;
        m_totalsRevision = 0;
    }
    if (const int total = widestNewTotal(view, model); total > 0)
        m_widestTotal = qMax(m_widestTotal, total + m_cellChrome);

    int keyWidth = 0;
    for (int c = 0; c < BillTableModel::ColumnCount; ++c) {
        int needed = m_fixed[size_t(c)];
        if (c == BillTableModel::TotalColumn)
            needed = qMax(needed, m_widestTotal);
        if (header->sectionSize(c) < needed)
            header->resizeSection(c, needed);
        switch (c) {
        case BillTableModel::AccountCodeColumn:
        case BillTableModel::AccountNameColumn:
        case BillTableModel::BillDateColumn:
        case BillTableModel::TotalColumn:
        case BillTableModel::CurrencyColumn:
        case BillTableModel::StatusColumn:
            keyWidth += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
            break;
        default:
            break;
        }
    }
    return keyWidth;
}

} // namespace m3ter
