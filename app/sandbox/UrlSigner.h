#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace m3ter::sandbox {

// Presigned download URLs in the style of S3 (docs/m3ter-api.md, "Presigned downloads"):
// `<path>?expires=<epoch s>&sig=<hex HMAC-SHA256 over path and expiry>`. The URL carries its own
// authorisation, like the real ones.
class UrlSigner {
public:
    enum class Verdict { Ok, Missing, BadSignature, Expired };

    explicit UrlSigner(QByteArray key)
        : m_key(std::move(key)) {}

    QUrl sign(const QUrl &origin, const QString &path, qint64 expiresEpochSeconds) const;
    Verdict verify(const QString &path, const QUrlQuery &query, qint64 nowEpochSeconds) const;

private:
    QByteArray signature(const QString &path, qint64 expires) const;

    QByteArray m_key;
};

} // namespace m3ter::sandbox
