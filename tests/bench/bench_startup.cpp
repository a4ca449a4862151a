// bench_startup: time from process start to the first bill rows painted in `m3ter-bills --demo`.
//
// The app is run unmodified. The clock starts here, just before QProcess forks and execs it;
// inside it, bench_startup_probe (LD_PRELOAD) stamps the milestones with the same
// CLOCK_MONOTONIC and asks the app to quit (see BenchStartupProbe.cpp). Every run gets an empty
// XDG config home, so the app starts with its default filter and no saved window state, and
// runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise (e.g. xcb under
// xvfb-run).
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using bench::out;

namespace {

#ifndef BENCH_APP_PATH
#define BENCH_APP_PATH ""
#endif

struct Run {
    double loaded = 0, qapp = 0, firstPaint = 0, billsReply = 0, rows = 0; // ms after start
    int rowCount = 0;
};

bool runOnce(const QString &app, const QString &probe, int timeoutMs, Run *run) {
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), probe);
    env.insert(QStringLiteral("BENCH_STARTUP_QUIT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QLatin1String("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QLatin1String("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QLatin1String("/data"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Only the bills reply is wanted from the log; debug output costs little.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("m3ter.api.debug=true"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(app);
    process.setArguments({QStringLiteral("--demo")});
    const qint64 t0 = bench::monotonicNs();
    process.start();
    if (!process.waitForStarted(timeoutMs) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        out() << "run timed out or failed to start: " << process.errorString() << Qt::endl;
        return false;
    }
    const QString log = QString::fromLocal8Bit(process.readAllStandardError());
    static const QRegularExpression line(QStringLiteral(
        "BENCH_STARTUP loaded=(\\d+) qapp=(\\d+) firstpaint=(\\d+) billsreply=(\\d+) "
        "rows=(\\d+) rowcount=(\\d+)"));
    const QRegularExpressionMatch m = line.match(log);
    if (!m.hasMatch()) {
        out() << "no BENCH_STARTUP line; app output:\n" << log << Qt::endl;
        return false;
    }
    auto at = [&](int i) {
        const qint64 t = m.captured(i).toLongLong();
        return t == 0 ? -1.0 : double(t - t0) / 1e6;
    };
    run->loaded = at(1);
    run->qapp = at(2);
    run->firstPaint = at(3);
    run->billsReply = at(4);
    run->rows = at(5);
    run->rowCount = m.captured(6).toInt();
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.setApplicationDescription(
        QStringLiteral("Times m3ter-bills --demo from process start to first rows painted."));
    options.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("m3ter-bills binary."),
                                       QStringLiteral("path"), QStringLiteral(BENCH_APP_PATH));
    const QCommandLineOption probeOption(QStringLiteral("probe"),
                                         QStringLiteral("bench_startup_probe library."),
                                         QStringLiteral("path"), QStringLiteral(BENCH_PROBE_PATH));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    options.addOptions({appOption, probeOption, runsOption});
    options.process(app);
    const QString appPath = options.value(appOption);
    const QString probe = options.value(probeOption);
    if (appPath.isEmpty() || !QFileInfo(appPath).isExecutable()) {
        out() << "m3ter-bills not found; pass --app" << Qt::endl;
        return 1;
    }
    const int runs = qMax(1, options.value(runsOption).toInt());

    // One unmeasured run warms the page cache (shared libraries, fonts), as on a desktop where
    // Qt apps have run before. Its figure is printed as "cold-ish" for reference.
    Run warmup;
    if (!runOnce(appPath, probe, 60000, &warmup))
        return 1;
    out() << "warm-up run: first rows painted after " << warmup.rows << " ms" << Qt::endl;

    QVector<double> loaded, qapp, firstPaint, billsReply, rows;
    for (int i = 0; i < runs; ++i) {
        Run run;
        if (!runOnce(appPath, probe, 60000, &run))
            return 1;
        loaded << run.loaded;
        qapp << run.qapp;
        firstPaint << run.firstPaint;
        billsReply << run.billsReply;
        rows << run.rows;
        out() << "run " << i + 1 << ": main() entered (lib loaded) " << run.loaded
              << " ms, QApplication " << run.qapp << " ms, first paint " << run.firstPaint
              << " ms, first bills reply " << run.billsReply << " ms, first rows painted "
              << run.rows << " ms (" << run.rowCount << " rows)" << Qt::endl;
    }
    out() << Qt::endl
          << "SUMMARY (median of " << runs << " runs, ms after process start)" << Qt::endl
          << "  libraries loaded      " << bench::median(loaded) << Qt::endl
          << "  QApplication ready    " << bench::median(qapp) << Qt::endl
          << "  first paint (window)  " << bench::median(firstPaint) << Qt::endl
          << "  first bills reply     " << bench::median(billsReply) << Qt::endl
          << "  first rows painted    " << bench::median(rows) << "  (target <= 1000; min "
          << bench::percentile(rows, 0.0) << ", max " << bench::percentile(rows, 1.0) << ")"
          << Qt::endl;
    return 0;
}
