#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace m3ter {

// A one-line message above a view with up to two actions, shown instead of a modal dialog so the
// window stays usable (e.g. "Sorting needs all bills. [Load all and sort] [Cancel]").
class InlineNotice : public QFrame {
    Q_OBJECT
public:
    explicit InlineNotice(QWidget *parent = nullptr);

    // Empty button texts hide the buttons.
    void showMessage(const QString &text, const QString &acceptText = QString(),
                     const QString &rejectText = QString());
    void setText(const QString &text);
    QString text() const;

signals:
    void accepted();
    void rejected();

private:
    QLabel *m_label;
    QPushButton *m_accept;
    QPushButton *m_reject;
};

} // namespace m3ter
