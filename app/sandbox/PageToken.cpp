#include "PageToken.h"

#include <QMessageAuthenticationCode>

namespace m3ter::sandbox {

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray PageToken::mac(const QString &scope, qint64 position) const {
    const QByteArray message = scope.toUtf8() + '\n' + QByteArray::number(position);
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256)
        .left(12)
        .toHex();
}

QString PageToken::encode(const QString &scope, qint64 position) const {
    const QByteArray raw = QByteArray::number(position) + '.' + mac(scope, position);
    return QString::fromLatin1(raw.toBase64(kBase64));
}

std::optional<qint64> PageToken::decode(const QString &scope, const QString &token) const {
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray raw = *decoded;
    const int dot = raw.indexOf('.');
    if (dot <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 position = raw.left(dot).toLongLong(&ok);
    if (!ok || position < 0 || raw.mid(dot + 1) != mac(scope, position))
        return std::nullopt;
    return position;
}

} // namespace m3ter::sandbox
