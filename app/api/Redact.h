#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace m3ter {

// Makes text safe for logs and error messages. Replaces with "<redacted>":
//  - the credentials of Authorization headers ("Authorization: Bearer x", "Basic x"),
//  - any "Bearer x"/"Basic x" credential on its own,
//  - JSON string values of secret-looking keys (access_token, client_secret, password, ...),
//  - query values of secret-looking parameters (sig, signature, token, X-Amz-*, ...), because
//    presigned download URLs act as bearer credentials,
//  - every literal occurrence of the strings in knownSecrets (e.g. the configured secret).
// Pattern-based redaction is a safety net, not a licence to log credentials on purpose.
QString redact(const QString &text, const QStringList &knownSecrets = {});

// For logging request/response headers: the value of Authorization, Proxy-Authorization, Cookie
// and Set-Cookie is replaced (keeping the scheme word), every other value passes through redact().
QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value);

} // namespace m3ter
