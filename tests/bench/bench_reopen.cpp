// bench_reopen: the app reopened on a connection whose local store holds many bills (default
// 100,000, the figure).
//
// Once: a Session with a local copy reads every bill of the sandbox (unpaced), so the store holds
// the complete list as the app would have left it. Then each run builds what the app builds on
// start — a Session on that store and the real MainWindow (table view, detail pane, statements
// dock, status bar) shown at 1280×800 — calls start(), and measures on the GUI thread:
// - from building the Session (launch, after QApplication) to the first paint of the table's
//   viewport with rows in the model;
// - from there to every stored bill in the model (sortable and searchable);
// - the event-loop latency (a 1 ms precise timer) from start() until then, and, online, until
//   the refresh merged into the stored rows is complete (the API's pages at its 50 requests/s);
// - online: the refresh's wall time and the GUI thread's CPU per bill during it.
// Offline (--offline, the default is both) the sandbox's port is closed, so the stored bills are
// all there is.
#include "BenchSupport.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/RequestPacer.h"
#include "auth/Profile.h"
#include "models/BillTableModel.h"
#include "sandbox/SandboxThread.h"
#include "session/Session.h"
#include "store/BillStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

using namespace m3ter;
using bench::out;

namespace {

double ms(qint64 ns) {
    return double(ns) / 1e6;
}

// Stamps the first paint of a viewport while its model has rows.
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(QAbstractItemView *view)
        : m_view(view) {
        view->viewport()->installEventFilter(this);
    }
    qint64 atNs() const { return m_atNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (m_atNs == 0 && event->type() == QEvent::Paint && watched == m_view->viewport() &&
            m_view->model() && m_view->model()->rowCount() > 0) {
            // The paint runs after this returns and is part of the first screen: the stamp is
            // taken on the next turn of the event loop.
            m_view->viewport()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] { m_atNs = bench::monotonicNs(); });
        }
        return false;
    }

private:
    QAbstractItemView *m_view;
    qint64 m_atNs = 0;
};

