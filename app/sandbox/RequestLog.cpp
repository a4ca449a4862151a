#include "RequestLog.h"

#include <QMutexLocker>

namespace m3ter::sandbox {

void RequestLog::append(const RequestLogEntry &entry) {
    QMutexLocker lock(&m_mutex);
    m_entries.append(entry);
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
}

} // namespace m3ter::sandbox
