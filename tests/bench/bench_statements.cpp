// bench_statements: generates and downloads the JSON and CSV statements of many bills through
// the real client stack (ApiClient + StatementQueue) against the sandbox, and reports what it
// costs: wall time, API requests per bill, downloads, peak and download-phase memory. See
// docs/BENCHMARKS.md for what each figure means.
//
// Each run (one process, the sandbox in its own thread, a fresh sandbox per run):
//  1. setup, not measured: the bills are listed through the API (their id, account code and
//     date name the target files), then the request log is cleared and the client pauses 1 s
//     so the pacer and the sandbox's rate limiter start the measured phase with full buckets;
//  2. measured: StatementQueue::submit(all bills, includeCsv) until idle(), then every file is
//     counted on disk. VmRSS is sampled every 100 ms on the GUI thread.
#include "BenchSupport.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ListBillsRequest.h"
#include "domain/Bill.h"
#include "domain/BillFilter.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxThread.h"
#include "statements/StatementQueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTimer>

#include <optional>

using namespace m3ter;
using bench::out;

namespace {

// A field of /proc/self/status in bytes ("VmRSS", "VmHWM"); 0 if not found.
qint64 procStatusBytes(const char *field) {
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const QByteArray kb = line.mid(prefix.size()).trimmed().split(' ').value(0);
            return kb.toLongLong() * 1024;
        }
    }
    return 0;
}

void sleepMs(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Lists every bill of the organization (pages of 100), as the bill list would know them.
std::optional<QList<StatementRequestItem>> listBills(ApiClient *client) {
    QList<StatementRequestItem> items;
    QString token;
    for (;;) {
        ApiCall *call = client->get(
            QStringLiteral("bills"),
            ListBillsRequest::query(BillFilter(), token, ListBillsRequest::kMaxPageSize));
        QEventLoop loop;
        QByteArray body;
        bool ok = false;
        QObject::connect(call, &ApiCall::finished, &loop, [&] {
            ok = call->ok();
            body = call->body();
            loop.quit();
        });
        loop.exec();
        if (!ok)
            return std::nullopt;
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        const QJsonArray data = page.value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : data) {
            const Parsed<Bill> bill = Bill::fromJson(value.toObject());
            if (!bill.ok())
                return std::nullopt;
            items.append({bill->id, bill->accountCode, bill->billDate});
        }
        token = page.value(QLatin1String("nextToken")).toString();
        if (data.isEmpty() || token.isEmpty())
            return items;
    }
}

struct Run {
    int bills = 0;
    int complete = 0;
    int failed = 0;
    int jsonFiles = 0;
    int csvFiles = 0;
    qint64 fileBytes = 0;
    qint64 wallNs = 0;
    qint64 firstDownloadNs = -1; // since submit()
    qint64 lastDownloadEndNs = -1;
    int apiRequests = 0; // every request on the API origin, 429s included
    int throttled = 0;   // of which answered 429
    QMap<QString, int> apiByRoute;
    int downloads = 0; // requests on the download origin
    qint64 rssAtDownloadStart = 0;
    qint64 rssMaxInDownloads = 0;
    qint64 rssAtEnd = 0;
    qint64 rssMinInDownloads = 0;
    int rssSamplesInDownloads = 0;
    qint64 peakRss = 0; // VmHWM of the process after the run
};

