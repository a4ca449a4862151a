#include "MessageBox.h"

namespace m3ter {

namespace {

// Message boxes belong to the GUI thread, so plain statics will do.
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastAnsweredText;

} // namespace

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton) {
    Button answer = QMessageBox::NoButton;
    if (takeQueuedAnswer(text, &answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton) {
    Button answer = QMessageBox::NoButton;
    if (takeQueuedAnswer(text, &answer))
        return answer;
    return QMessageBox::information(parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton) {
    Button answer = QMessageBox::NoButton;
    if (takeQueuedAnswer(text, &answer))
        return answer;
    return QMessageBox::warning(parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton) {
    Button answer = QMessageBox::NoButton;
    if (takeQueuedAnswer(text, &answer))
        return answer;
    return QMessageBox::critical(parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer) {
    g_nextAnswer = answer;
}

QString MessageBox::lastAnsweredText() {
    return g_lastAnsweredText;
}

bool MessageBox::takeQueuedAnswer(const QString &text, Button *answer) {
    if (g_nextAnswer == QMessageBox::NoButton)
        return false;
    *answer = g_nextAnswer;
    g_nextAnswer = QMessageBox::NoButton;
    g_lastAnsweredText = text;
    return true;
}

} // namespace m3ter
