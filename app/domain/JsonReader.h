#pragma once

#include "domain/Decimal.h"
#include "domain/ParseError.h"
#include "domain/Parsed.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace m3ter {

// Reads typed fields out of one JSON object with the rules every m3ter model shares:
//  - absent and null are the same thing: the "empty" result (nullopt, null QString, invalid
//    QDate/QDateTime, empty list/map);
//  - a value of the wrong type is an error naming the field, never silently coerced;
//  - unknown keys are simply never asked for.
// The first error is kept and later reads return empty results cheaply, so a fromJson can read
// every field in a straight line and check ok() once at the end.
//
// Lookups use QLatin1StringView keys: QJsonObject keeps its keys sorted and compares them in
// place, so no temporary QString is built per field (the bill list parses 100,000 bills).
class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(m3ter::JsonReader)

public:
    explicit JsonReader(const QJsonObject &object)
        : m_object(object) {}

    bool ok() const { return !m_error.has_value(); }
    const ParseError &error() const { return *m_error; }
    // Records an error unless one is already recorded (the first error is the useful one).
    void fail(const QString &field, const QString &message);
    // Records an error from a nested value, prefixing its path with `prefix`.
    void failNested(const QString &prefix, const ParseError &inner);

    const QJsonObject &object() const { return m_object; }
    // The raw value; Undefined after an error.
    QJsonValue value(QLatin1StringView key) const;

    QString string(QLatin1StringView key);
    QString requiredString(QLatin1StringView key);
    std::optional<bool> boolean(QLatin1StringView key);
    std::optional<qint64> int64(QLatin1StringView key);
    std::optional<int> int32(QLatin1StringView key);
    std::optional<Decimal> decimal(QLatin1StringView key);
    std::optional<Decimal> requiredDecimal(QLatin1StringView key);
    QDate date(QLatin1StringView key);                       // YYYY-MM-DD
    QDateTime dateTime(QLatin1StringView key);               // ISO 8601, converted to UTC
    QUrl url(QLatin1StringView key);                         // absolute URL
    QStringList stringList(QLatin1StringView key);           // array of strings
    QMap<QString, QString> stringMap(QLatin1StringView key); // object of strings
    QJsonObject jsonObject(QLatin1StringView key);           // any object, kept as is
    QJsonArray jsonArray(QLatin1StringView key);

    // An array of objects, each parsed by `parse` (a function QJsonObject -> Parsed<T>). Errors
    // inside element i are reported as "key[i].field".
    template <class T, class ParseFn>
    QList<T> objectList(QLatin1StringView key, ParseFn parse) {
        QList<T> result;
        const QJsonArray array = jsonArray(key);
        result.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QJsonValue element = array.at(i);
            if (!element.isObject()) {
                fail(elementPath(key, i), expectedMessage(ElementType::Object, element));
                break;
            }
            Parsed<T> parsed = parse(element.toObject());
            if (!parsed.ok()) {
                failNested(elementPath(key, i), parsed.error());
                break;
            }
            result.append(std::move(parsed).value());
        }
        return result;
    }

    // Conversions of a single value, shared with callers that hold a QJsonValue rather than an
    // object field (array elements, map values). They return false for a wrong type and leave
    // `out` untouched; `*message` then says what was expected (translated).
    enum class ElementType { String, Boolean, Integer, Number, Object, Array, Date, DateTime, Url };
    static QString expectedMessage(ElementType expected, const QJsonValue &actual);
    static bool toDecimal(const QJsonValue &value, std::optional<Decimal> *out, QString *message);
    static bool toDate(const QString &text, QDate *out);
    static bool toDateTime(const QString &text, QDateTime *out);
    static QString elementPath(QLatin1StringView key, qsizetype index);
    static QString missingMessage(); // "required field is missing"

    // The checks behind string(), boolean(), decimal(), date() and dateTime(), for callers that
    // hold the field's value already (e.g. a reader that walks an object once). `value` must be
    // neither null nor undefined: those mean "absent" and never reach a conversion. They return
    // false for a wrong type or format and set `*message` to exactly what the member functions
    // would report for that field.
    static bool readString(QJsonValueConstRef value, QString *out, QString *message);
    static bool readBoolean(QJsonValueConstRef value, bool *out, QString *message);
    static bool readDecimal(QJsonValueConstRef value, std::optional<Decimal> *out,
                            QString *message);
    static bool readDate(QJsonValueConstRef value, QDate *out, QString *message);
    static bool readDateTime(QJsonValueConstRef value, QDateTime *out, QString *message);

private:
    // constEnd() for absent, null, or after an error.
    QJsonObject::const_iterator find(QLatin1StringView key) const;

    QJsonObject m_object;
    std::optional<ParseError> m_error;
};

} // namespace m3ter
