#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

namespace m3ter {

// Keeps this client under m3ter's per-organization limit (50 requests/s, docs/m3ter-api.md,
// "Rate limits") so that paging 100,000 bills does not run into 429s. A sliding window: at most
// maxPerWindow starts in any window; requests beyond that wait in FIFO order and are started by a
// single-shot timer when the oldest start leaves the window. Never busy-waits and never blocks.
class RequestPacer : public QObject {
    Q_OBJECT

public:
    explicit RequestPacer(QObject *parent = nullptr);

    // 0 or less disables pacing.
    int maxPerWindow() const { return m_maxPerWindow; }
    void setMaxPerWindow(int count);
    std::chrono::milliseconds window() const { return m_window; }
    void setWindow(std::chrono::milliseconds window);

    // Runs start now if there is room and nobody is queued, else later in arrival order. The
    // entry is dropped if context is destroyed first, or by cancel(context).
    void enqueue(QObject *context, std::function<void()> start);
    void cancel(QObject *context);
    int queued() const { return int(m_queue.size()); }

private:
    struct Entry {
        QPointer<QObject> context;
        std::function<void()> start;
    };

    void drain();
    void forgetExpiredStarts(qint64 now);
    bool hasRoom() const;

    int m_maxPerWindow = 50;
    std::chrono::milliseconds m_window{1000};
    QElapsedTimer m_clock;
    std::deque<qint64> m_starts; // monotonic ms of the starts inside the current window
    std::deque<Entry> m_queue;
    QTimer m_timer;
};

} // namespace m3ter
