#include "RateLimiter.h"

namespace m3ter::sandbox {

RateLimiter::RateLimiter(int perSecond)
    : m_perSecond(perSecond) {
    m_clock.start();
}

bool RateLimiter::tryAcquire(const QString &key) {
    if (m_perSecond <= 0)
        return true;
    const qint64 now = m_clock.nsecsElapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_perSecond), now});
    Bucket &b = *it;
    b.tokens = qMin<double>(m_perSecond, b.tokens + double(now - b.lastNs) * 1e-9 * m_perSecond);
    b.lastNs = now;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

} // namespace m3ter::sandbox
