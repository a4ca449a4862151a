#pragma once

#include "theme/ThemeColors.h"

#include <QObject>
#include <QPalette>

#include <functional>

class QWidget;

namespace m3ter {

// Keeps a palette-derived look up to date: runs `apply` now and again whenever the widget's
// palette or style changes (the user switched between a light and a dark theme, or the app
// palette was replaced). `apply` gets the palette the widget inherits, not its own, so colours
// it sets on the widget never feed back into the next round. Owned by the widget.
class PaletteFollower : public QObject {
    Q_OBJECT
public:
    using Apply = std::function<void(QWidget *widget, const QPalette &inherited)>;

    static PaletteFollower *follow(QWidget *widget, Apply apply);
    // The widget's text (WindowText and Text) in a colour computed from the inherited palette.
    static PaletteFollower *setTextColor(QWidget *widget,
                                         std::function<QColor(const QPalette &)> color);
    // Secondary text (hints, field titles) in ThemeColors::secondaryText instead of the
    // PlaceholderText role, which is too faint to read (about 3:1) in the Fusion palettes.
    static PaletteFollower *useSecondaryText(QWidget *widget);
    // Text in the colour of a tone (ThemeColors::Tone), e.g. a validation error.
    static PaletteFollower *useToneText(QWidget *widget, ThemeColors::Tone tone);
    // Sets `sheet` unless it already is the widget's style sheet (a new style sheet repolishes
    // the widget, which would come back here as a style change).
    static void setStyleSheetIfChanged(QWidget *widget, const QString &sheet);

    void reapply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaletteFollower(QWidget *widget, Apply apply);

    QWidget *m_widget;
    Apply m_apply;
    bool m_applying = false;
};

} // namespace m3ter
