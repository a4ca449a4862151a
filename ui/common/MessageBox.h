#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace m3ter {

// The application's static message boxes, with one seam for tests: a box asked for while an
// answer is queued (setNextAnswer) is not shown, and that answer is returned at once. A static
// QMessageBox runs its own event loop, which a test can only reach with timers that look for
// the active modal widget; the seam lets the test say the answer instead. Without a queued
// answer each function is QMessageBox's own.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);

    // For tests: the next box is answered with `answer` instead of being shown. One answer
    // serves one box; NoButton clears a queued answer.
    static void setNextAnswer(Button answer);
    // For tests: the text of the last box the seam answered (empty before the first).
    static QString lastAnsweredText();

private:
    // True, with *answer set, if a queued answer stands in for the box.
    static bool takeQueuedAnswer(const QString &text, Button *answer);
};

} // namespace m3ter
