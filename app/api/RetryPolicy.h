#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace m3ter {

// Decides whether a failed attempt is tried again and how long to wait first. Mirrors the m3ter
// SDKs (docs/m3ter-api.md, "Retries and timeouts") with two deliberate differences:
//  - only idempotent requests are retried (GETs, and POSTs explicitly marked idempotent), because
//    m3ter has no idempotency key and a retried statement-job POST would create duplicates;
//  - 409 is not retried (it means an optimistic-concurrency conflict, not a lock timeout).
// Retried: network failures (not TLS), timeouts, and HTTP 408, 429, 500, 502, 503, 504. 500 is
// included because m3ter documents it as possibly transient and a GET is harmless to repeat.
class RetryPolicy {
public:
    using ms = std::chrono::milliseconds;

    // Tries in total, the first one included.
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts < 1 ? 1 : attempts; }
    // Back-off starts here and doubles per retry; tests shrink it to run fast.
    ms baseDelay() const { return m_baseDelay; }
    void setBaseDelay(ms delay) { m_baseDelay = delay; }
    ms maxBackoff() const { return m_maxBackoff; }
    void setMaxBackoff(ms delay) { m_maxBackoff = delay; }
    // Upper bound for a server-requested delay (Retry-After / retry-after-ms).
    ms maxServerDelay() const { return m_maxServerDelay; }
    void setMaxServerDelay(ms delay) { m_maxServerDelay = delay; }
    // Random 0–25 % reduction so that many clients throttled together don't return together.
    bool jitter() const { return m_jitter; }
    void setJitter(bool on) { m_jitter = on; }

    static bool isTransient(const ApiError &error);
    // failedAttempts counts the tries made so far that failed transiently (1 after the first).
    bool shouldRetry(const ApiError &error, int failedAttempts, bool idempotent) const;
    // The wait before retry number retryIndex (0 for the first retry). A server-requested delay
    // wins when present, capped at maxServerDelay().
    ms delayBeforeRetry(int retryIndex, const QByteArray &retryAfter,
                        const QByteArray &retryAfterMs) const;
    ms backoff(int retryIndex) const;

    // Parses retry-after-ms (milliseconds) or else Retry-After (seconds, fractions allowed, or
    // an HTTP-date). nullopt when absent, unparsable or not positive.
    static std::optional<ms>
    serverRequestedDelay(const QByteArray &retryAfter, const QByteArray &retryAfterMs,
                         const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

private:
    int m_maxAttempts = 3;
    ms m_baseDelay{500};
    ms m_maxBackoff{8000};
    ms m_maxServerDelay{60000};
    bool m_jitter = true;
};

} // namespace m3ter
