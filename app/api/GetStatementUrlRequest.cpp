#include "api/GetStatementUrlRequest.h"

#include "api/ApiClient.h"
#include "api/RequestArguments.h"
#include "domain/JsonParse.h"

namespace m3ter {

GetStatementUrlRequest::GetStatementUrlRequest(ApiClient *client, const QString &billId,
                                               StatementFormat format, QObject *parent)
    : TypedRequest(client, &GetStatementUrlRequest::parse, parent)
    , m_billId(billId)
    , m_format(format) {}

Parsed<DownloadUrl> GetStatementUrlRequest::parse(const QByteArray &body) {
    Parsed<DownloadUrl> parsed = parseObject<DownloadUrl>(body);
    if (!parsed.ok())
        return parsed;
    const QUrl &url = parsed.value().downloadUrl;
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return ParseError{QStringLiteral("downloadUrl"),
                          QCoreApplication::translate("m3ter::GetStatementUrlRequest",
                                                      "expected an http(s) URL")};
    return parsed;
}

ApiError GetStatementUrlRequest::precondition() const {
    return RequestArguments::requireId(m_billId);
}

ApiCall *GetStatementUrlRequest::send() {
    return client()->get(QStringLiteral("bills/") + ApiConnection::pathSegment(m_billId) +
                         QStringLiteral("/statement/") + statementFormatPath(m_format));
}

} // namespace m3ter
