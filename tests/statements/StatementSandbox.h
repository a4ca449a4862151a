#pragma once

#include "api/ApiClient.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/StatementRenderer.h"
#include "statements/StatementFileNames.h"
#include "statements/StatementQueue.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

namespace m3ter::test {

// The real sandbox on loopback (same thread: everything is event-driven), an ApiClient for it,
// a temporary folder for statements and the queue file, and the sandbox-side answers the tests
// compare against.
struct StatementSandbox {
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ApiClient> client;
    QTemporaryDir dir;

    static sandbox::SandboxConfig config(double jobSeconds = 0.4) {
        sandbox::SandboxConfig c;
        c.seed = 7;
        c.accounts = 6;
        c.bills = 60;
        c.jobSeconds = jobSeconds;
        return c;
    }

    bool start(const sandbox::SandboxConfig &c = config()) {
        server = std::make_unique<sandbox::SandboxServer>(c);
        if (!server->start() || !dir.isValid())
            return false;
        ApiConnection connection;
        connection.baseUrl = server->baseUrl();
        connection.orgId = server->config().orgId;
        connection.clientId = server->config().clientId;
        connection.clientSecret = server->config().clientSecret;
        client = std::make_unique<ApiClient>(connection);
        RetryPolicy fast;
        fast.setBaseDelay(std::chrono::milliseconds(50));
        fast.setJitter(false);
        client->setRetryPolicy(fast);
        client->setTransferTimeout(std::chrono::milliseconds(5000));
        return true;
    }

    QString stateFile() const { return dir.filePath(QStringLiteral("state/queue.json")); }
    QString root() const { return dir.filePath(QStringLiteral("statements")); }
    QString orgId() const { return server->config().orgId; }

    std::unique_ptr<StatementQueue> makeQueue(const QString &targetRoot = {}) {
        auto queue = std::make_unique<StatementQueue>(client.get(), stateFile(),
                                                      targetRoot.isEmpty() ? root() : targetRoot);
        queue->setPollIntervals(std::chrono::milliseconds(50), std::chrono::milliseconds(300));
        queue->setSubmitRetryDelayMs(100);
        return queue;
    }

    StatementRequestItem item(int position) {
        sandbox::SandboxStore &store = server->store();
        return {store.billId(position), store.accountOf(position).code,
                QDate::fromJulianDay(store.bill(position).billDate)};
    }

    QList<StatementRequestItem> items(int n, int first = 0) {
        QList<StatementRequestItem> out;
        for (int i = first; i < first + n; ++i)
            out.append(item(i));
        return out;
    }

    QString expectedPath(const StatementRequestItem &i, StatementFormat format,
                         const QString &targetRoot = {}) const {
        return StatementFileNames::filePath(targetRoot.isEmpty() ? root() : targetRoot, orgId(),
                                            i.accountCode, i.billDate, i.billId, format);
    }

    QByteArray expectedBytes(const QString &billId, StatementFormat format) {
        sandbox::SandboxStore &store = server->store();
        const int pos = store.billPosition(billId);
        return format == StatementFormat::Json ? sandbox::StatementRenderer::json(store, pos)
                                               : sandbox::StatementRenderer::csv(store, pos);
    }

    int jobsForBill(const QString &billId) {
        sandbox::SandboxStore &store = server->store();
        const int pos = store.billPosition(billId);
        int n = 0;
        for (int i = 0; i < store.jobCount(); ++i)
            n += store.job(i).bill == pos ? 1 : 0;
        return n;
    }

    int requests(const QString &route) const { return server->requestLog().count(route); }

    int downloadRequestsWithAuthorization() const {
        return server->requestLog().countIf([](const sandbox::RequestLogEntry &e) {
            return e.origin == QLatin1String("download") && e.hasAuthorization;
        });
    }
    int downloadRequests() const {
        return server->requestLog().countIf([](const sandbox::RequestLogEntry &e) {
            return e.origin == QLatin1String("download");
        });
    }

    // Every file below folder, relative, sorted: a stray temporary file shows up here.
    static QStringList allFiles(const QString &folder) {
        QStringList out;
        QDir base(folder);
        const auto walk = [&](const auto &self, const QString &path) -> void {
            const QDir d(path);
            for (const QFileInfo &fi :
                 d.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
                if (fi.isDir())
                    self(self, fi.filePath());
                else
                    out.append(base.relativeFilePath(fi.filePath()));
            }
        };
        walk(walk, folder);
        out.sort();
        return out;
    }

    static QByteArray readFile(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

inline bool waitIdle(const StatementQueue &queue, int timeoutMs = 15000) {
    return QTest::qWaitFor([&] { return queue.count() > 0 && queue.isIdle(); }, timeoutMs);
}

} // namespace m3ter::test
