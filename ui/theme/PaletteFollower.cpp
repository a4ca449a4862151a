#include "PaletteFollower.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace m3ter {

PaletteFollower::PaletteFollower(QWidget *widget, Apply apply)
    : QObject(widget)
    , m_widget(widget)
    , m_apply(std::move(apply)) {
    widget->installEventFilter(this);
}

PaletteFollower *PaletteFollower::follow(QWidget *widget, Apply apply) {
    auto *follower = new PaletteFollower(widget, std::move(apply));
    follower->reapply();
    return follower;
}

PaletteFollower *PaletteFollower::setTextColor(QWidget *widget,
                                               std::function<QColor(const QPalette &)> color) {
    return follow(widget, [color = std::move(color)](QWidget *w, const QPalette &inherited) {
        const QColor wanted = color(inherited);
        QPalette own = w->palette();
        if (own.color(QPalette::WindowText) == wanted && own.color(QPalette::Text) == wanted)
            return;
        own.setColor(QPalette::WindowText, wanted);
        own.setColor(QPalette::Text, wanted);
        w->setPalette(own);
    });
}

PaletteFollower *PaletteFollower::useSecondaryText(QWidget *widget) {
    return setTextColor(widget, [](const QPalette &palette) {
        return ThemeColors::secondaryText(palette, QPalette::Window);
    });
}

PaletteFollower *PaletteFollower::useToneText(QWidget *widget, ThemeColors::Tone tone) {
    return setTextColor(widget, [tone](const QPalette &palette) {
        return ThemeColors::text(tone, palette, QPalette::Window);
    });
}

void PaletteFollower::setStyleSheetIfChanged(QWidget *widget, const QString &sheet) {
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
}

void PaletteFollower::reapply() {
    if (m_applying)
        return;
    m_applying = true;
    const QWidget *parent = m_widget->parentWidget();
    m_apply(m_widget, parent ? parent->palette() : QApplication::palette(m_widget));
    m_applying = false;
}

bool PaletteFollower::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_widget &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange ||
         event->type() == QEvent::ParentChange))
        reapply();
    return QObject::eventFilter(watched, event);
}

} // namespace m3ter
