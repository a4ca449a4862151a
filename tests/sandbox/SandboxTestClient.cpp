#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

bool HttpResult::isJson() const {
    QJsonParseError e;
    QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError;
}

QByteArray HttpResult::header(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxTestClient::SandboxTestClient(QUrl baseUrl, QString orgId)
    : base(std::move(baseUrl))
    , org(std::move(orgId)) {}

HttpResult SandboxTestClient::send(const QByteArray &method, const QUrl &url,
                                   const QByteArray &body, const Headers &headers, int timeoutMs) {
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 5000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
    return r;
}

QByteArray SandboxTestClient::basic(const QString &id, const QString &secret) {
    return "Basic " + (id + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QString SandboxTestClient::fetchToken(const QString &clientId, const QString &secret) {
    QUrl url = base;
    url.setPath(QStringLiteral("/oauth/token"));
    const HttpResult r = send("POST", url, R"({"grant_type":"client_credentials"})",
                              {{"Authorization", basic(clientId, secret)}});
    token = r.object().value(QStringLiteral("access_token")).toString();
    return token;
}

QUrl SandboxTestClient::orgUrl(const QString &path, const QUrlQuery &query) const {
    QUrl url = base;
    url.setPath(QStringLiteral("/organizations/") + org + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HttpResult SandboxTestClient::get(const QString &path, const QUrlQuery &query) {
    return send("GET", orgUrl(path, query), {}, {{"Authorization", "Bearer " + token.toLatin1()}});
}

HttpResult SandboxTestClient::post(const QString &path, const QByteArray &jsonBody) {
    return send("POST", orgUrl(path), jsonBody, {{"Authorization", "Bearer " + token.toLatin1()}});
}

HttpResult SandboxTestClient::postJson(const QString &path, const QJsonObject &body) {
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QList<QJsonObject> SandboxTestClient::listAll(const QString &path, QUrlQuery query, int *pages,
                                              QString *failure) {
    QList<QJsonObject> items;
    int count = 0;
    const QUrlQuery original = query;
    for (;;) {
        const HttpResult r = get(path, query);
        ++count;
        if (r.status != 200) {
            if (failure)
                *failure =
                    QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body));
            break;
        }
        const QJsonObject o = r.object();
        const QJsonArray data = o.value(QStringLiteral("data")).toArray();
        const QString next = o.value(QStringLiteral("nextToken")).toString();
        if (data.isEmpty() && !next.isEmpty()) {
            if (failure)
                *failure = QStringLiteral("empty page with a nextToken");
            break;
        }
        for (const QJsonValue &v : data)
            items.append(v.toObject());
        if (next.isEmpty())
            break;
        query = original;
        query.addQueryItem(QStringLiteral("nextToken"), next);
        if (count > 100000)
            break;
    }
    if (pages)
        *pages = count;
    return items;
}
