#include "QueryParams.h"

#include <QDate>
#include <QDateTime>

namespace m3ter::sandbox {

QString QueryParams::value(const QString &key) const {
    return m_query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
}

QStringList QueryParams::list(const QString &key) const {
    QStringList out;
    for (const QString &raw : m_query.allQueryItemValues(key, QUrl::FullyDecoded)) {
        for (const QString &part : raw.split(QLatin1Char(','))) {
            const QString v = part.trimmed();
            if (!v.isEmpty())
                out.append(v);
        }
    }
    return out;
}

bool QueryParams::boolean(const QString &key, std::optional<bool> *out, QString *error) const {
    const QString v = value(key);
    if (v.isEmpty())
        return true;
    if (v == QLatin1String("true")) {
        *out = true;
    } else if (v == QLatin1String("false")) {
        *out = false;
    } else {
        *error = QStringLiteral("Invalid value for %1: '%2' (expected true or false)").arg(key, v);
        return false;
    }
    return true;
}

bool QueryParams::date(const QString &key, std::optional<qint64> *julianDay, QString *error) const {
    const QString v = value(key);
    if (v.isEmpty())
        return true;
    QDate d = QDate::fromString(v, Qt::ISODate);
    if (!d.isValid() && v.size() > 10) // also accept a date-time; only its date part counts
        d = QDateTime::fromString(v, Qt::ISODate).date();
    if (!d.isValid()) {
        *error = QStringLiteral("Invalid date for %1: '%2' (expected YYYY-MM-DD)").arg(key, v);
        return false;
    }
    *julianDay = d.toJulianDay();
    return true;
}

bool QueryParams::pageSize(int defaultSize, int maxSize, int *out, QString *error) const {
    const QString v = value(QStringLiteral("pageSize"));
    if (v.isEmpty()) {
        *out = defaultSize;
        return true;
    }
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 1 || n > maxSize) {
        *error = QStringLiteral("pageSize must be between 1 and %1, got '%2'").arg(maxSize).arg(v);
        return false;
    }
    *out = n;
    return true;
}

} // namespace m3ter::sandbox
