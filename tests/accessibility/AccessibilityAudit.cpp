#include "AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDebug>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QTabBar>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

namespace m3ter::test {

namespace {

QString strippedText(QString text) {
    text.replace(QLatin1String("&&"), QString(QChar(0x1)));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x1), QLatin1Char('&'));
    return text.trimmed();
}

// The mnemonic letter of a text with '&' ("&Apply" -> 'a'), or a null QChar.
QChar mnemonic(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describeAction(const QAction *action) {
    QString text = QStringLiteral("QAction");
    if (!action->objectName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(action->objectName());
    text += QStringLiteral(" text \"%1\"").arg(action->text());
    const QList<QObject *> owners = action->associatedObjects();
    for (const QObject *owner : owners) {
        if (const auto *widget = qobject_cast<const QWidget *>(owner)) {
            text += QStringLiteral(" shown in ") + AccessibilityAudit::describe(widget);
            break;
        }
    }
    return text;
}

QString focusPolicyName(Qt::FocusPolicy policy) {
    switch (policy) {
    case Qt::NoFocus:
        return QStringLiteral("NoFocus");
    case Qt::TabFocus:
        return QStringLiteral("TabFocus");
    case Qt::ClickFocus:
        return QStringLiteral("ClickFocus");
    case Qt::StrongFocus:
        return QStringLiteral("StrongFocus");
    case Qt::WheelFocus:
        return QStringLiteral("WheelFocus");
    }
    return QString::number(int(policy));
}

} // namespace

QString AccessibilityAudit::describe(const QWidget *widget) {
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        QString part = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            part += QStringLiteral(" \"%1\"").arg(w->objectName());
        if (w == widget) {
            if (const auto *button = qobject_cast<const QAbstractButton *>(w);
                button && !button->text().isEmpty())
                part += QStringLiteral(" text \"%1\"").arg(button->text());
        }
        chain.append(part);
        if (w->isWindow())
            break;
    }
    return chain.join(QStringLiteral(" < "));
}

QStringList AccessibilityAudit::audit(QWidget *window) {
    AccessibilityAudit audit(window);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || audit.isInternal(widget) || !isInteractive(widget))
            continue;
        audit.checkName(widget);
        audit.checkKeyboard(widget);
    }
    audit.checkActions();
    audit.checkMnemonics();
    audit.checkShortcuts();
    return audit.m_problems;
}

AccessibilityAudit::AccessibilityAudit(QWidget *window)
    : m_window(window) {
    QWidget *w = window;
    do {
        m_focusChain.insert(w);
        w = w->nextInFocusChain();
    } while (w && w != window);
    collectMenuBarActions();
}

void AccessibilityAudit::collectMenuBarActions() {
    // Menus filled on aboutToShow (columns, saved views, connections) are opened the way a user
    // opens them, so their entries are audited too.
    QList<QMenu *> pending;
    for (QMenuBar *bar : m_window->findChildren<QMenuBar *>()) {
        for (QAction *action : bar->actions()) {
            m_menuBarActions.insert(action);
            if (action->menu())
                pending.append(action->menu());
        }
    }
    QSet<QMenu *> seen;
    while (!pending.isEmpty()) {
        QMenu *menu = pending.takeFirst();
        if (seen.contains(menu))
            continue;
        seen.insert(menu);
        emit menu->aboutToShow();
        for (QAction *action : menu->actions()) {
            m_menuBarActions.insert(action);
            if (action->menu())
                pending.append(action->menu());
        }
    }
}

bool AccessibilityAudit::isInternal(const QWidget *widget) const {
    if (qobject_cast<const QHeaderView *>(widget) || qobject_cast<const QScrollBar *>(widget))
        return true; // parts of their view; header sorting is audited by its own test
    // Qt's own chrome (a toolbar's or menu bar's "more" button, a dock widget's title buttons)
    // is named qt_*; a tab widget's tab bar is too, but it is a control like any other, and
    // qt_* containers (a tab widget's pages) hold the app's own widgets.
    if (widget->objectName().startsWith(QLatin1String("qt_")) &&
        !qobject_cast<const QTabBar *>(widget))
        return true;
    for (const QWidget *w = widget->parentWidget(); w && w != m_window; w = w->parentWidget()) {
        // Parts of a composite widget are named and focused through the widget itself.
        if (qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
            qobject_cast<const QLineEdit *>(w) || qobject_cast<const QTabBar *>(w) ||
            qobject_cast<const QAbstractItemView *>(w) ||
            qobject_cast<const QAbstractScrollArea *>(w))
            return true;
    }
    return false;
}

