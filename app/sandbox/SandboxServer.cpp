#include "SandboxServer.h"

#include "AccountEndpoints.h"
#include "AdminEndpoint.h"
#include "AuthEndpoint.h"
#include "BillEndpoints.h"
#include "DataGenerator.h"
#include "DownloadEndpoint.h"
#include "HttpListener.h"
#include "HttpReply.h"
#include "Prng.h"
#include "RateLimiter.h"
#include "ReplySender.h"
#include "RequestContext.h"
#include "Router.h"
#include "SandboxContext.h"
#include "StatementEndpoints.h"
#include "StatementJobEndpoints.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace m3ter::sandbox {

namespace {

SandboxConfig resolved(SandboxConfig config) {
    if (config.orgId.isEmpty())
        config.orgId = DataGenerator::organizationId(config.seed).toString(QUuid::WithoutBraces);
    config.accounts = qMax(1, config.accounts);
    config.bills = qMax(0, config.bills);
    return config;
}

QByteArray randomKey() {
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                          key.size() / int(sizeof(quint32)));
    return key;
}

QByteArray seededKey(quint64 seed) {
    // Page tokens only need to be unforgeable in practice; deriving them from the seed keeps two
    // servers with the same seed byte-identical, nextToken included.
    Prng rng(Prng::mix(seed, "page-tokens"));
    QByteArray key;
    for (int i = 0; i < 4; ++i)
        key += QByteArray::number(rng.next(), 16);
    return key;
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct SandboxServer::Parts {
    explicit Parts(const SandboxConfig &config)
        : context{config, SandboxStore(config), UrlSigner(randomKey()),
                  PageToken(seededKey(config.seed)), QUrl()}
        , auth(context)
        , bills(context)
        , accounts(context)
        , statements(context)
        , jobs(context)
        , download(context)
        , admin(context)
        , rateLimiter(config.rateLimitPerSecond) {}

    SandboxContext context;
    AuthEndpoint auth;
    BillEndpoints bills;
    AccountEndpoints accounts;
    StatementEndpoints statements;
    StatementJobEndpoints jobs;
    DownloadEndpoint download;
    AdminEndpoint admin;
    RateLimiter rateLimiter;
    ReplySender sender;
    HttpListener *api = nullptr;
    HttpListener *files = nullptr;
};

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Parts>(resolved(std::move(config)))) {
    d->api = new HttpListener(
        [this](const QHttpServerRequest &r, QTcpSocket *s) { handleApi(r, s); }, this);
    d->files = new HttpListener(
        [this](const QHttpServerRequest &r, QTcpSocket *s) { handleDownload(r, s); }, this);
}

SandboxServer::~SandboxServer() {
    // The listeners (and their sockets, and pending delayed replies through ReplySender) go
    // before the data they refer to.
    delete d->api;
    delete d->files;
}

bool SandboxServer::start() {
    SandboxConfig &config = d->context.config;
    const quint16 apiPort = d->api->listen(QHostAddress::LocalHost, config.port);
    if (apiPort == 0) {
        m_error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(config.port);
        return false;
    }
    const quint16 filePort = d->files->listen(QHostAddress::LocalHost, config.downloadPort);
    if (filePort == 0) {
        m_error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(config.downloadPort);
        return false;
    }
    config.port = apiPort;
    config.downloadPort = filePort;
    d->context.downloadOrigin = downloadBaseUrl();
    return true;
}

QUrl SandboxServer::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->context.config.port);
    return url;
}

QUrl SandboxServer::downloadBaseUrl() const {
    QUrl url = baseUrl();
    url.setPort(d->context.config.downloadPort);
    return url;
}

const SandboxConfig &SandboxServer::config() const {
    return d->context.config;
}

SandboxStore &SandboxServer::store() {
    return d->context.store;
}

AccessTokenStore &SandboxServer::tokens() {
    return d->auth.tokens();
}

void SandboxServer::handleApi(const QHttpServerRequest &request, QTcpSocket *socket) {
    RequestContext context = RequestContext::from(request, nowMs());
    // The control route, when enabled: outside the API (no token, no rate limit, no faults) and
    // only for a client on this machine, whatever address the listener was given.
    if (d->context.config.adminRoute && AdminEndpoint::isAdminPath(context.path)) {
        context.route = QStringLiteral("admin");
        finish(
            QStringLiteral("api"), context, socket,
            socket->peerAddress().isLoopback()
                ? d->admin.handle(context)
                : HttpReply::error(404, QStringLiteral("No such resource: %1").arg(context.path)),
            std::nullopt);
        return;
    }
    const Router::Match match = Router::match(context.method, context.path);
    // Statement files exist only on the download origin, as with a real foreign host.
    if (match.route != QLatin1String("download")) {
        context.route = match.route;
        context.params = match.params;
    }
    std::optional<FaultSpec> fault;
    if (!context.route.isEmpty())
        fault = m_faults.take(context.route);

    HttpReply reply;
    if (fault && fault->kind == FaultSpec::Kind::Status) {
        reply = HttpReply::error(
            fault->status, QStringLiteral("Injected fault: %1 %2")
                               .arg(fault->status)
                               .arg(QString::fromLatin1(HttpReply::reasonPhrase(fault->status))));
        if (fault->retryAfterSeconds >= 0)
            reply.withHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
    } else if (!match.methodAllowed) {
        reply = HttpReply::error(405, QStringLiteral("Method %1 is not allowed on %2")
                                          .arg(QString::fromLatin1(context.method), context.path));
    } else {
        reply = dispatchApi(context);
    }
    finish(QStringLiteral("api"), context, socket, std::move(reply), fault);
}

