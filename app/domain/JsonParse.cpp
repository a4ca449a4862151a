#include "domain/JsonParse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace m3ter {

namespace {

// Free functions have no tr(): the explicit context below is what lupdate extracts.
Parsed<QJsonDocument> parseDocument(const QByteArray &json) {
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        if (json.trimmed().isEmpty())
            return ParseError{
                QString(),
                QCoreApplication::translate("m3ter::JsonParse", "The server sent an empty reply.")};
        return ParseError{QString(), QCoreApplication::translate(
                                         "m3ter::JsonParse",
                                         "The server reply is not valid JSON: %1 (at byte %2).")
                                         .arg(error.errorString())
                                         .arg(error.offset)};
    }
    return document;
}

} // namespace

QString notAnObjectMessage() {
    return QCoreApplication::translate("m3ter::JsonParse", "expected an object");
}

Parsed<QJsonObject> parseJsonObject(const QByteArray &json) {
    Parsed<QJsonDocument> document = parseDocument(json);
    if (!document.ok())
        return document.error();
    if (!document->isObject())
        return ParseError{QString(),
                          QCoreApplication::translate("m3ter::JsonParse",
                                                      "The server reply is not a JSON object.")};
    return document->object();
}

Parsed<QJsonArray> parseJsonArray(const QByteArray &json) {
    Parsed<QJsonDocument> document = parseDocument(json);
    if (!document.ok())
        return document.error();
    if (!document->isArray())
        return ParseError{QString(),
                          QCoreApplication::translate("m3ter::JsonParse",
                                                      "The server reply is not a JSON array.")};
    return document->array();
}

} // namespace m3ter
