#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace m3ter {

// Dates and times as finance users read them: the locale's short format, but always with a
// four-digit year (en_US's short format would print "11/22/26", which is ambiguous in an audit).
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
// "2026-10-01 – 2026-10-31" in the locale's date format; one side may be missing.
QString formatPeriod(const QDate &start, const QDate &end, const QLocale &locale = QLocale());
// UTC milliseconds since the epoch shown in local time; 0 gives an empty string.
QString formatDateTime(qint64 utcMSecs, const QLocale &locale = QLocale());
QString formatDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace m3ter