std::optional<Run> runOnce(int bills, double jobSeconds, int downloads) {
    sandbox::SandboxConfig config;
    config.seed = 42;
    config.bills = bills;
    config.jobSeconds = jobSeconds;
    config.rateLimitPerSecond = 50;
    sandbox::SandboxThread server(config);
    if (!server.start()) {
        out() << "sandbox failed: " << server.errorString() << Qt::endl;
        return std::nullopt;
    }
    ApiConnection connection;
    connection.baseUrl = server.baseUrl();
    connection.orgId = server.config().orgId;
    connection.clientId = server.config().clientId;
    connection.clientSecret = server.config().clientSecret;
    ApiClient client(connection); // default RequestPacer: 50 req/s

    const auto items = listBills(&client);
    if (!items || items->size() != bills) {
        out() << "listing the bills failed" << Qt::endl;
        return std::nullopt;
    }
    sleepMs(1000); // let both token buckets refill; the token is already cached
    server.requestLog().clear();

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "no temporary directory" << Qt::endl;
        return std::nullopt;
    }
    const QString root = dir.filePath(QStringLiteral("statements"));
    StatementQueue queue(&client, dir.filePath(QStringLiteral("queue-state.json")), root);
    queue.setMaxConcurrentDownloads(downloads);

    Run run;
    run.bills = bills;
    struct Sample {
        qint64 ns;
        qint64 rss;
    };
    QVector<Sample> samples;
    samples.reserve(4096);
    qint64 t0 = 0;
    QTimer sampler;
    sampler.setInterval(100);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        samples.append({bench::monotonicNs() - t0, procStatusBytes("VmRSS")});
    });
    QObject::connect(&queue, &StatementQueue::jobChanged, [&](int entryId) {
        const StatementEntry *e = queue.entry(entryId);
        if (!e)
            return;
        const qint64 now = bench::monotonicNs() - t0;
        if (e->stage == StatementEntry::Stage::Downloading && run.firstDownloadNs < 0) {
            run.firstDownloadNs = now;
            run.rssAtDownloadStart = procStatusBytes("VmRSS");
        } else if (e->stage == StatementEntry::Stage::Downloaded) {
            run.lastDownloadEndNs = now;
        }
    });
    QObject::connect(&queue, &StatementQueue::batchFinished, [&](int, int complete, int failed) {
        run.complete = complete;
        run.failed = failed;
    });

    QEventLoop loop;
    QObject::connect(&queue, &StatementQueue::idle, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });

    t0 = bench::monotonicNs();
    samples.append({0, procStatusBytes("VmRSS")});
    sampler.start();
    timeout.start(600000);
    if (queue.submit(*items, /*includeCsv=*/true) == 0) {
        out() << "nothing submitted" << Qt::endl;
        return std::nullopt;
    }
    loop.exec();
    // Idle means every entry settled; the files are on disk once Downloaded (QSaveFile commit).
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".json")))
            ++run.jsonFiles;
        else if (path.endsWith(QLatin1String(".csv")))
            ++run.csvFiles;
        run.fileBytes += QFileInfo(path).size();
    }
    run.wallNs = bench::monotonicNs() - t0;
    sampler.stop();
    run.rssAtEnd = procStatusBytes("VmRSS");
    run.peakRss = procStatusBytes("VmHWM");
    if (timedOut) {
        out() << "timed out after 600 s: " << queue.finishedCount() << " of " << queue.count()
              << " entries finished" << Qt::endl;
        return std::nullopt;
    }

    sandbox::RequestLog &log = server.requestLog();
    for (const sandbox::RequestLogEntry &entry : log.entries()) {
        if (entry.origin == QLatin1String("download")) {
            ++run.downloads;
            continue;
        }
        ++run.apiRequests;
        ++run.apiByRoute[entry.route.isEmpty() ? QStringLiteral("(no route)") : entry.route];
        if (entry.status == 429)
            ++run.throttled;
    }
    if (log.total() != run.apiRequests + run.downloads)
        out() << "warning: request log dropped entries (" << log.total() << " seen)" << Qt::endl;

    run.rssMinInDownloads = run.rssAtDownloadStart;
    run.rssMaxInDownloads = run.rssAtDownloadStart;
    for (const Sample &s : samples) {
        if (s.ns < run.firstDownloadNs || s.ns > run.lastDownloadEndNs)
            continue;
        run.rssMinInDownloads = qMin(run.rssMinInDownloads, s.rss);
        run.rssMaxInDownloads = qMax(run.rssMaxInDownloads, s.rss);
        ++run.rssSamplesInDownloads;
    }
    return run;
}

