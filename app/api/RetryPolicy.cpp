#include "api/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace m3ter {

bool RetryPolicy::isTransient(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
        // A refused cross-origin redirect will redirect again; retrying can't help.
        return error.networkError != QNetworkReply::InsecureRedirectError;
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        switch (error.httpStatus) {
        case 408:
        case 429:
        case 500:
        case 502:
        case 503:
        case 504:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

bool RetryPolicy::shouldRetry(const ApiError &error, int failedAttempts, bool idempotent) const {
    return idempotent && failedAttempts < m_maxAttempts && isTransient(error);
}

RetryPolicy::ms RetryPolicy::delayBeforeRetry(int retryIndex, const QByteArray &retryAfter,
                                              const QByteArray &retryAfterMs) const {
    if (const auto server = serverRequestedDelay(retryAfter, retryAfterMs))
        return std::min(*server, m_maxServerDelay);
    return backoff(retryIndex);
}

RetryPolicy::ms RetryPolicy::backoff(int retryIndex) const {
    const double exponent = std::clamp(retryIndex, 0, 30);
    const double raw = double(m_baseDelay.count()) * std::pow(2.0, exponent);
    double delay = std::min(raw, double(m_maxBackoff.count()));
    if (m_jitter)
        delay *= 1.0 - QRandomGenerator::global()->bounded(0.25);
    return ms(qint64(delay));
}

std::optional<RetryPolicy::ms> RetryPolicy::serverRequestedDelay(const QByteArray &retryAfter,
                                                                 const QByteArray &retryAfterMs,
                                                                 const QDateTime &nowUtc) {
    bool ok = false;
    const double millis = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && millis > 0 && std::isfinite(millis))
        return ms(qint64(std::ceil(std::min(millis, 1e9))));

    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const double seconds = value.toDouble(&ok);
    if (ok) {
        if (seconds > 0 && std::isfinite(seconds))
            return ms(qint64(std::ceil(std::min(seconds, 1e6) * 1000.0)));
        return std::nullopt;
    }

    // HTTP-date (RFC 9110 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT").
    const QString text = QString::fromLatin1(value);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return std::nullopt;
    const qint64 delta = nowUtc.msecsTo(when);
    if (delta <= 0)
        return std::nullopt;
    return ms(delta);
}

} // namespace m3ter