bool AccessibilityAudit::isInteractive(const QWidget *widget) {
    if (const auto *box = qobject_cast<const QGroupBox *>(widget))
        return box->isCheckable();
    if (qobject_cast<const QAbstractSlider *>(widget))
        return !qobject_cast<const QScrollBar *>(widget);
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QTabBar *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget);
}

void AccessibilityAudit::report(const QString &what, const QString &problem) {
    m_problems.append(what + QStringLiteral(": ") + problem);
}

void AccessibilityAudit::checkName(QWidget *widget) {
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface) {
        report(describe(widget), QStringLiteral("has no accessible interface"));
        return;
    }
    const QString name = iface->text(QAccessible::Name).trimmed();
    // BILLS_A11Y_DUMP=1 lists what a screen reader gets for each widget.
    if (qEnvironmentVariableIsSet("BILLS_A11Y_DUMP")) {
        qInfo().noquote() << describe(widget) << "| name:" << name
                          << "| description:" << iface->text(QAccessible::Description);
    }
    if (name.isEmpty()) {
        report(describe(widget), QStringLiteral("has no accessible name"));
        return;
    }
    if (qobject_cast<QAbstractButton *>(widget))
        return; // the button's own text
    if (!iface->relations(QAccessible::Label).isEmpty())
        return; // a buddy label names it
    // On Linux Qt names a combo box by its current text and ignores its accessibleName there;
    // only a label relation (a buddy) tells a screen reader what the box is for.
    if (name == iface->text(QAccessible::Value).trimmed() &&
        name != widget->accessibleName().trimmed()) {
        report(describe(widget),
               QStringLiteral("is named only by its current value \"%1\"%2")
                   .arg(name, widget->accessibleName().isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (its accessibleName is not what QAccessible "
                                                   "reports; give it a buddy label)")));
        return;
    }
    if (!widget->accessibleName().isEmpty())
        return; // chosen deliberately
    if (const auto *box = qobject_cast<const QGroupBox *>(widget->parentWidget());
        box && name == strippedText(box->title())) {
        report(describe(widget),
               QStringLiteral("is named only by its group box \"%1\"").arg(box->title()));
    }
}

bool AccessibilityAudit::tabFocusable(const QWidget *widget) const {
    const QWidget *target = widget;
    while (target->focusProxy())
        target = target->focusProxy();
    return (target->focusPolicy() & Qt::TabFocus) && m_focusChain.contains(target);
}

void AccessibilityAudit::checkKeyboard(QWidget *widget) {
    if (tabFocusable(widget))
        return;
    if (const auto *button = qobject_cast<const QToolButton *>(widget);
        button && button->defaultAction()) {
        QAction *action = button->defaultAction();
        if (!action->shortcuts().isEmpty() || m_menuBarActions.contains(action))
            return;
        report(describe(widget),
               QStringLiteral("cannot get keyboard focus, and its action \"%1\" has no shortcut "
                              "and is in no menu")
                   .arg(action->text()));
        return;
    }
    report(describe(widget),
           QStringLiteral("cannot get keyboard focus (focus policy %1%2)")
               .arg(focusPolicyName(widget->focusPolicy()),
                    m_focusChain.contains(widget) ? QString()
                                                  : QStringLiteral(", not on the focus chain")));
}

