#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace m3ter::sandbox {

// Token bucket per organization (docs/m3ter-api.md, "Rate limits": 50 requests/second per org). The
// bucket holds one second's worth, so a burst of `perSecond` passes and the rest of that second is
// refused.
class RateLimiter {
public:
    explicit RateLimiter(int perSecond);

    bool enabled() const { return m_perSecond > 0; }
    // True when the request may proceed (always when disabled).
    bool tryAcquire(const QString &key);

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastNs = 0;
    };

    int m_perSecond;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace m3ter::sandbox
