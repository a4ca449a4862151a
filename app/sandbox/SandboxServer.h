#pragma once

#include "FaultInjector.h"
#include "RequestLog.h"
#include "SandboxConfig.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace m3ter::sandbox {

class AccessTokenStore;
class HttpListener;
class SandboxStore;
struct FaultSpec;
struct HttpReply;
struct RequestContext;

// The m3ter-compatible sandbox: the Config API (token, bills, line items, accounts, statements,
// statement jobs) on one loopback listener and presigned statement downloads on a second one,
// over generated data. Lives in the thread that creates it; see SandboxThread to run it in its
// own thread.
class SandboxServer : public QObject {
public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (config ports, 0 = ephemeral). False, with errorString(), on failure.
    bool start();
    QString errorString() const { return m_error; }

    // http://127.0.0.1:<port>; the token URL is baseUrl() + "/oauth/token".
    QUrl baseUrl() const;
    QUrl downloadBaseUrl() const;
    // The config with orgId resolved and the actual ports filled in after start().
    const SandboxConfig &config() const;

    FaultInjector &faults() { return m_faults; }
    RequestLog &requestLog() { return m_log; }
    SandboxStore &store();
    AccessTokenStore &tokens();

private:
    void handleApi(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleDownload(const QHttpServerRequest &request, QTcpSocket *socket);
    HttpReply dispatchApi(RequestContext &request);
    void finish(const QString &origin, const RequestContext &request, QTcpSocket *socket,
                HttpReply reply, const std::optional<FaultSpec> &fault);

    struct Parts;
    std::unique_ptr<Parts> d;
    FaultInjector m_faults;
    RequestLog m_log;
    QString m_error;
};

} // namespace m3ter::sandbox
