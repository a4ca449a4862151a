#pragma once

#include <QObject>
#include <QSize>

class QWidget;

namespace m3ter {

// Keeps a top-level window, frame included, on its screen. The first time a window opens
// without a saved geometry it gets a preferred size bounded by the screen's available area,
// centred; once the window manager has framed it (the frame is unknown before), the window is
// shrunk and moved so that the frame, which could only be guessed, is on the screen too.
class WindowPlacement : public QObject {
    Q_OBJECT

public:
    explicit WindowPlacement(QWidget *window);

    // Sizes and centres the window: `preferred`, at most the screen, at least its minimum size
    // hint. Returns the size given.
    QSize fitToScreen(QSize preferred);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void keepFrameOnScreen();

    QWidget *m_window;
    bool m_frameCheckPending = false; // fitToScreen() ran before the frame was known
};

} // namespace m3ter
