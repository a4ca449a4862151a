#pragma once

#include <QSet>
#include <QStringList>

class QAction;
class QWidget;

namespace m3ter::test {

// Walks one window's widget tree the way a keyboard or screen-reader user meets it and lists
// what stands in their way, each problem naming the widget (class, objectName and parent chain).
//
// Rules, for every interactive widget (buttons, line edits, combo and spin boxes, date edits,
// check and radio boxes, item views, tab bars, text edits, checkable group boxes; Qt's own parts
// of a composite widget - a combo box's line edit, a view's headers and scroll bars - and Qt's
// chrome named qt_* (toolbar extension and dock title buttons) are left out):
//  1. Named: QAccessible reports a non-empty Name, and unless a buddy label names the widget (a
//     QAccessible::Label relation) that name is not merely its current value (on Linux Qt
//     names a combo box by its current text even when it has an accessibleName) nor, without
//     an explicit accessibleName, the title of the group box around it.
//  2. Reachable by keyboard: its focus policy includes Qt::TabFocus and it is on the window's
//     focus chain (QWidget::nextInFocusChain), or it is a tool button with NoFocus (a toolbar
//     button) whose action has a shortcut or sits in the menu bar.
// For every QAction in the window:
//  3. Not mouse-only: it has a shortcut, sits in the menu bar, or is the action of a
//     tab-focusable button (an action shown only as a line edit's icon or in a tool button's
//     split menu counts as mouse-only). Menus, toolbars and view context menus are covered by
//     this rule: their actions must be in the menu bar or have a shortcut.
//  4. Named: it has text (a menu or toolbar entry without text is silent).
// For the window as a whole:
//  5. No two mnemonics (&x) of its buttons, buddy labels, group boxes, tab bars and menu-bar
//     titles share a letter; no two entries of one menu share a letter.
//  6. No two window-wide shortcuts are the same key sequence.
class AccessibilityAudit {
public:
    static QStringList audit(QWidget *window);
    static QString describe(const QWidget *widget);

private:
    explicit AccessibilityAudit(QWidget *window);
    void collectMenuBarActions();
    bool isInternal(const QWidget *widget) const;
    static bool isInteractive(const QWidget *widget);
    void checkName(QWidget *widget);
    void checkKeyboard(QWidget *widget);
    void checkActions();
    void checkMnemonics();
    void checkShortcuts();
    bool tabFocusable(const QWidget *widget) const;
    void report(const QString &what, const QString &problem);

    QWidget *m_window;
    QSet<const QWidget *> m_focusChain;
    QSet<QAction *> m_menuBarActions;
    QStringList m_problems;
};

} // namespace m3ter::test
