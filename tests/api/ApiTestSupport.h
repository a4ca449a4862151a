#pragma once

#include "api/ApiClient.h"
#include "api/ApiConnection.h"
#include "api/RetryPolicy.h"
#include "support/FakeHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <memory>

namespace m3ter::test {

inline const QString kOrg = QStringLiteral("org-1");
inline const QString kClientId = QStringLiteral("key-id");
inline const QString kSecret = QStringLiteral("s3cret-value");

inline ApiConnection fakeConnection(const FakeHttpServer &server) {
    ApiConnection c;
    c.baseUrl = server.baseUrl();
    c.orgId = kOrg;
    c.clientId = kClientId;
    c.clientSecret = kSecret;
    return c;
}

inline QString orgPath(const QString &pathUnderOrg) {
    return QStringLiteral("/organizations/") + kOrg + QLatin1Char('/') + pathUnderOrg;
}

inline FakeResponse tokenResponse(const QString &token, qint64 expiresIn = 18000) {
    return FakeResponse::json(
        200, QJsonDocument(QJsonObject{
                               {QStringLiteral("access_token"), token},
                               {QStringLiteral("expires_in"), expiresIn},
                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           })
                 .toJson(QJsonDocument::Compact));
}

// Hands out tok-1, tok-2, ... so a test can tell which token a request carried.
inline void serveNumberedTokens(FakeHttpServer &server, qint64 expiresIn = 18000) {
    auto counter = std::make_shared<int>(0);
    server.setHandler(QStringLiteral("/oauth/token"),
                      [counter, expiresIn](const RecordedRequest &) {
                          return tokenResponse(QStringLiteral("tok-%1").arg(++*counter), expiresIn);
                      });
}

inline RetryPolicy fastRetries(int maxAttempts = 3) {
    RetryPolicy policy;
    policy.setBaseDelay(std::chrono::milliseconds(20));
    policy.setJitter(false);
    policy.setMaxAttempts(maxAttempts);
    return policy;
}

// A client for server with fast retries, no pacing and a short transfer timeout.
inline std::unique_ptr<ApiClient> fastClient(const FakeHttpServer &server) {
    auto client = std::make_unique<ApiClient>(fakeConnection(server));
    client->setRetryPolicy(fastRetries());
    client->setTransferTimeout(std::chrono::milliseconds(5000));
    return client;
}

// Waits for call to finish and returns its outcome (the call deletes itself afterwards).
struct Outcome {
    bool finished = false;
    bool ok = false;
    ApiError error;
    int status = 0;
    QByteArray body;
    int attempts = 0;
};

inline std::shared_ptr<Outcome> watch(ApiCall *call) {
    auto out = std::make_shared<Outcome>();
    QObject::connect(call, &ApiCall::finished, call, [call, out] {
        out->finished = true;
        out->ok = call->ok();
        out->error = call->error();
        out->status = call->httpStatus();
        out->body = call->body();
        out->attempts = call->attempts();
    });
    return out;
}

// A fake server with a token endpoint and a fast client for it: the fixture of the request tests.
struct FakeApi {
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<ApiClient> client;

    bool start() {
        server = std::make_unique<FakeHttpServer>();
        if (!server->listen())
            return false;
        serveNumberedTokens(*server);
        client = fastClient(*server);
        return true;
    }
    void stop() {
        client.reset();
        server.reset();
    }
    QList<RecordedRequest> apiRequests() const {
        QList<RecordedRequest> out;
        for (const auto &r : server->requests()) {
            if (r.path != QLatin1String("/oauth/token"))
                out << r;
        }
        return out;
    }
};

} // namespace m3ter::test
