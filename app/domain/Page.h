#pragma once

#include "domain/JsonParse.h"
#include "domain/Parsed.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace m3ter {

// One page of a cursor list (docs/m3ter-api.md, "Cursor paging"):
// {"data": [...], "nextToken": "..."}.
template <class T>
struct Page {
    QList<T> items;
    QString nextToken; // empty: this was the last page

    // The SDKs stop on an empty page even if a token came with it; a server that keeps handing
    // out tokens with no data would otherwise make the client page forever.
    bool hasMore() const { return !nextToken.isEmpty() && !items.isEmpty(); }
};

// A list reply whose elements are parsed by `parse` (QJsonObject -> Parsed<T>). A missing or
// null `data` is an empty page; `nextToken` absent, null or "" means no more pages. Errors in
// element i are reported as "data[i].field".
template <class T, class ParseFn>
Parsed<Page<T>> parsePage(const QByteArray &json, ParseFn parse) {
    Parsed<QJsonObject> object = parseJsonObject(json);
    if (!object.ok())
        return object.error();
    const QJsonObject &envelope = object.value();
    Page<T> page;

    const QJsonValue token = envelope.value(QLatin1StringView("nextToken"));
    if (token.isString())
        page.nextToken = token.toString();
    else if (!token.isNull() && !token.isUndefined())
        return ParseError{QStringLiteral("nextToken"),
                          QCoreApplication::translate("m3ter::Page", "expected a string")};

    const QJsonValue data = envelope.value(QLatin1StringView("data"));
    if (data.isArray()) {
        Parsed<QList<T>> items = parseObjectArray<T>(data.toArray(), QStringLiteral("data"), parse);
        if (!items.ok())
            return items.error();
        page.items = std::move(items).value();
    } else if (!data.isNull() && !data.isUndefined()) {
        return ParseError{QStringLiteral("data"),
                          QCoreApplication::translate("m3ter::Page", "expected an array")};
    }
    return page;
}

// The usual case: elements parsed by T::fromJson. For line-item endpoints (LineItemResponse) pass
// &BillLineItem::fromLineItemResponse to the overload above.
template <class T>
Parsed<Page<T>> parsePage(const QByteArray &json) {
    return parsePage<T>(json, [](const QJsonObject &o) { return T::fromJson(o); });
}

} // namespace m3ter
