#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace m3ter::sandbox {

// Issues opaque bearer tokens (the contract allows it: docs/m3ter-api.md, "Getting a token") and
// checks them. Tokens are random, not derived from the seed: a token from one sandbox run must not
// work against another.
class AccessTokenStore {
public:
    enum class Check { Valid, Missing, Malformed, Unknown, Expired };

    QString issue(const QString &orgId, int lifetimeSeconds, qint64 nowMs);
    // `authorization` is the raw header value ("Bearer <token>"). On Valid, *orgId is the
    // organization the token belongs to.
    Check check(const QByteArray &authorization, qint64 nowMs, QString *orgId) const;
    // Makes every issued token expired, so tests can exercise the refresh path without waiting.
    void expireAll();

private:
    struct Entry {
        QString orgId;
        qint64 expiresAtMs = 0;
    };
    QHash<QByteArray, Entry> m_tokens;
};

} // namespace m3ter::sandbox
