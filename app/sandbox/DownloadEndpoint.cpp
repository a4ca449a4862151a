#include "DownloadEndpoint.h"

#include "SandboxContext.h"
#include "StatementRenderer.h"

namespace m3ter::sandbox {

HttpReply DownloadEndpoint::s3Error(int status, const char *code, const QString &message) {
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" +
                            QByteArray(code) + "</Code><Message>" +
                            message.toHtmlEscaped().toUtf8() + "</Message></Error>\n";
    return HttpReply::raw(status, "application/xml", body);
}

HttpReply DownloadEndpoint::handle(const RequestContext &request) {
    if (request.route != QLatin1String("download"))
        return s3Error(404, "NoSuchKey", QStringLiteral("The specified key does not exist."));
    if (request.hasHeader("authorization"))
        return s3Error(400, "InvalidArgument",
                       QStringLiteral("Only one auth mechanism allowed; only the X-Amz-Algorithm "
                                      "query parameter, Signature query string parameter or the "
                                      "Authorization header should be specified"));
    switch (m_context.urlSigner.verify(request.path, request.query, request.nowMs / 1000)) {
    case UrlSigner::Verdict::Missing:
    case UrlSigner::Verdict::BadSignature:
        return s3Error(403, "SignatureDoesNotMatch",
                       QStringLiteral("The request signature we calculated does not match the "
                                      "signature you provided."));
    case UrlSigner::Verdict::Expired:
        return s3Error(403, "AccessDenied", QStringLiteral("Request has expired"));
    case UrlSigner::Verdict::Ok:
        break;
    }

    // params: {org}, {billId}, statement.json|statement.csv
    const QString &org = request.params.at(0);
    const int pos = m_context.store.billPosition(request.params.at(1));
    const QString &file = request.params.at(2);
    const bool json = file == QLatin1String("statement.json");
    const bool csv = file == QLatin1String("statement.csv");
    if (org != m_context.config.orgId || pos < 0 || (!json && !csv))
        return s3Error(404, "NoSuchKey", QStringLiteral("The specified key does not exist."));
    const BillRecord &b = m_context.store.bill(pos);
    const qint64 minBytes = m_context.config.statementMinBytes;
    if (json && b.jsonStatementGenerated)
        return HttpReply::raw(200, "application/json",
                              StatementRenderer::padded(
                                  StatementRenderer::json(m_context.store, pos), false, minBytes));
    if (csv && b.csvStatementGenerated)
        return HttpReply::raw(200, "text/csv; charset=utf-8",
                              StatementRenderer::padded(
                                  StatementRenderer::csv(m_context.store, pos), true, minBytes));
    return s3Error(404, "NoSuchKey", QStringLiteral("The specified key does not exist."));
}

} // namespace m3ter::sandbox
