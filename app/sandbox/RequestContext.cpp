#include "RequestContext.h"

#include <QHttpServerRequest>

namespace m3ter::sandbox {

RequestContext RequestContext::from(const QHttpServerRequest &request, qint64 nowMs) {
    RequestContext c;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        c.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        c.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        c.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        c.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Head:
        c.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Patch:
        c.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Options:
        c.method = "OPTIONS";
        break;
    default:
        c.method = "UNKNOWN";
        break;
    }
    const QUrl url = request.url();
    c.path = url.path(QUrl::FullyDecoded);
    c.query = QUrlQuery(url);
    c.headers = request.headers();
    c.body = request.body();
    c.nowMs = nowMs;
    return c;
}

QByteArray RequestContext::header(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RequestContext::hasHeader(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace m3ter::sandbox
