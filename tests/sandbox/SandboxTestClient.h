#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

// Test-only HTTP helper for the sandbox tests: real loopback HTTP through QNetworkAccessManager,
// made synchronous with a local QEventLoop (acceptable in tests, never in the app).
struct HttpResult {
    int status = 0; // 0 = no HTTP response
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const;
    QByteArray header(const QByteArray &name) const;
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
};

class SandboxTestClient {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    SandboxTestClient(QUrl baseUrl, QString orgId);

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const Headers &headers = {}, int timeoutMs = 15000);
    // POST /oauth/token with JSON body and Basic auth; stores the token for authorized calls.
    QString fetchToken(const QString &clientId = QStringLiteral("sandbox-client"),
                       const QString &secret = QStringLiteral("sandbox-secret"));

    QUrl orgUrl(const QString &path, const QUrlQuery &query = {}) const;
    // Authorized calls under /organizations/{orgId}.
    HttpResult get(const QString &path, const QUrlQuery &query = {});
    HttpResult post(const QString &path, const QByteArray &jsonBody = {});
    HttpResult postJson(const QString &path, const QJsonObject &body);

    // Pages through a list endpoint; returns every item, checks the paging rules on the way
    // (no empty page with a token). *pages receives the number of requests made.
    QList<QJsonObject> listAll(const QString &path, QUrlQuery query, int *pages = nullptr,
                               QString *failure = nullptr);

    static QByteArray basic(const QString &id, const QString &secret);

    QNetworkAccessManager nam;
    QUrl base;
    QString org;
    QString token;
};
