#include "models/DisplayFormat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace m3ter {

namespace {

QString fourDigitYears(QString format) {
    // Widen "yy" to "yyyy" without touching a format that already has four.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString formatDate(const QDate &date, const QLocale &locale) {
    if (!date.isValid())
        return QString();
    return locale.toString(date, fourDigitYears(locale.dateFormat(QLocale::ShortFormat)));
}

QString formatPeriod(const QDate &start, const QDate &end, const QLocale &locale) {
    if (!start.isValid() && !end.isValid())
        return QString();
    //: A service period: start date – end date.
    return QCoreApplication::translate("m3ter::DisplayFormat", "%1 – %2")
        .arg(formatDate(start, locale), formatDate(end, locale));
}

QString formatDateTime(qint64 utcMSecs, const QLocale &locale) {
    if (utcMSecs == 0)
        return QString();
    return formatDateTime(QDateTime::fromMSecsSinceEpoch(utcMSecs, Qt::UTC), locale);
}

QString formatDateTime(const QDateTime &dateTime, const QLocale &locale) {
    if (!dateTime.isValid())
        return QString();
    const QString format = fourDigitYears(locale.dateTimeFormat(QLocale::ShortFormat));
    return locale.toString(dateTime.toLocalTime(), format);
}

} // namespace m3ter
