#include "WindowPlacement.h"

#include <QEvent>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace m3ter {

WindowPlacement::WindowPlacement(QWidget *window)
    : QObject(window)
    , m_window(window) {
    window->installEventFilter(this);
}

bool WindowPlacement::eventFilter(QObject *watched, QEvent *event) {
    // A window manager that frames the window moves it: the frame is known from then on.
    if (watched == m_window && event->type() == QEvent::Move && m_frameCheckPending &&
        m_window->frameGeometry().size() != m_window->geometry().size())
        keepFrameOnScreen();
    return QObject::eventFilter(watched, event);
}

QSize WindowPlacement::fitToScreen(QSize preferred) {
    const QScreen *screen = m_window->screen();
    if (!screen)
        return m_window->size();
    const QRect available = screen->availableGeometry();
    QSize frame = m_window->frameGeometry().size() - m_window->geometry().size();
    // Before the window manager frames the window its frame is unknown (empty here): leave room
    // for a title bar and borders, and correct the size once the frame is known (on the move
    // that framing causes, or shortly after the first show, since a window manager that frames
    // the window where it stands sends no move).
    m_frameCheckPending = frame.isEmpty();
    if (m_frameCheckPending) {
        frame = QSize(8, 2 * m_window->fontMetrics().height() + 8);
        QTimer::singleShot(500, this, [this] {
            if (m_frameCheckPending &&
                m_window->frameGeometry().size() != m_window->geometry().size())
                keepFrameOnScreen();
        });
    }
    const QSize room = available.size() - frame;
    const QSize size = preferred.boundedTo(room).expandedTo(m_window->minimumSizeHint());
    m_window->resize(size);
    QPoint topLeft = available.center() -
                     QPoint(size.width() + frame.width(), size.height() + frame.height()) / 2;
    // move() places the frame once it is known, the window itself until then: leave room for
    // the guessed frame's left border and title bar.
    if (m_frameCheckPending)
        topLeft += QPoint(frame.width() / 2, frame.height() - frame.width() / 2);
    m_window->move(topLeft);
    return size;
}

void WindowPlacement::keepFrameOnScreen() {
    m_frameCheckPending = false;
    const QScreen *screen = m_window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize frame = m_window->frameGeometry().size() - m_window->geometry().size();
    const QSize fitting = m_window->size()
                              .boundedTo(available.size() - frame)
                              .expandedTo(m_window->minimumSizeHint());
    if (fitting != m_window->size())
        m_window->resize(fitting);
    const QSize outer = fitting + frame;
    QPoint topLeft = m_window->frameGeometry().topLeft();
    topLeft.setX(qBound(available.left(), topLeft.x(), available.right() + 1 - outer.width()));
    topLeft.setY(qBound(available.top(), topLeft.y(), available.bottom() + 1 - outer.height()));
    if (topLeft != m_window->frameGeometry().topLeft())
        m_window->move(topLeft); // QWidget::move() places the frame's top-left corner
}

} // namespace m3ter
