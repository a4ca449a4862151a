#include "api/RequestArguments.h"

#include <QUrl>

namespace m3ter {

ApiError RequestArguments::requireId(const QString &id) {
    if (id.trimmed().isEmpty())
        return ApiError::config(tr("No item was selected for this request."));
    return {};
}

ApiError RequestArguments::requireIds(const QStringList &ids, int max) {
    if (ids.isEmpty())
        return ApiError::config(tr("No items were selected for this request."));
    if (ids.size() > max)
        return ApiError::config(tr("At most %1 items can be sent in one request.").arg(max));
    for (const QString &id : ids) {
        if (id.trimmed().isEmpty())
            return ApiError::config(tr("An empty ID cannot be sent."));
    }
    return {};
}

void RequestArguments::addNextToken(QUrlQuery &query, const QString &nextToken) {
    if (nextToken.isEmpty())
        return;
    query.addQueryItem(QStringLiteral("nextToken"),
                       QString::fromLatin1(QUrl::toPercentEncoding(nextToken)));
}

} // namespace m3ter
