#include "domain/JsonParse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace m3ter {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("m3ter::JsonParse", text);
}

Parsed<QJsonDocument> parseDocument(const QByteArray &json) {
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        if (json.trimmed().isEmpty())
            return ParseError{QString(), tr("The server sent an empty reply.")};
        return ParseError{QString(), tr("The server reply is not valid JSON: %1 (at byte %2).")
                                         .arg(error.errorString())
                                         .arg(error.offset)};
    }
    return document;
}

} // namespace

QString notAnObjectMessage() {
    return tr("expected an object");
}

Parsed<QJsonObject> parseJsonObject(const QByteArray &json) {
    Parsed<QJsonDocument> document = parseDocument(json);
    if (!document.ok())
        return document.error();
    if (!document->isObject())
        return ParseError{QString(), tr("The server reply is not a JSON object.")};
    return document->object();
}

Parsed<QJsonArray> parseJsonArray(const QByteArray &json) {
    Parsed<QJsonDocument> document = parseDocument(json);
    if (!document.ok())
        return document.error();
    if (!document->isArray())
        return ParseError{QString(), tr("The server reply is not a JSON array.")};
    return document->array();
}

} // namespace m3ter
