#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace m3ter {

// Covers an item view with a short message while the view has nothing useful to show: loading the
// first page, no bill matches the filters, or the last request failed (with a Retry button).
// Network errors are shown here rather than in modal dialogs so the user is never interrupted and
// the rest of the window stays usable.
class TableStateOverlay : public QWidget {
    Q_OBJECT
public:
    enum class State { Hidden, Loading, Empty, Error };
    Q_ENUM(State)

    explicit TableStateOverlay(QWidget *covered);

    void showLoading(const QString &text);
    void showEmpty(const QString &text);
    void showError(const QString &text);
    void hideOverlay();

    State state() const { return m_state; }
    QString text() const;

signals:
    void retryRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setState(State state, const QString &text);
    void followCoveredWidget();

    QWidget *m_covered;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    State m_state = State::Hidden;
};

} // namespace m3ter