double ms(qint64 ns) {
    return double(ns) / 1e6;
}
double mib(qint64 bytes) {
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.setApplicationDescription(
        QStringLiteral("Generates and downloads JSON + CSV statements of sandbox bills."));
    options.addHelpOption();
    const QCommandLineOption billsOption(QStringLiteral("bills"), QStringLiteral("Bills."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption jobOption(QStringLiteral("job-seconds"),
                                       QStringLiteral("Sandbox statement job time."),
                                       QStringLiteral("s"), QStringLiteral("2"));
    const QCommandLineOption downloadsOption(
        QStringLiteral("downloads"), QStringLiteral("StatementQueue::setMaxConcurrentDownloads."),
        QStringLiteral("n"), QString::number(StatementQueue::kDefaultMaxConcurrentDownloads));
    options.addOptions({billsOption, runsOption, jobOption, downloadsOption});
    options.process(app);
    const int bills = qMax(1, options.value(billsOption).toInt());
    const int runs = qMax(1, options.value(runsOption).toInt());
    const double jobSeconds = options.value(jobOption).toDouble();
    const int downloads = qMax(1, options.value(downloadsOption).toInt());
    constexpr double kRatePerSecond = 50.0;

    QVector<double> wallS, perBill, apiCounts, downloadCounts, downloadS, targetS, growthMiB,
        peakMiB;
    int failures = 0;
    for (int i = 0; i < runs; ++i) {
        const auto r = runOnce(bills, jobSeconds, downloads);
        if (!r)
            return 1;
        const int expected = 2 * bills;
        const bool allOnDisk = r->jsonFiles == bills && r->csvFiles == bills;
        if (!allOnDisk || r->complete != bills)
            ++failures;
        const double downloadTime = ms(r->lastDownloadEndNs - r->firstDownloadNs) / 1000.0;
        const double target =
            1.5 * (double(r->apiRequests) / kRatePerSecond + jobSeconds + downloadTime);
        wallS << ms(r->wallNs) / 1000.0;
        perBill << double(r->apiRequests) / double(bills);
        apiCounts << double(r->apiRequests);
        downloadCounts << double(r->downloads);
        downloadS << downloadTime;
        targetS << target;
        growthMiB << mib(r->rssMaxInDownloads - r->rssAtDownloadStart);
        peakMiB << mib(r->peakRss);
        out() << "run " << i + 1 << ": " << bills << " bills, " << r->complete << " complete, "
              << r->failed << " failed; files on disk " << r->jsonFiles << " json + " << r->csvFiles
              << " csv of " << expected << " (" << mib(r->fileBytes) << " MiB); wall "
              << wallS.last() << " s" << Qt::endl;
        out() << "  API requests " << r->apiRequests << " = " << perBill.last()
              << " per bill (429s: " << r->throttled << "):";
        for (auto it = r->apiByRoute.cbegin(); it != r->apiByRoute.cend(); ++it)
            out() << ' ' << it.key() << '=' << it.value();
        out() << Qt::endl;
        out() << "  downloads " << r->downloads << "; first download started at "
              << ms(r->firstDownloadNs) / 1000.0 << " s, last finished at "
              << ms(r->lastDownloadEndNs) / 1000.0 << " s => download time " << downloadTime << " s"
              << Qt::endl;
        out() << "  RSS at download start " << mib(r->rssAtDownloadStart) << " MiB, during "
              << "downloads min " << mib(r->rssMinInDownloads) << " max "
              << mib(r->rssMaxInDownloads) << " MiB (" << r->rssSamplesInDownloads
              << " samples), at end " << mib(r->rssAtEnd) << " MiB; VmHWM " << peakMiB.last()
              << " MiB" << Qt::endl;
        out() << "  target: wall <= 1.5 x (" << r->apiRequests << " / 50 + " << jobSeconds << " + "
              << downloadTime << ") = " << target << " s => "
              << (wallS.last() <= target ? "met" : "MISSED") << Qt::endl;
    }

    const double wall = bench::median(wallS);
    const double target = bench::median(targetS);
    const double requestsPerBill = bench::median(perBill);
    out() << Qt::endl
          << "SUMMARY (medians of " << runs << " run(s); " << bills << " bills, JSON + CSV, job "
          << jobSeconds << " s, sandbox 50 req/s, " << downloads << " concurrent downloads)"
          << Qt::endl
          << "  wall, submit() -> idle, files on disk  " << wall << " s" << Qt::endl
          << "  API requests                           " << bench::median(apiCounts) << " = "
          << requestsPerBill
          << " per bill  (target <= 0.5: " << (requestsPerBill <= 0.5 ? "met" : "MISSED") << ")"
          << Qt::endl
          << "  downloads                              " << bench::median(downloadCounts)
          << "  (files expected " << 2 * bills << ")" << Qt::endl
          << "  download time (first start -> last end) " << bench::median(downloadS) << " s"
          << Qt::endl
          << "  wall target 1.5 x (req/50 + job + dl)  " << target << " s  ("
          << (wall <= target ? "met" : "MISSED") << ", wall/budget " << wall / (target / 1.5) << ")"
          << Qt::endl
          << "  RSS growth during downloads            " << bench::median(growthMiB) << " MiB"
          << Qt::endl
          << "  peak RSS (VmHWM)                       " << bench::median(peakMiB) << " MiB"
          << Qt::endl
          << "  runs with missing files or failures    " << failures << Qt::endl;
    return failures == 0 ? 0 : 2;
}
