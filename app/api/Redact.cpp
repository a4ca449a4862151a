#include "api/Redact.h"

#include <QRegularExpression>

namespace m3ter {

namespace {

const QString kRedacted = QStringLiteral("<redacted>");

const QRegularExpression &authorizationHeader() {
    static const QRegularExpression re(
        QStringLiteral(R"((\b(?:proxy-)?authorization\s*[:=]\s*)(?:(basic|bearer)\s+)?[^\s,;"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &schemeCredential() {
    static const QRegularExpression re(QStringLiteral(R"(\b(basic|bearer)\s+[A-Za-z0-9._~+/=-]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Covers "key": "value" in JSON and key=value in form bodies and query strings.
const QString kSecretKeys = QStringLiteral(
    "access_token|refresh_token|id_token|client_secret|clientSecret|apiSecret|api_secret|secret|"
    "password|token|sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token");

const QRegularExpression &jsonSecret() {
    static const QRegularExpression re(
        QStringLiteral(R"re(("(?:%1)"\s*:\s*)"(?:[^"\\]|\\.)*")re").arg(kSecretKeys),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &querySecret() {
    static const QRegularExpression re(QStringLiteral(R"((\b(?:%1)=)[^&\s"']+)").arg(kSecretKeys),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString schemeOf(const QRegularExpressionMatch &m, int group) {
    const QString scheme = m.captured(group);
    return scheme.isEmpty() ? QString() : scheme + QLatin1Char(' ');
}

} // namespace

QString redact(const QString &text, const QStringList &knownSecrets) {
    QString out = text;
    // Literal secrets first: they may appear in forms the patterns below don't anticipate.
    for (const QString &secret : knownSecrets) {
        // Very short strings would shred innocent text and are not meaningful secrets anyway.
        if (secret.size() >= 4)
            out.replace(secret, kRedacted);
    }

    QString result;
    result.reserve(out.size());
    qsizetype last = 0;
    auto it = authorizationHeader().globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        result += QStringView(out).mid(last, m.capturedStart() - last);
        result += m.captured(1) + schemeOf(m, 2) + kRedacted;
        last = m.capturedEnd();
    }
    result += QStringView(out).mid(last);
    out = result;

    result.clear();
    last = 0;
    it = schemeCredential().globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        result += QStringView(out).mid(last, m.capturedStart() - last);
        // Already-redacted credentials from the header pass are left alone.
        result += m.captured(0).endsWith(kRedacted) ? m.captured(0) : schemeOf(m, 1) + kRedacted;
        last = m.capturedEnd();
    }
    result += QStringView(out).mid(last);
    out = result;

    out.replace(jsonSecret(), QStringLiteral("\\1\"<redacted>\""));
    out.replace(querySecret(), QStringLiteral("\\1<redacted>"));
    return out;
}

QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value) {
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const qsizetype space = value.indexOf(' ');
        return space > 0 ? value.left(space + 1) + "<redacted>" : QByteArray("<redacted>");
    }
    if (lower == "cookie" || lower == "set-cookie")
        return QByteArray("<redacted>");
    return redact(QString::fromUtf8(value)).toUtf8();
}

} // namespace m3ter
