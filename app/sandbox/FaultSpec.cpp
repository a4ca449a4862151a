#include "FaultSpec.h"

namespace m3ter::sandbox {

namespace {
FaultSpec make(FaultSpec::Kind kind, int count) {
    FaultSpec f;
    f.kind = kind;
    f.count = count;
    return f;
}
} // namespace

FaultSpec FaultSpec::httpStatus(int status, int count) {
    FaultSpec f = make(Kind::Status, count);
    f.status = status;
    return f;
}

FaultSpec FaultSpec::tooManyRequests(int retryAfterSeconds, int count) {
    FaultSpec f = httpStatus(429, count);
    f.retryAfterSeconds = retryAfterSeconds;
    return f;
}

FaultSpec FaultSpec::delay(int ms, int count) {
    FaultSpec f = make(Kind::Delay, count);
    f.delayMs = ms;
    return f;
}

FaultSpec FaultSpec::reset(int count) {
    return make(Kind::Reset, count);
}

FaultSpec FaultSpec::stall(int count) {
    return make(Kind::Stall, count);
}

FaultSpec FaultSpec::malformedJson(int count) {
    return make(Kind::MalformedJson, count);
}

FaultSpec FaultSpec::truncatedBody(int count) {
    return make(Kind::TruncatedBody, count);
}

std::optional<FaultSpec> FaultSpec::parse(const QString &text, QString *error) {
    auto fail = [&](const QString &message) -> std::optional<FaultSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString kind = text.trimmed();
    int count = 1;
    const int colon = kind.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QString countText = kind.mid(colon + 1);
        kind.truncate(colon);
        bool ok = true;
        count = countText == QLatin1String("*") ? -1 : countText.toInt(&ok);
        if (!ok || count == 0 || count < -1)
            return fail(QStringLiteral("invalid fault count '%1'").arg(countText));
    }
    QString argument;
    const int at = kind.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        argument = kind.mid(at + 1);
        kind.truncate(at);
    }
    bool ok = false;
    const int number = argument.toInt(&ok);
    if (!argument.isEmpty() && (!ok || number < 0))
        return fail(QStringLiteral("invalid fault argument '%1'").arg(argument));

    if (kind == QLatin1String("delay")) {
        if (argument.isEmpty())
            return fail(QStringLiteral("delay needs milliseconds, e.g. delay@500"));
        return delay(number, count);
    }
    if (!argument.isEmpty() && kind != QLatin1String("429"))
        return fail(QStringLiteral("only 429 and delay take an @argument"));
    if (kind == QLatin1String("reset"))
        return reset(count);
    if (kind == QLatin1String("stall"))
        return stall(count);
    if (kind == QLatin1String("malformed") || kind == QLatin1String("malformedJson"))
        return malformedJson(count);
    if (kind == QLatin1String("truncated") || kind == QLatin1String("truncatedBody"))
        return truncatedBody(count);
    const int status = kind.toInt(&ok);
    if (!ok || status < 400 || status > 599)
        return fail(QStringLiteral("unknown fault kind '%1'").arg(kind));
    if (status == 429)
        return tooManyRequests(argument.isEmpty() ? -1 : number, count);
    return httpStatus(status, count);
}

QString FaultSpec::kindString() const {
    QString kindText;
    switch (kind) {
    case Kind::Status:
        kindText = QString::number(status);
        if (retryAfterSeconds >= 0)
            kindText += QLatin1Char('@') + QString::number(retryAfterSeconds);
        break;
    case Kind::Delay:
        kindText = QStringLiteral("delay@") + QString::number(delayMs);
        break;
    case Kind::Reset:
        kindText = QStringLiteral("reset");
        break;
    case Kind::Stall:
        kindText = QStringLiteral("stall");
        break;
    case Kind::MalformedJson:
        kindText = QStringLiteral("malformed");
        break;
    case Kind::TruncatedBody:
        kindText = QStringLiteral("truncated");
        break;
    }
    return kindText;
}

QString FaultSpec::toString() const {
    return kindString() + QLatin1Char(':') + QString::number(count);
}

} // namespace m3ter::sandbox
