// bench_statements: generates and downloads the JSON and CSV statements of many bills through
// the real client stack (ApiClient + StatementQueue) against the sandbox, and reports what it
// costs: wall time, API requests per bill, downloads, and the client's memory. See
// docs/BENCHMARKS.md for what each figure means.
//
// Each run starts a fresh m3ter-sandbox in a process of its own (seed 42, 50 req/s,
// --log-requests; --statement-kb pads the statement files), so every byte of this process's RSS
// is the client's: ApiClient, StatementQueue and its downloads (plus this bench's bookkeeping).
//  1. setup, not measured: the bills are listed through the API (their id, account code and
//     date name the target files), then the client pauses 1 s so the pacer and the sandbox's
//     rate limiter start the measured phase with full buckets; the sandbox's request lines so
//     far are drained and the counters reset, and the peak-RSS mark (VmHWM) is reset;
//  2. measured: StatementQueue::submit(all bills, includeCsv) until idle(), then every file is
//     counted on disk. VmRSS is sampled every 100 ms; VmHWM is read at the end. The app's
//     StatementPanel is shown on the queue (unless --no-panel) and a 1 ms timer measures the
//     GUI event loop's latency over the measured phase. --stalls MS also times every event the
//     GUI thread delivers and lists those of MS or more, with the receiver's class and the
//     event type (BenchEventTrace.h), to find what blocks it.
#include "BenchEventTrace.h"
#include "BenchSandboxProcess.h"
#include "BenchSupport.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ListBillsRequest.h"
#include "domain/Bill.h"
#include "domain/BillFilter.h"
#include "statements/StatementJobPoller.h"
#include "statements/StatementPanel.h"
#include "statements/StatementQueue.h"

#include <QApplication>
#include <QCommandLineParser>
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

#include <memory>
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

// Resets VmHWM to the current RSS (Linux >= 4.0), so the peak read later is the measured
// phase's. False if the kernel refused.
bool resetPeakRss() {
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
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

struct Options {
    QString sandbox;
    int bills = 1000;
    double jobSeconds = 2;
    int downloads = StatementQueue::kDefaultMaxConcurrentDownloads;
    int statementKb = 0;
    bool panel = true;
    double stallsMs = -1; // < 0: no event tracing
};

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
    bench::SandboxProcess::Counts requests;
    int pollerLists = 0;   // of the API requests: list pages the poller read
    int pollerSingles = 0; // and GET …/statementjobs/{id} requests it sent
    bool peakReset = false;
    qint64 rssAtSubmit = 0;
    qint64 rssAtDownloadStart = 0;
    qint64 rssMaxInDownloads = 0;
    qint64 rssAtEnd = 0;
    int rssSamplesInDownloads = 0;
    qint64 peakRss = 0;        // VmHWM of this process over the measured phase
    qint64 sandboxPeakRss = 0; // VmHWM of the sandbox process, for reference
    qint64 latencyMaxNs = 0;   // GUI event-loop latency over the measured phase
    qint64 latencyP99Ns = 0;
    qint64 busyMaxNs = 0; // GUI thread CPU between two ticks
    qint64 guiCpuNs = 0;  // the GUI thread's CPU time over the measured phase
    qint64 submitNs = 0;  // the submit() call itself (the user's click, in the app)
    qint64 submitCpuNs = 0;
};

