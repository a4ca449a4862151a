#include "api/RequestPacer.h"

#include "api/ApiLogging.h"

#include <algorithm>

namespace m3ter {

RequestPacer::RequestPacer(QObject *parent)
    : QObject(parent) {
    m_clock.start();
    m_timer.setSingleShot(true);
    // PreciseTimer: a coarse timer may fire early, which would only re-arm it, or up to 5 % late,
    // which at 50/s would cost throughput.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestPacer::drain);
}

void RequestPacer::setMaxPerWindow(int count) {
    m_maxPerWindow = count;
    drain();
}

void RequestPacer::setWindow(std::chrono::milliseconds window) {
    m_window = std::max(window, std::chrono::milliseconds(1));
    drain();
}

void RequestPacer::enqueue(QObject *context, std::function<void()> start) {
    m_queue.push_back(Entry{context, std::move(start)});
    if (m_queue.size() > 1) {
        // Others are waiting already: keep the order, the timer is armed.
        if (!m_timer.isActive())
            drain();
        return;
    }
    drain();
}

void RequestPacer::cancel(QObject *context) {
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [context](const Entry &e) { return e.context == context; }),
                  m_queue.end());
}

bool RequestPacer::hasRoom() const {
    return m_maxPerWindow <= 0 || int(m_starts.size()) < m_maxPerWindow;
}

void RequestPacer::forgetExpiredStarts(qint64 now) {
    while (!m_starts.empty() && m_starts.front() + m_window.count() <= now)
        m_starts.pop_front();
}

void RequestPacer::drain() {
    forgetExpiredStarts(m_clock.elapsed());
    while (!m_queue.empty() && hasRoom()) {
        Entry entry = std::move(m_queue.front());
        m_queue.pop_front();
        if (!entry.context)
            continue;
        if (m_maxPerWindow > 0)
            m_starts.push_back(m_clock.elapsed());
        // May re-enter enqueue()/cancel(); the loop re-reads the queue each time round.
        entry.start();
    }
    if (!m_queue.empty() && !m_starts.empty()) {
        const qint64 wait = m_starts.front() + m_window.count() - m_clock.elapsed();
        qCDebug(lcApi) << "pacing:" << m_queue.size() << "request(s) wait" << wait << "ms";
        m_timer.start(int(std::max<qint64>(wait, 0)));
    }
}

} // namespace m3ter
