#pragma once

#include "domain/ParseError.h"
#include "domain/Parsed.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace m3ter {

// Reply bytes -> JSON, with the failure turned into a ParseError whose message a user can read.
// QJsonDocument refuses over-deep nesting, invalid UTF-8 and truncated input with an error
// rather than crashing, which is what makes hostile replies safe to feed in here.
Parsed<QJsonObject> parseJsonObject(const QByteArray &json);
Parsed<QJsonArray> parseJsonArray(const QByteArray &json);

// A reply that is one entity (a bill, line item, statement job, account or download URL):
// `T::fromJson` on the top-level object.
template <class T>
Parsed<T> parseObject(const QByteArray &json) {
    Parsed<QJsonObject> object = parseJsonObject(json);
    if (!object.ok())
        return object.error();
    return T::fromJson(object.value());
}

// The translated message for an array element that is not an object.
QString notAnObjectMessage();

// Each element of `array` through `parse` (QJsonObject -> Parsed<T>). An error inside element i
// is reported as "<path>[i].field".
template <class T, class ParseFn>
Parsed<QList<T>> parseObjectArray(const QJsonArray &array, const QString &path, ParseFn parse) {
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString elementPath = path + u'[' + QString::number(i) + u']';
        const QJsonValue element = array.at(i);
        if (!element.isObject())
            return ParseError{elementPath, notAnObjectMessage()};
        Parsed<T> parsed = parse(element.toObject());
        if (!parsed.ok())
            return parsed.error().prefixed(elementPath);
        items.append(std::move(parsed).value());
    }
    return items;
}

} // namespace m3ter
