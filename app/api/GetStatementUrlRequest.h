#pragma once

#include "api/StatementFormat.h"
#include "api/TypedRequest.h"
#include "domain/DownloadUrl.h"

namespace m3ter {

// GET /organizations/{org}/bills/{id}/statement/json|csv, a fresh presigned URL for an
// existing statement. Ask right before each download: the URL expires and must not be cached,
// logged or sent with the bearer token (docs/m3ter-api.md, "Presigned downloads"). A 404 means no
// statement exists yet.
class GetStatementUrlRequest : public TypedRequest<DownloadUrl> {
    Q_OBJECT

public:
    GetStatementUrlRequest(ApiClient *client, const QString &billId, StatementFormat format,
                           QObject *parent = nullptr);

    QString billId() const { return m_billId; }
    StatementFormat format() const { return m_format; }
    // A reply without a usable downloadUrl is a Parse error on "downloadUrl": for this endpoint
    // the URL is the whole point.
    static Parsed<DownloadUrl> parse(const QByteArray &body);

signals:
    void succeeded(const m3ter::DownloadUrl &url);

protected:
    ApiError precondition() const override;
    ApiCall *send() override;
    void emitResult(const DownloadUrl &url) override { emit succeeded(url); }

private:
    QString m_billId;
    StatementFormat m_format;
};

} // namespace m3ter
