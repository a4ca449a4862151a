#include "UrlSigner.h"

#include <QMessageAuthenticationCode>

namespace m3ter::sandbox {

QByteArray UrlSigner::signature(const QString &path, qint64 expires) const {
    const QByteArray message = path.toUtf8() + '\n' + QByteArray::number(expires);
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toHex();
}

QUrl UrlSigner::sign(const QUrl &origin, const QString &path, qint64 expiresEpochSeconds) const {
    QUrl url = origin;
    url.setPath(path);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("expires"), QString::number(expiresEpochSeconds));
    q.addQueryItem(QStringLiteral("sig"),
                   QString::fromLatin1(signature(path, expiresEpochSeconds)));
    url.setQuery(q);
    return url;
}

UrlSigner::Verdict UrlSigner::verify(const QString &path, const QUrlQuery &query,
                                     qint64 nowEpochSeconds) const {
    const QString expiresText = query.queryItemValue(QStringLiteral("expires"));
    const QString sig = query.queryItemValue(QStringLiteral("sig"));
    if (expiresText.isEmpty() || sig.isEmpty())
        return Verdict::Missing;
    bool ok = false;
    const qint64 expires = expiresText.toLongLong(&ok);
    // Check the signature before the expiry so a tampered expiry reads as tampering.
    if (!ok || sig.toLatin1() != signature(path, expires))
        return Verdict::BadSignature;
    return nowEpochSeconds >= expires ? Verdict::Expired : Verdict::Ok;
}

} // namespace m3ter::sandbox
