#include "CurrencySumsButton.h"

#include "domain/Money.h"
#include "domain/MoneyTotals.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QMenu>
#include <QStyle>
#include <QStyleOptionToolButton>

namespace m3ter {

namespace {

const QString kSeparator = QStringLiteral(" · ");

} // namespace

CurrencySumsButton::CurrencySumsButton(QWidget *parent)
    : QToolButton(parent) {
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setPopupMode(QToolButton::InstantPopup);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    //: Status bar: the menu (and the name for screen readers) of the sums per currency.
    setMenu(new QMenu(tr("Sums per currency"), this));
    setAccessibleName(menu()->title());
    hide();
}

void CurrencySumsButton::setTotals(const QString &pattern, const MoneyTotals &totals) {
    const QLocale locale;
    m_pattern = pattern;
    m_sums.clear();
    for (const QString &currency : totals.currencies())
        m_sums.append(formatMoney(totals.total(currency), currency, locale));
    rebuildMenu();
    // The status bar lays itself out again only when the button asks for another width.
    const QSize hint(sizeHint().width(), minimumSizeHint().width());
    if (hint != m_lastHint || isHidden()) {
        m_lastHint = hint;
        updateGeometry();
    }
    fitText();
    show();
}

void CurrencySumsButton::clear() {
    m_pattern.clear();
    m_sums.clear();
    setText(QString());
    setAccessibleName(menu()->title());
    setAccessibleDescription(QString());
    menu()->clear();
    hide();
}

QString CurrencySumsButton::fullText() const {
    return m_pattern.isEmpty() ? QString() : m_pattern.arg(m_sums.join(kSeparator)).trimmed();
}

QString CurrencySumsButton::textFor(int count) const {
    const int rest = int(m_sums.size()) - count;
    if (rest <= 0)
        return fullText();
    if (count == 0)
        //: Status bar, when no sum fits: how many per-currency sums the button's menu lists.
        return m_pattern.arg(tr("%Ln currencies…", nullptr, rest));
    //: Status bar, after the sums that fit: how many more currencies the button's menu lists.
    return m_pattern.arg(m_sums.mid(0, count).join(kSeparator) + kSeparator +
                         tr("+%Ln more…", nullptr, rest));
}

int CurrencySumsButton::widthFor(const QString &text) const {
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.text = text;
    option.features &= ~QStyleOptionToolButton::HasMenu; // InstantPopup draws no arrow here
    const QSize contents(m_widths.width(fontMetrics(), text), fontMetrics().height());
    return style()->sizeFromContents(QStyle::CT_ToolButton, &option, contents, this).width();
}

QSize CurrencySumsButton::sizeHint() const {
    const QSize base = QToolButton::sizeHint();
    return {widthFor(fullText()), base.height()};
}

QSize CurrencySumsButton::minimumSizeHint() const {
    const QSize base = QToolButton::minimumSizeHint();
    return {widthFor(textFor(0)), base.height()};
}

void CurrencySumsButton::fitText() {
    int count = int(m_sums.size());
    while (count > 0 && widthFor(textFor(count)) > width())
        --count;
    const QString text = textFor(count);
    if (text != QToolButton::text())
        setText(text);
    // A screen reader names the button by what it shows, as for any button; when some sums are
    // folded into "+N more…", the description reads them all (the menu lists them too).
    setAccessibleName(text);
    setAccessibleDescription(count < m_sums.size() ? fullText() : QString());
}

void CurrencySumsButton::rebuildMenu() {
    // The actions stay (the sums change after every page of a load); only their texts follow.
    QMenu *list = menu();
    QList<QAction *> actions = list->actions();
    while (actions.size() > m_sums.size())
        delete actions.takeLast();
    for (qsizetype i = 0; i < m_sums.size(); ++i) {
        const QString &sum = m_sums.at(i);
        QAction *action = i < actions.size() ? actions.at(i) : nullptr;
        if (!action) {
            action = list->addAction(sum);
            connect(action, &QAction::triggered, this,
                    [action] { QApplication::clipboard()->setText(action->text()); });
        } else if (action->text() == sum) {
            continue;
        }
        action->setText(sum);
        //: Status bar sums menu: what choosing a sum does.
        action->setStatusTip(tr("Copy %1").arg(sum));
    }
}

void CurrencySumsButton::resizeEvent(QResizeEvent *event) {
    QToolButton::resizeEvent(event);
    fitText();
}

void CurrencySumsButton::changeEvent(QEvent *event) {
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_lastHint = QSize();
        updateGeometry();
        fitText();
    }
}

} // namespace m3ter
