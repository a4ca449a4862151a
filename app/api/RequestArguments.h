#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrlQuery>

namespace m3ter {

// Argument checks shared by the request classes: an empty id would silently turn
// "bills/{id}" into the list endpoint, so it is refused before anything is sent.
class RequestArguments {
    Q_DECLARE_TR_FUNCTIONS(m3ter::RequestArguments)

public:
    static ApiError requireId(const QString &id);
    // 1..max non-blank ids.
    static ApiError requireIds(const QStringList &ids, int max);
    // Adds the paging cursor (docs/m3ter-api.md, "Cursor paging") when there is one. QUrlQuery
    // reads '%' sequences in a value as already encoded, so an opaque token containing "%41" would
    // reach the server as "A"; encoding it first keeps every byte (ApiConnection::apiUrl() decodes
    // and re-encodes strictly on the way out).
    static void addNextToken(QUrlQuery &query, const QString &nextToken);
};

} // namespace m3ter