void AccessibilityAudit::checkActions() {
    QSet<QAction *> actions;
    for (QAction *action : m_window->findChildren<QAction *>())
        actions.insert(action);
    for (QAction *action : std::as_const(m_menuBarActions))
        actions.insert(action);
    for (QAction *action : std::as_const(actions)) {
        if (action->isSeparator() || qobject_cast<QWidgetAction *>(action) ||
            action->objectName().startsWith(QLatin1String("_q_")) ||
            action->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QList<QObject *> owners = action->associatedObjects();
        bool shown = false; // somewhere other than Qt's own parts (e.g. a toolbar's "more" button)
        for (const QObject *owner : owners) {
            const auto *widget = qobject_cast<const QWidget *>(owner);
            shown = shown || !widget || !widget->objectName().startsWith(QLatin1String("qt_"));
        }
        if (!shown)
            continue; // nothing a user meets
        if (strippedText(action->text()).isEmpty() && !m_menuBarActions.contains(action)) {
            // A toolbar or menu entry without text is read out as nothing.
            report(describeAction(action), QStringLiteral("has no text (accessible name)"));
        }
        if (!action->shortcuts().isEmpty() || m_menuBarActions.contains(action))
            continue;
        bool viaButton = false;
        for (QObject *owner : owners) {
            const auto *button = qobject_cast<const QAbstractButton *>(owner);
            if (button && !qobject_cast<const QLineEdit *>(button->parentWidget()) &&
                tabFocusable(button))
                viaButton = true;
            // An entry of a tool button's menu: Space on the focused button opens it.
            if (const auto *menu = qobject_cast<const QMenu *>(owner)) {
                for (QToolButton *menuButton : m_window->findChildren<QToolButton *>()) {
                    if (menuButton->menu() == menu && tabFocusable(menuButton))
                        viaButton = true;
                }
            }
        }
        if (!viaButton) {
            report(describeAction(action),
                   QStringLiteral("is mouse-only: no shortcut, in no menu of the menu bar, not on "
                                  "a button that takes keyboard focus"));
        }
    }
}

void AccessibilityAudit::checkMnemonics() {
    QMap<QChar, QStringList> owners;
    const auto note = [&owners](const QString &text, const QString &who) {
        const QChar letter = mnemonic(text);
        if (!letter.isNull())
            owners[letter].append(who);
    };
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (widget->window() != m_window || isInternal(widget))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            note(button->text(), describe(widget));
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            note(label->text(), describe(widget));
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            note(box->title(), describe(widget));
        else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions())
                note(action->text(), QStringLiteral("menu \"%1\"").arg(action->text()));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i), QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1) {
            report(QStringLiteral("mnemonic Alt+%1").arg(it.key().toUpper()),
                   QStringLiteral("used by %1").arg(it->join(QStringLiteral(" and "))));
        }
    }
    // Within each menu.
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        QMap<QChar, QStringList> entries;
        for (QAction *action : menu->actions()) {
            const QChar letter = mnemonic(action->text());
            if (!letter.isNull() && action->isVisible())
                entries[letter].append(action->text());
        }
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (it->size() > 1) {
                report(QStringLiteral("menu \"%1\"").arg(menu->title()),
                       QStringLiteral("mnemonic %1 used by %2")
                           .arg(it.key().toUpper(), it->join(QStringLiteral(" and "))));
            }
        }
    }
}

void AccessibilityAudit::checkShortcuts() {
    QMap<QString, QStringList> bySequence;
    QSet<QAction *> actions;
    for (QAction *action : m_window->findChildren<QAction *>())
        actions.insert(action);
    for (QAction *action : std::as_const(m_menuBarActions))
        actions.insert(action);
    for (QAction *action : std::as_const(actions)) {
        if (action->associatedObjects().isEmpty())
            continue;
        if (action->shortcutContext() != Qt::WindowShortcut &&
            action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &sequence : action->shortcuts())
            bySequence[sequence.toString()].append(describeAction(action));
    }
    for (QShortcut *shortcut : m_window->findChildren<QShortcut *>()) {
        if (shortcut->context() != Qt::WindowShortcut &&
            shortcut->context() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &sequence : shortcut->keys())
            bySequence[sequence.toString()].append(
                QStringLiteral("QShortcut \"%1\"").arg(shortcut->objectName()));
    }
    for (auto it = bySequence.cbegin(); it != bySequence.cend(); ++it) {
        if (it->size() > 1) {
            report(QStringLiteral("shortcut %1").arg(it.key()),
                   QStringLiteral("used by %1").arg(it->join(QStringLiteral(" and "))));
        }
    }
}

} // namespace m3ter::test