HttpReply SandboxServer::dispatchApi(RequestContext &request) {
    const QString &route = request.route;
    if (route.isEmpty())
        return HttpReply::error(404, QStringLiteral("No such resource: %1").arg(request.path));
    if (route == QLatin1String("token"))
        return d->auth.issueToken(request);

    const QString &org = request.params.at(0);
    if (std::optional<HttpReply> denied = d->auth.authorize(request, org))
        return *denied;
    if (!d->rateLimiter.tryAcquire(org))
        return HttpReply::error(429, QStringLiteral("Too Many Requests: the organization's rate "
                                                    "limit of %1 requests per second was exceeded")
                                         .arg(d->context.config.rateLimitPerSecond))
            .withHeader("Retry-After", "1");
    d->context.store.settleJobs(request.nowMs);

    if (route == QLatin1String("bills.list"))
        return d->bills.list(request);
    if (route == QLatin1String("bills.get"))
        return d->bills.get(request);
    if (route == QLatin1String("lineitems.list"))
        return d->bills.listLineItems(request);
    if (route == QLatin1String("lineitems.get"))
        return d->bills.getLineItem(request);
    if (route == QLatin1String("accounts.list"))
        return d->accounts.list(request);
    if (route == QLatin1String("accounts.get"))
        return d->accounts.get(request);
    if (route == QLatin1String("statement.get"))
        return d->statements.getUrl(request);
    if (route == QLatin1String("statement.csv.create"))
        return d->statements.createCsv(request);
    if (route == QLatin1String("statementjobs.create"))
        return d->jobs.create(request);
    if (route == QLatin1String("statementjobs.batch"))
        return d->jobs.createBatch(request);
    if (route == QLatin1String("statementjobs.get"))
        return d->jobs.get(request);
    if (route == QLatin1String("statementjobs.list"))
        return d->jobs.list(request);
    if (route == QLatin1String("statementjobs.cancel"))
        return d->jobs.cancel(request);
    return HttpReply::error(404, QStringLiteral("No such resource: %1").arg(request.path));
}

void SandboxServer::handleDownload(const QHttpServerRequest &request, QTcpSocket *socket) {
    RequestContext context = RequestContext::from(request, nowMs());
    const Router::Match match = Router::match(context.method, context.path);
    if (match.route == QLatin1String("download")) {
        context.route = match.route;
        context.params = match.params;
    }
    std::optional<FaultSpec> fault;
    if (!context.route.isEmpty())
        fault = m_faults.take(context.route);
    HttpReply reply;
    if (fault && fault->kind == FaultSpec::Kind::Status) {
        reply = HttpReply::raw(fault->status, "text/plain", "Injected fault\n");
        if (fault->retryAfterSeconds >= 0)
            reply.withHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
    } else {
        d->context.store.settleJobs(context.nowMs);
        reply = d->download.handle(context);
    }
    finish(QStringLiteral("download"), context, socket, std::move(reply), fault);
}

void SandboxServer::finish(const QString &origin, const RequestContext &request, QTcpSocket *socket,
                           HttpReply reply, const std::optional<FaultSpec> &fault) {
    int delayMs = qMax(0, d->context.config.latencyMs);
    if (fault && fault->kind == FaultSpec::Kind::Delay)
        delayMs += fault->delayMs;
    if (fault && fault->kind == FaultSpec::Kind::MalformedJson) {
        reply.status = 200;
        reply.body = ReplySender::corrupt(reply.body);
    }

    RequestLogEntry entry;
    entry.origin = origin;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query.toString(QUrl::FullyEncoded);
    entry.route = request.route;
    entry.hasAuthorization = request.hasHeader("authorization");
    entry.authorization = request.header("authorization");
    entry.userAgent = request.header("user-agent");
    entry.contentType = request.header("content-type");
    entry.retryCount = request.header("x-stainless-retry-count");
    const bool noAnswer =
        fault && (fault->kind == FaultSpec::Kind::Reset || fault->kind == FaultSpec::Kind::Stall);
    entry.status = noAnswer ? 0 : reply.status;
    entry.fault = fault ? fault->kindString() : QString();
    entry.timeMs = request.nowMs;
    m_log.append(entry);

    d->sender.deliver(socket, std::move(reply), fault, delayMs);
}

} // namespace m3ter::sandbox
