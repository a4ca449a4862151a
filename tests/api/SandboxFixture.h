#pragma once

#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/ListBillsRequest.h"
#include "sandbox/SandboxServer.h"

#include <QTest>

#include <chrono>
#include <functional>
#include <memory>

namespace m3ter::test {

// The real sandbox on loopback (same thread as the client: everything is event-driven) and an
// ApiClient configured for it, for the integration tests of the API layer.
struct SandboxFixture {
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ApiClient> client;

    bool start(const sandbox::SandboxConfig &config) {
        server = std::make_unique<sandbox::SandboxServer>(config);
        if (!server->start())
            return false;
        client = std::make_unique<ApiClient>(connection());
        RetryPolicy fast;
        fast.setBaseDelay(std::chrono::milliseconds(50));
        client->setRetryPolicy(fast);
        client->setTransferTimeout(std::chrono::milliseconds(10000));
        return true;
    }

    ApiConnection connection() const {
        ApiConnection c;
        c.baseUrl = server->baseUrl();
        c.orgId = server->config().orgId;
        c.clientId = server->config().clientId;
        c.clientSecret = server->config().clientSecret;
        return c;
    }

    int logCount(const QString &route, int status = -1) const {
        return server->requestLog().countIf([&](const sandbox::RequestLogEntry &e) {
            return e.route == route && (status < 0 || e.status == status);
        });
    }
};

// Waits (spinning the event loop, test code only) until request finished.
inline bool finishes(const ApiRequest &request, int timeoutMs = 15000) {
    return QTest::qWaitFor([&] { return request.isFinished(); }, timeoutMs);
}

struct PagedBills {
    QList<Bill> bills;
    int pages = 0;
    ApiError error;
};

// Pages through every bill of filter, as the bill table model will; afterPage(n) runs after
// page n (1-based) arrived, e.g. to expire tokens or arm faults.
inline PagedBills pageAllBills(ApiClient *client, const BillFilter &filter,
                               const std::function<void(int)> &afterPage = {}) {
    PagedBills out;
    QString token;
    do {
        ListBillsRequest request(client, filter, token);
        request.setParseOffThread(true);
        request.start();
        if (!finishes(request) || !request.ok()) {
            out.error = request.isFinished() ? request.error() : ApiError::cancelled();
            return out;
        }
        out.bills += request.result().items;
        ++out.pages;
        token = request.result().hasMore() ? request.result().nextToken : QString();
        if (afterPage)
            afterPage(out.pages);
    } while (!token.isEmpty());
    return out;
}

} // namespace m3ter::test
