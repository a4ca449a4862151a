#include "AccessTokenStore.h"

#include <QRandomGenerator>

namespace m3ter::sandbox {

QString AccessTokenStore::issue(const QString &orgId, int lifetimeSeconds, qint64 nowMs) {
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    const QByteArray token =
        "sbx." + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, Entry{orgId, nowMs + qint64(lifetimeSeconds) * 1000});
    return QString::fromLatin1(token);
}

AccessTokenStore::Check AccessTokenStore::check(const QByteArray &authorization, qint64 nowMs,
                                                QString *orgId) const {
    const QByteArray value = authorization.trimmed();
    if (value.isEmpty())
        return Check::Missing;
    const int space = value.indexOf(' ');
    if (space <= 0 || value.left(space).toLower() != "bearer")
        return Check::Malformed;
    const auto it = m_tokens.constFind(value.mid(space + 1).trimmed());
    if (it == m_tokens.cend())
        return Check::Unknown;
    if (nowMs >= it->expiresAtMs)
        return Check::Expired;
    *orgId = it->orgId;
    return Check::Valid;
}

void AccessTokenStore::expireAll() {
    for (Entry &e : m_tokens)
        e.expiresAtMs = 0;
}

} // namespace m3ter::sandbox
