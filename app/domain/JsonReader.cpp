#include "domain/JsonReader.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QVariant>

#include <cmath>

namespace m3ter {

namespace {

QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonReader::tr("null");
    case QJsonValue::Bool:
        return JsonReader::tr("a boolean");
    case QJsonValue::Double:
        return JsonReader::tr("a number");
    case QJsonValue::String:
        return JsonReader::tr("a string");
    case QJsonValue::Array:
        return JsonReader::tr("an array");
    case QJsonValue::Object:
        return JsonReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonReader::tr("nothing");
}

// The date and date-time helpers below are written over any text type with size() and
// charAt(); today only QString uses them.
char16_t charAt(const QString &text, qsizetype pos) {
    return text[pos].unicode();
}

// Digits at text[pos, pos+count) as a number, or -1.
template <class Text>
int digitsAt(const Text &text, qsizetype pos, int count) {
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = charAt(text, pos + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

template <class Text>
bool isDateShape(const Text &text) {
    return text.size() >= 10 && charAt(text, 4) == u'-' && charAt(text, 7) == u'-';
}

template <class Text>
bool textToDate(const Text &text, QDate *out) {
    // A full date-time where a date is expected is accepted and its date kept as written: the
    // contract marks several of these fields as inferred, and refusing would lose a whole page.
    if (!isDateShape(text) || (text.size() > 10 && charAt(text, 10) != u'T'))
        return false;
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    if (!date.isValid())
        return false;
    *out = date;
    return true;
}

// The common shapes "YYYY-MM-DDTHH:MM:SS[.fff…][Z|±HH:MM|±HHMM|±HH]" parsed by hand, as UTC
// milliseconds since the epoch: this is several times cheaper than QDateTime::fromString and a
// bill carries eight date-times.
template <class Text>
bool fastDateTime(const Text &text, qint64 *msecsOut) {
    if (!isDateShape(text) || text.size() < 19)
        return false;
    const char16_t separator = charAt(text, 10);
    if (separator != u'T' && separator != u't' && separator != u' ')
        return false;
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (!date.isValid() || charAt(text, 13) != u':' || charAt(text, 16) != u':' || hour < 0 ||
        hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    qsizetype pos = 19;
    int millis = 0;
    if (pos < text.size() && (charAt(text, pos) == u'.' || charAt(text, pos) == u',')) {
        ++pos;
        int digits = 0;
        while (pos < text.size() && charAt(text, pos) >= u'0' && charAt(text, pos) <= u'9') {
            if (digits < 3)
                millis = millis * 10 + (charAt(text, pos) - u'0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return false;
        for (int d = digits; d < 3; ++d)
            millis *= 10;
    }
    int offsetSeconds = 0;
    if (pos < text.size()) {
        const char16_t zone = charAt(text, pos);
        if (zone == u'Z' || zone == u'z') {
            ++pos;
        } else if (zone == u'+' || zone == u'-') {
            const int zh = digitsAt(text, pos + 1, 2);
            int zm = 0;
            qsizetype end = pos + 3;
            if (end < text.size()) {
                if (charAt(text, end) == u':')
                    ++end;
                zm = digitsAt(text, end, 2);
                end += 2;
            }
            if (zh < 0 || zh > 23 || zm < 0 || zm > 59)
                return false;
            offsetSeconds = (zh * 3600 + zm * 60) * (zone == u'-' ? -1 : 1);
            pos = end;
        } else {
            return false;
        }
    }
    // No zone at all: m3ter's date-times are UTC, so read them as UTC rather than local time.
    if (pos != text.size())
        return false;
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    *msecsOut = (date.toJulianDay() - kUnixEpochJulianDay) * 86400000LL +
                (hour * 3600LL + minute * 60LL + second - offsetSeconds) * 1000LL + millis;
    return true;
}

} // namespace

void JsonReader::fail(const QString &field, const QString &message) {
    if (!m_error)
        m_error = ParseError{field, message};
}

void JsonReader::failNested(const QString &prefix, const ParseError &inner) {
    if (!m_error)
        m_error = inner.prefixed(prefix);
}

QJsonValue JsonReader::value(QLatin1StringView key) const {
    if (m_error)
        return QJsonValue(QJsonValue::Undefined);
    return m_object.value(key);
}

QJsonObject::const_iterator JsonReader::find(QLatin1StringView key) const {
    // Reading through the iterator's QJsonValueConstRef avoids materialising a QJsonValue (a
    // reference-counted copy) per field, which is measurable over 100,000 bills.
    if (m_error)
        return m_object.constEnd();
    const auto it = m_object.constFind(key);
    if (it != m_object.constEnd() && it.value().isNull())
        return m_object.constEnd();
    return it;
}

QString JsonReader::elementPath(QLatin1StringView key, qsizetype index) {
    return QString(key) + u'[' + QString::number(index) + u']';
}

QString JsonReader::expectedMessage(ElementType expected, const QJsonValue &actual) {
    const char *what = nullptr;
    switch (expected) {
    case ElementType::String:
        what = QT_TRANSLATE_NOOP("m3ter::JsonReader", "expected a string, got %1");
        break;
    case ElementType::Boolean:
        what = QT_TRANSLATE_NOOP("m3ter::JsonReader", "expected true or false, got %1");
        break;
    case ElementType::Integer:
        what = QT_TRANSLATE_NOOP("m3ter::JsonReader", "expected a whole number, got %1");
        break;
    case ElementType::Number:
        what = QT_TRANSLATE_NOOP("m3ter::JsonReader", "expected a number, got %1");
        break;
    case ElementType::Object:
        what = QT_TRANSLATE_NOOP("m3ter::JsonReader", "expected an object, got %1");
        break;
    case ElementType::Array:
        what = QT_TRANSLATE_NOOP("m3ter::JsonReader", "expected an array, got %1");
        break;
    case ElementType::Date:
        what = QT_TRANSLATE_NOOP("m3ter::JsonReader", "expected a date (YYYY-MM-DD), got %1");
        break;
    case ElementType::DateTime:
        what =
            QT_TRANSLATE_NOOP("m3ter::JsonReader", "expected a date and time (ISO 8601), got %1");
        break;
    case ElementType::Url:
        what = QT_TRANSLATE_NOOP("m3ter::JsonReader", "expected an absolute URL, got %1");
        break;
    }
    return tr(what).arg(typeName(actual));
}

QString JsonReader::missingMessage() {
    return tr("required field is missing");
}

bool JsonReader::readString(QJsonValueConstRef value, QString *out, QString *message) {
    if (!value.isString()) {
        *message = expectedMessage(ElementType::String, value);
        return false;
    }
    *out = value.toString();
    return true;
}

bool JsonReader::readBoolean(QJsonValueConstRef value, bool *out, QString *message) {
    if (!value.isBool()) {
        *message = expectedMessage(ElementType::Boolean, value);
        return false;
    }
    *out = value.toBool();
    return true;
}

bool JsonReader::readDate(QJsonValueConstRef value, QDate *out, QString *message) {
    if (!value.isString()) {
        *message = expectedMessage(ElementType::Date, value);
        return false;
    }
    const QString text = value.toString();
    if (!toDate(text, out)) {
        *message = tr("“%1” is not a date (YYYY-MM-DD)").arg(text.left(40));
        return false;
    }
    return true;
}

bool JsonReader::readDateTime(QJsonValueConstRef value, QDateTime *out, QString *message) {
    if (!value.isString()) {
        *message = expectedMessage(ElementType::DateTime, value);
        return false;
    }
    const QString text = value.toString();
    if (!toDateTime(text, out)) {
        *message = tr("“%1” is not a date and time (ISO 8601)").arg(text.left(40));
        return false;
    }
    return true;
}

QString JsonReader::string(QLatin1StringView key) {
    const auto it = find(key);
    if (it == m_object.constEnd())
        return QString();
    QString result;
    QString message;
    if (!readString(it.value(), &result, &message))
        fail(QString(key), message);
    return result;
}

QString JsonReader::requiredString(QLatin1StringView key) {
    if (m_error)
        return QString();
    if (find(key) == m_object.constEnd()) {
        fail(QString(key), missingMessage());
        return QString();
    }
    return string(key);
}

std::optional<bool> JsonReader::boolean(QLatin1StringView key) {
    const auto it = find(key);
    if (it == m_object.constEnd())
        return std::nullopt;
    bool result = false;
    QString message;
    if (!readBoolean(it.value(), &result, &message)) {
        fail(QString(key), message);
        return std::nullopt;
    }
    return result;
}

std::optional<qint64> JsonReader::int64(QLatin1StringView key) {
    const auto it = find(key);
    if (it == m_object.constEnd())
        return std::nullopt;
    const QJsonValueConstRef v = it.value();
    if (!v.isDouble()) {
        fail(QString(key), expectedMessage(ElementType::Integer, v));
        return std::nullopt;
    }
    // toInteger() answers the default for fractions and out-of-range values; asking with two
    // different defaults tells "0" apart from "not an integer" without a double round trip.
    const qint64 a = v.toInteger(0);
    if (a == 0 && v.toInteger(1) != 0) {
        fail(QString(key), tr("expected a whole number that fits 64 bits"));
        return std::nullopt;
    }
    return a;
}

std::optional<int> JsonReader::int32(QLatin1StringView key) {
    const std::optional<qint64> v = int64(key);
    if (!v)
        return std::nullopt;
    if (*v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max()) {
        fail(QString(key), tr("number out of range"));
        return std::nullopt;
    }
    return int(*v);
}

namespace {

// Shared by QJsonValue and QJsonValueConstRef, which offer the same reading API.
template <class Value>
bool valueToDecimal(const Value &value, std::optional<Decimal> *out, QString *message) {
    if (value.isNull() || value.isUndefined()) {
        *out = std::nullopt;
        return true;
    }
    if (!value.isDouble()) {
        *message = JsonReader::expectedMessage(JsonReader::ElementType::Number, value);
        return false;
    }
    const double d = value.toDouble();
    std::optional<Decimal> result;
    // Integers beyond 2^53 that the JSON parser kept exactly (as a 64-bit integer) are taken
    // as written; going through double would change their last digits.
    if (std::fabs(d) >= 9007199254740992.0 && value.toVariant().typeId() == QMetaType::LongLong)
        result = Decimal::fromParts(value.toInteger(), 0);
    else
        result = Decimal::fromDouble(d);
    if (!result) {
        *message = JsonReader::tr("number %1 is too large for an exact amount")
                       .arg(QString::number(d, 'g', QLocale::FloatingPointShortest));
        return false;
    }
    *out = result;
    return true;
}

} // namespace

bool JsonReader::toDecimal(const QJsonValue &value, std::optional<Decimal> *out, QString *message) {
    return valueToDecimal(value, out, message);
}

bool JsonReader::readDecimal(QJsonValueConstRef value, std::optional<Decimal> *out,
                             QString *message) {
    return valueToDecimal(value, out, message);
}

std::optional<Decimal> JsonReader::decimal(QLatin1StringView key) {
    const auto it = find(key);
    if (it == m_object.constEnd())
        return std::nullopt;
    std::optional<Decimal> result;
    QString message;
    if (!valueToDecimal(it.value(), &result, &message))
        fail(QString(key), message);
    return result;
}

std::optional<Decimal> JsonReader::requiredDecimal(QLatin1StringView key) {
    if (m_error)
        return std::nullopt;
    if (find(key) == m_object.constEnd()) {
        fail(QString(key), missingMessage());
        return std::nullopt;
    }
    return decimal(key);
}

bool JsonReader::toDate(const QString &text, QDate *out) {
    return textToDate(text, out);
}

bool JsonReader::toDateTime(const QString &text, QDateTime *out) {
    qint64 msecs = 0;
    if (fastDateTime(text, &msecs)) {
        *out = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        return true;
    }
    // Rarer ISO 8601 spellings (e.g. 24:00) still get a chance through Qt's own parser.
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return false;
    *out = parsed.toUTC();
    return true;
}

QDate JsonReader::date(QLatin1StringView key) {
    const auto it = find(key);
    if (it == m_object.constEnd())
        return QDate();
    QDate result;
    QString message;
    if (!readDate(it.value(), &result, &message))
        fail(QString(key), message);
    return result;
}

QDateTime JsonReader::dateTime(QLatin1StringView key) {
    const auto it = find(key);
    if (it == m_object.constEnd())
        return QDateTime();
    QDateTime result;
    QString message;
    if (!readDateTime(it.value(), &result, &message))
        fail(QString(key), message);
    return result;
}

QUrl JsonReader::url(QLatin1StringView key) {
    const QString text = string(key);
    if (text.isEmpty())
        return QUrl();
    const QUrl result(text, QUrl::StrictMode);
    if (!result.isValid() || result.isRelative()) {
        // The text is not echoed: presigned URLs act as credentials and errors end up in logs.
        fail(QString(key), tr("not a valid absolute URL"));
        return QUrl();
    }
    return result;
}

QStringList JsonReader::stringList(QLatin1StringView key) {
    const QJsonArray array = jsonArray(key);
    QStringList result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            fail(elementPath(key, i), expectedMessage(ElementType::String, element));
            return {};
        }
        result.append(element.toString());
    }
    return result;
}

QMap<QString, QString> JsonReader::stringMap(QLatin1StringView key) {
    const QJsonObject object = jsonObject(key);
    QMap<QString, QString> result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue element = it.value();
        if (element.isNull())
            continue;
        if (!element.isString()) {
            fail(QString(key) + u'.' + it.key(), expectedMessage(ElementType::String, element));
            return {};
        }
        result.insert(it.key(), element.toString());
    }
    return result;
}

QJsonObject JsonReader::jsonObject(QLatin1StringView key) {
    const auto it = find(key);
    if (it == m_object.constEnd())
        return QJsonObject();
    const QJsonValueConstRef v = it.value();
    if (!v.isObject()) {
        fail(QString(key), expectedMessage(ElementType::Object, v));
        return QJsonObject();
    }
    return v.toObject();
}

QJsonArray JsonReader::jsonArray(QLatin1StringView key) {
    const auto it = find(key);
    if (it == m_object.constEnd())
        return QJsonArray();
    const QJsonValueConstRef v = it.value();
    if (!v.isArray()) {
        fail(QString(key), expectedMessage(ElementType::Array, v));
        return QJsonArray();
    }
    return v.toArray();
}

} // namespace m3ter