bool waitUntil(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // so the timeout is noticed while nothing else happens
    wake.start(50);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        // Sleeps until something happens (a reply, a timer): a loop that polled would be
        // GUI-thread CPU of its own, counted as the app's.
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

Profile benchProfile(const QUrl &baseUrl, const sandbox::SandboxConfig &config) {
    Profile profile;
    profile.id = QStringLiteral("bench-reopen");
    profile.displayName = QStringLiteral("Bench");
    profile.baseUrl = baseUrl;
    profile.orgId = config.orgId;
    profile.clientId = config.clientId;
    return profile;
}

struct Reopen {
    qint64 firstPaintNs = 0, allStoredNs = 0, refreshNs = 0;
    qint64 stallMaxNs = 0, stallP99Ns = 0, busyMaxNs = 0;                // until every stored row
    qint64 mergeStallMaxNs = 0, mergeStallP99Ns = 0, mergeBusyMaxNs = 0; // during the refresh
    qint64 mergeGuiCpuNs = 0;
    int rows = 0;
};

std::optional<Reopen> reopen(const Profile &profile, const QString &secret,
                             const Session::Options &options, int bills, bool online) {
    QSettings().clear();
    QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
    bench::LatencyMonitor monitor;
    Reopen r;
    const qint64 t0 = bench::monotonicNs();
    Session session(profile, secret, options);
    MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    FirstPaintProbe paint(window.billView());
    BillTableModel *model = window.billModel();
    // The window's first paint (empty, before start() asks for bills) is part of the launch,
    // measured by the first rows painted; loading starts with start().
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    monitor.start();
    window.start();
    if (!waitUntil([&] { return model->loadedCount() >= bills; }, 60000)) {
        out() << "the stored bills did not all arrive: " << model->loadedCount() << Qt::endl;
        return std::nullopt;
    }
    r.allStoredNs = bench::monotonicNs() - t0;
    waitUntil([&] { return paint.atNs() != 0; }, 5000);
    r.firstPaintNs = paint.atNs() - t0;
    monitor.stop();
    if (qEnvironmentVariableIsSet("BENCH_REOPEN_VERBOSE")) {
        // When the GUI thread was busy for long: ms after start() (ticks are 1 ms apart).
        qint64 at = 0;
        for (int i = 0; i < monitor.latenciesNs().size(); ++i) {
            at += monitor.latenciesNs().at(i) + 1000000;
            if (monitor.busyNs().at(i) > 8000000)
                out() << "  busy " << ms(monitor.busyNs().at(i)) << " ms ending at " << ms(at)
                      << " ms" << Qt::endl;
        }
    }
    r.stallMaxNs = bench::percentile(monitor.latenciesNs(), 1.0);
    r.stallP99Ns = bench::percentile(monitor.latenciesNs(), 0.99);
    r.busyMaxNs = bench::percentile(monitor.busyNs(), 1.0);
    r.rows = model->loadedCount();
    if (!online)
        return r;

    // The refresh merged into the stored rows, to its end.
    monitor.start();
    const qint64 cpu0 = bench::threadCpuNs();
    if (!waitUntil([&] { return !model->isShowingStoredRows(); }, 600000)) {
        out() << "the refresh did not complete: " << model->errorText() << Qt::endl;
        return std::nullopt;
    }
    r.mergeGuiCpuNs = bench::threadCpuNs() - cpu0;
    r.refreshNs = bench::monotonicNs() - t0;
    monitor.stop();
    r.mergeStallMaxNs = bench::percentile(monitor.latenciesNs(), 1.0);
    r.mergeStallP99Ns = bench::percentile(monitor.latenciesNs(), 0.99);
    r.mergeBusyMaxNs = bench::percentile(monitor.busyNs(), 1.0);
    r.rows = model->rowCount();
    session.store()->flush();
    return r;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_reopen"));
    QCommandLineParser options;
    options.setApplicationDescription(
        QStringLiteral("Reopening the app on a local store of many bills (see the source)."));
    options.addHelpOption();
    const QCommandLineOption billsOption(QStringLiteral("bills"), QStringLiteral("Bills."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"),
                                           QStringLiteral("Only the runs with m3ter unreachable."));
    const QCommandLineOption onlineOption(QStringLiteral("online"),
                                          QStringLiteral("Only the runs with m3ter reachable."));
    options.addOptions({billsOption, runsOption, offlineOption, onlineOption});
    options.process(app);
    const int runs = qMax(1, options.value(runsOption).toInt());
    const bool doOffline = !options.isSet(onlineOption);
    const bool doOnline = !options.isSet(offlineOption);
    QStandardPaths::setTestModeEnabled(true); // the window's QSettings are not the user's

    sandbox::SandboxConfig config;
    config.seed = 42;
    config.bills = options.value(billsOption).toInt();
    config.accounts = 500;
    config.rateLimitPerSecond = 0;
    auto server = std::make_unique<sandbox::SandboxThread>(config);
    if (!server->start()) {
        out() << "sandbox failed: " << server->errorString() << Qt::endl;
        return 1;
    }
    const QString secret = server->config().clientSecret;
    const Profile profile = benchProfile(server->baseUrl(), server->config());
    QTemporaryDir folder;
    Session::Options sessionOptions;
    sessionOptions.keepLocalCopy = true;
    sessionOptions.storeFolder = folder.path();
    sessionOptions.stateFolder = folder.path();
    sessionOptions.statementsFolder = folder.path() + QStringLiteral("/statements");

    // The store as a complete read leaves it.
    {
        const qint64 t0 = bench::monotonicNs();
        Session session(profile, secret, sessionOptions);
        session.client()->pacer()->setMaxPerWindow(0);
        BillTableModel *model = session.bills();
        bool completed = false;
        QObject::connect(session.store(), &BillStore::refreshCompleted,
                         [&completed] { completed = true; });
        model->setFilter(BillFilter());
        model->loadAll();
        if (!waitUntil([&] { return completed; }, 900000)) {
            out() << "filling the store failed: " << model->errorText() << Qt::endl;
            return 1;
        }
        session.store()->flush();
        out() << "store filled with " << model->loadedCount() << " bills in "
              << ms(bench::monotonicNs() - t0) / 1000.0 << " s" << Qt::endl;
    }

    auto report = [](const char *title, const QVector<Reopen> &all, bool online) {
        QVector<double> paint, stored, stallMax, stallP99, busyMax, refresh, mStallMax, mStallP99,
            mBusyMax, mergeUs;
        for (const Reopen &r : all) {
            paint << ms(r.firstPaintNs);
            stored << ms(r.allStoredNs);
            stallMax << ms(r.stallMaxNs);
            stallP99 << ms(r.stallP99Ns);
            busyMax << ms(r.busyMaxNs);
            refresh << ms(r.refreshNs);
            mStallMax << ms(r.mergeStallMaxNs);
            mStallP99 << ms(r.mergeStallP99Ns);
            mBusyMax << ms(r.mergeBusyMaxNs);
            mergeUs << double(r.mergeGuiCpuNs) / 1e3 / qMax(1, r.rows);
        }
        out() << title << " (medians of " << all.size() << " runs, " << all.first().rows
              << " bills)" << Qt::endl
              << "  Session built → first rows painted   " << bench::median(paint) << " ms"
              << Qt::endl
              << "  Session built → every stored bill in " << bench::median(stored) << " ms"
              << Qt::endl
              << "  GUI latency from start() on         max " << bench::median(stallMax)
              << " ms, p99 " << bench::median(stallP99) << " ms (GUI CPU between ticks max "
              << bench::median(busyMax) << " ms)" << Qt::endl;
        if (online) {
            out() << "  Session built → refresh merged, whole " << bench::median(refresh) / 1000.0
                  << " s" << Qt::endl
                  << "  during the merge: latency max   " << bench::median(mStallMax) << " ms, p99 "
                  << bench::median(mStallP99) << " ms (GUI CPU between ticks max "
                  << bench::median(mBusyMax) << " ms); GUI CPU " << bench::median(mergeUs)
                  << " µs per bill" << Qt::endl;
        }
    };

    if (doOnline) {
        QVector<Reopen> all;
        for (int run = 0; run < runs; ++run) {
            const auto r = reopen(profile, secret, sessionOptions, config.bills, true);
            if (!r)
                return 1;
            all << *r;
        }
        report("Reopen, m3ter reachable (50 requests/s)", all, true);
    }
    if (doOffline) {
        const Profile offline =
            benchProfile(QUrl(QStringLiteral("http://127.0.0.1:9")), server->config());
        QVector<Reopen> all;
        for (int run = 0; run < runs; ++run) {
            const auto r = reopen(offline, secret, sessionOptions, config.bills, false);
            if (!r)
                return 1;
            all << *r;
        }
        report("Reopen, m3ter unreachable", all, false);
    }
    return 0;
}