std::optional<Run> runOnce(const Options &o) {
    bench::SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(o.sandbox,
                       {QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--bills"),
                        QString::number(o.bills), QStringLiteral("--job-seconds"),
                        QString::number(o.jobSeconds), QStringLiteral("--rate-limit"),
                        QStringLiteral("50"), QStringLiteral("--statement-kb"),
                        QString::number(o.statementKb)},
                       &error)) {
        out() << "sandbox failed: " << error << Qt::endl;
        return std::nullopt;
    }
    ApiConnection connection;
    connection.baseUrl = sandbox.baseUrl;
    connection.orgId = sandbox.orgId;
    connection.clientId = sandbox.clientId;
    connection.clientSecret = sandbox.clientSecret;
    ApiClient client(connection); // default RequestPacer: 50 req/s

    const auto items = listBills(&client);
    if (!items || items->size() != o.bills) {
        out() << "listing the bills failed" << Qt::endl;
        return std::nullopt;
    }
    sleepMs(1000); // let both token buckets refill; the token is already cached
    sandbox.resetCounts();

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "no temporary directory" << Qt::endl;
        return std::nullopt;
    }
    const QString root = dir.filePath(QStringLiteral("statements"));
    StatementQueue queue(&client, dir.filePath(QStringLiteral("queue-state.json")), root);
    queue.setMaxConcurrentDownloads(o.downloads);
    // The panel the app docks beside the table, following every job as the user would see it.
    std::unique_ptr<StatementPanel> panel;
    if (o.panel) {
        panel = std::make_unique<StatementPanel>(&queue);
        panel->resize(420, 700);
        panel->show();
    }
    bench::LatencyMonitor latency;

    Run run;
    run.bills = o.bills;
    struct Sample {
        qint64 ns;
        qint64 rss;
    };
    QVector<Sample> samples;
    samples.reserve(8192);
    qint64 t0 = 0;
    QTimer sampler;
    sampler.setInterval(100);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        samples.append({bench::monotonicNs() - t0, procStatusBytes("VmRSS")});
    });
    QObject::connect(&queue, &StatementQueue::entryChanged, [&](int entryId) {
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

    run.peakReset = resetPeakRss();
    run.rssAtSubmit = procStatusBytes("VmRSS");
    t0 = bench::monotonicNs();
    samples.append({0, run.rssAtSubmit});
    sampler.start();
    latency.start();
    auto *tracer = static_cast<bench::TracingApplication *>(QCoreApplication::instance());
    if (o.stallsMs >= 0)
        tracer->start(qint64(o.stallsMs * 1e6));
    timeout.start(900000);
    const qint64 guiCpu0 = bench::threadCpuNs();
    const qint64 submitCpu0 = guiCpu0;
    if (queue.submit(*items, /*includeCsv=*/true) == 0) {
        out() << "nothing submitted" << Qt::endl;
        return std::nullopt;
    }
    run.submitNs = bench::monotonicNs() - t0;
    run.submitCpuNs = bench::threadCpuNs() - submitCpu0;
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
    run.guiCpuNs = bench::threadCpuNs() - guiCpu0;
    sampler.stop();
    latency.stop();
    if (o.stallsMs >= 0) {
        tracer->stop();
        tracer->report(out());
    }
    run.latencyMaxNs = bench::percentile(latency.latenciesNs(), 1.0);
    run.latencyP99Ns = bench::percentile(latency.latenciesNs(), 0.99);
    run.busyMaxNs = bench::percentile(latency.busyNs(), 1.0);
    run.rssAtEnd = procStatusBytes("VmRSS");
    run.peakRss = procStatusBytes("VmHWM");
    run.pollerLists = queue.poller()->listRequestsSent();
    run.pollerSingles = queue.poller()->singleRequestsSent();
    if (timedOut) {
        out() << "timed out after 900 s: " << queue.finishedCount() << " of " << queue.count()
              << " entries finished" << Qt::endl;
        return std::nullopt;
    }
    sandbox.drain();
    run.requests = sandbox.counts;
    run.sandboxPeakRss = sandbox.statusBytes("VmHWM");
    sandbox.stop();

    run.rssMaxInDownloads = run.rssAtDownloadStart;
    for (const Sample &s : samples) {
        if (s.ns < run.firstDownloadNs || s.ns > run.lastDownloadEndNs)
            continue;
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
    // Offscreen unless told otherwise: the panel is shown, but no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    bench::TracingApplication app(argc, argv);
    QCommandLineParser options;
    options.setApplicationDescription(
        QStringLiteral("Generates and downloads JSON + CSV statements of sandbox bills; the "
                       "sandbox runs as a separate m3ter-sandbox process."));
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
    const QCommandLineOption sizeOption(
        QStringLiteral("statement-kb"),
        QStringLiteral("Pad every statement file to at least this many KiB (m3ter-sandbox "
                       "--statement-kb); 0 = natural size, ~2 KB."),
        QStringLiteral("kib"), QStringLiteral("0"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("The m3ter-sandbox executable."),
        QStringLiteral("path"), QStringLiteral(BENCH_SANDBOX_PATH));
    const QCommandLineOption noPanelOption(
        QStringLiteral("no-panel"), QStringLiteral("Run the queue without the StatementPanel."));
    const QCommandLineOption stallsOption(
        QStringLiteral("stalls"),
        QStringLiteral("Time every event delivered on the GUI thread during the measured phase "
                       "and list those that took at least this long, with the receiver's class "
                       "and the event type, plus the time per class and type."),
        QStringLiteral("ms"));
    options.addOptions({billsOption, runsOption, jobOption, downloadsOption, sizeOption,
                        sandboxOption, noPanelOption, stallsOption});
    options.process(app);
    Options o;
    o.sandbox = options.value(sandboxOption);
    o.bills = qMax(1, options.value(billsOption).toInt());
    o.jobSeconds = options.value(jobOption).toDouble();
    o.downloads = qMax(1, options.value(downloadsOption).toInt());
    o.statementKb = qMax(0, options.value(sizeOption).toInt());
    o.panel = !options.isSet(noPanelOption);
    if (options.isSet(stallsOption))
        o.stallsMs = qMax(0.0, options.value(stallsOption).toDouble());
    const int runs = qMax(1, options.value(runsOption).toInt());
    constexpr double kRatePerSecond = 50.0;

    QVector<double> wallS, perBill, apiCounts, downloadCounts, downloadS, targetS, growthMiB,
        peakMiB, submitMiB, sandboxMiB, fileKiB, latencyMaxMs, latencyP99Ms, busyMaxMs, guiCpuMs;
    int failures = 0;
    for (int i = 0; i < runs; ++i) {
        const auto r = runOnce(o);
        if (!r)
            return 1;
        const int expected = 2 * o.bills;
        const bool allOnDisk = r->jsonFiles == o.bills && r->csvFiles == o.bills;
        if (!allOnDisk || r->complete != o.bills)
            ++failures;
        const double downloadTime = ms(r->lastDownloadEndNs - r->firstDownloadNs) / 1000.0;
        const double target =
            1.5 * (double(r->requests.api) / kRatePerSecond + o.jobSeconds + downloadTime);
        wallS << ms(r->wallNs) / 1000.0;
        perBill << double(r->requests.api) / double(o.bills);
        apiCounts << double(r->requests.api);
        downloadCounts << double(r->requests.downloads);
        downloadS << downloadTime;
        targetS << target;
        growthMiB << mib(r->rssMaxInDownloads - r->rssAtDownloadStart);
        peakMiB << mib(r->peakRss);
        submitMiB << mib(r->rssAtSubmit);
        sandboxMiB << mib(r->sandboxPeakRss);
        latencyMaxMs << ms(r->latencyMaxNs);
        latencyP99Ms << ms(r->latencyP99Ns);
        busyMaxMs << ms(r->busyMaxNs);
        guiCpuMs << ms(r->guiCpuNs);
        fileKiB << double(r->fileBytes) / 1024.0 / qMax(1, r->jsonFiles + r->csvFiles);
        out() << "run " << i + 1 << ": " << o.bills << " bills, " << r->complete << " complete, "
              << r->failed << " failed; files on disk " << r->jsonFiles << " json + " << r->csvFiles
              << " csv of " << expected << " (" << mib(r->fileBytes) << " MiB); wall "
              << wallS.last() << " s" << Qt::endl;
        out() << "  API requests " << r->requests.api << " = " << perBill.last()
              << " per bill (429s: " << r->requests.throttled << "):";
        for (auto it = r->requests.apiByRoute.cbegin(); it != r->requests.apiByRoute.cend(); ++it)
            out() << ' ' << it.key() << '=' << it.value();
        out() << "; poller: " << r->pollerLists << " list pages, " << r->pollerSingles
              << " single-job GETs" << Qt::endl;
        out() << "  downloads " << r->requests.downloads << "; first download started at "
              << ms(r->firstDownloadNs) / 1000.0 << " s, last finished at "
              << ms(r->lastDownloadEndNs) / 1000.0 << " s => download time " << downloadTime << " s"
              << Qt::endl;
        out() << "  client RSS at submit " << mib(r->rssAtSubmit) << " MiB, at download start "
              << mib(r->rssAtDownloadStart) << " MiB, max during downloads "
              << mib(r->rssMaxInDownloads) << " MiB (" << r->rssSamplesInDownloads
              << " samples), at end " << mib(r->rssAtEnd) << " MiB; peak (VmHWM"
              << (r->peakReset ? ", measured phase" : ", whole process: reset refused") << ") "
              << peakMiB.last() << " MiB; sandbox process peak " << sandboxMiB.last() << " MiB"
              << Qt::endl;
        out() << "  GUI event-loop latency max " << latencyMaxMs.last() << " ms, p99 "
              << latencyP99Ms.last() << " ms; GUI thread CPU between ticks max " << busyMaxMs.last()
              << " ms; the submit() call " << ms(r->submitNs) << " ms (CPU " << ms(r->submitCpuNs)
              << "); GUI thread CPU over the run " << ms(r->guiCpuNs) << " ms" << Qt::endl;
        out() << "  target: wall <= 1.5 x (" << r->requests.api << " / 50 + " << o.jobSeconds
              << " + " << downloadTime << ") = " << target << " s => "
              << (wallS.last() <= target ? "met" : "MISSED") << Qt::endl;
    }

    const double wall = bench::median(wallS);
    const double target = bench::median(targetS);
    const double requestsPerBill = bench::median(perBill);
    out() << Qt::endl
          << "SUMMARY (medians of " << runs << " run(s); " << o.bills << " bills, JSON + CSV, job "
          << o.jobSeconds << " s, sandbox 50 req/s in its own process, statements "
          << (o.statementKb > 0 ? QStringLiteral("padded to %1 KiB").arg(o.statementKb)
                                : QStringLiteral("natural size"))
          << ", " << o.downloads << " concurrent downloads)" << Qt::endl
          << "  wall, submit() -> idle, files on disk  " << wall << " s" << Qt::endl
          << "  API requests                           " << bench::median(apiCounts) << " = "
          << requestsPerBill
          << " per bill  (target <= 0.5: " << (requestsPerBill <= 0.5 ? "met" : "MISSED") << ")"
          << Qt::endl
          << "  downloads                              " << bench::median(downloadCounts)
          << "  (files expected " << 2 * o.bills << ", average " << bench::median(fileKiB)
          << " KiB)" << Qt::endl
          << "  download time (first start -> last end) " << bench::median(downloadS) << " s"
          << Qt::endl
          << "  wall target 1.5 x (req/50 + job + dl)  " << target << " s  ("
          << (wall <= target ? "met" : "MISSED") << ", wall/budget " << wall / (target / 1.5) << ")"
          << Qt::endl
          << "  client RSS at submit                   " << bench::median(submitMiB) << " MiB"
          << Qt::endl
          << "  client RSS growth during downloads     " << bench::median(growthMiB) << " MiB"
          << Qt::endl
          << "  client peak RSS (VmHWM, measured phase) " << bench::median(peakMiB) << " MiB"
          << Qt::endl
          << "  sandbox process peak RSS (reference)   " << bench::median(sandboxMiB) << " MiB"
          << Qt::endl
          << "  GUI event-loop latency (" << (o.panel ? "with" : "without") << " the panel)  max "
          << bench::median(latencyMaxMs) << " ms, p99 " << bench::median(latencyP99Ms)
          << " ms  (target max <= 16, p99 <= 8)" << Qt::endl
          << "  GUI thread CPU between ticks, max      " << bench::median(busyMaxMs) << " ms"
          << Qt::endl
          << "  GUI thread CPU over the run            " << bench::median(guiCpuMs) << " ms"
          << Qt::endl
          << "  runs with missing files or failures    " << failures << Qt::endl;
    return failures == 0 ? 0 : 2;
}
