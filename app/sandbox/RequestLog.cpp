#include "RequestLog.h"

#include <QMutexLocker>

namespace m3ter::sandbox {

void RequestLog::append(const RequestLogEntry &entry) {
    std::function<void(const RequestLogEntry &)> observer;
    {
        QMutexLocker lock(&m_mutex);
        ++m_total;
        // Drop the older half at once: trimming one entry per request would move the whole
        // list on every request.
        if (m_entries.size() >= m_capacity)
            m_entries.remove(0, qMax<qsizetype>(1, m_entries.size() - m_capacity / 2));
        m_entries.append(entry);
        observer = m_observer;
    }
    if (observer)
        observer(entry);
}

void RequestLog::setObserver(std::function<void(const RequestLogEntry &)> observer) {
    QMutexLocker lock(&m_mutex);
    m_observer = std::move(observer);
}

void RequestLog::setCapacity(int capacity) {
    QMutexLocker lock(&m_mutex);
    m_capacity = qMax(1, capacity);
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
}

qint64 RequestLog::total() const {
    QMutexLocker lock(&m_mutex);
    return m_total;
}

QList<RequestLogEntry> RequestLog::entries() const {
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

int RequestLog::count(const QString &route) const {
    QMutexLocker lock(&m_mutex);
    if (route.isEmpty())
        return int(m_entries.size());
    int n = 0;
    for (const RequestLogEntry &e : m_entries)
        n += e.route == route ? 1 : 0;
    return n;
}

int RequestLog::countIf(const std::function<bool(const RequestLogEntry &)> &predicate) const {
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const RequestLogEntry &e : m_entries)
        n += predicate(e) ? 1 : 0;
    return n;
}

void RequestLog::clear() {
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_total = 0;
}

} // namespace m3ter::sandbox
