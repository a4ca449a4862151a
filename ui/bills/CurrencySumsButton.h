#pragma once

#include "common/TextWidthCache.h"

#include <QStringList>
#include <QToolButton>

namespace m3ter {

class MoneyTotals;

// Per-currency sums in the status bar ("Loaded: $1,811.55 · 3.653,92 € · …"). An amount is shown
// whole or not at all: when the bar is too narrow for every sum, the button shows the sums that
// fit and "+N more"; its menu (click, or Space/Enter when focused) lists every sum, and choosing
// one copies it. The button is never wider than the bar gives it, so seven currencies do not push
// the window wider than the screen.
class CurrencySumsButton : public QToolButton {
    Q_OBJECT
public:
    explicit CurrencySumsButton(QWidget *parent = nullptr);

    // `pattern` holds %1 where the sums go (e.g. "Loaded: %1"); clear() hides the button.
    void setTotals(const QString &pattern, const MoneyTotals &totals);
    void clear();
    // Every sum, as one line of text (what a screen reader and the tests read).
    QString fullText() const;
    const QStringList &sums() const { return m_sums; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The text for `count` whole sums (and "+N more" for the rest).
    QString textFor(int count) const;
    int widthFor(const QString &text) const;
    void fitText();
    void rebuildMenu();

    QString m_pattern;
    QStringList m_sums;
    // The sums change after every page of a load, mostly only in their digits.
    mutable TextWidthCache m_widths;
    QSize m_lastHint;
};

} // namespace m3ter
