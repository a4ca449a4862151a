// bench_startup_probe: injected into the unmodified m3ter-bills with LD_PRELOAD by bench_startup.
//
// It registers Qt's startup hook (qtHookData[QHooks::Startup], the documented tooling hook that
// GammaRay uses), and from there installs an application event filter and a message handler.
// It records CLOCK_MONOTONIC times of:
//   loaded     this library's constructor ran (before main())
//   qapp       the QApplication was constructed (the startup hook)
//   firstpaint the first paint event of any widget
//   billsreply the first `GET …/bills -> 200` logged under m3ter.api (needs m3ter.api.debug)
//   rows       the first paint of an item view's viewport whose model has rows: the event queue
//              is back to idle after it (the paint and the backing-store flush are done)
// and prints them as one line on stderr: "BENCH_STARTUP loaded=… qapp=… … rows=… rowcount=…".
// With BENCH_STARTUP_QUIT=1 the app is then asked to quit.
#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <cstdio>
#include <ctime>

// Qt's tooling hook array (QtCore/private/qhooks_p.h, not installed by Debian). Indices are part
// of the hook ABI, versioned by qtHookData[HookDataVersion].
extern "C" Q_DECL_IMPORT quintptr qtHookData[];

namespace {

constexpr int kHookDataSize = 1;
constexpr int kStartupHook = 5;

qint64 monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Times {
    qint64 loaded = 0;
    qint64 qapp = 0;
    qint64 firstPaint = 0;
    qint64 billsReply = 0;
    qint64 rows = 0;
    int rowCount = 0;
};
Times g_times;
quintptr g_previousStartupHook = 0;
QtMessageHandler g_previousHandler = nullptr;

void report() {
    std::fprintf(stderr,
                 "BENCH_STARTUP loaded=%lld qapp=%lld firstpaint=%lld billsreply=%lld rows=%lld "
                 "rowcount=%d\n",
                 static_cast<long long>(g_times.loaded), static_cast<long long>(g_times.qapp),
                 static_cast<long long>(g_times.firstPaint),
                 static_cast<long long>(g_times.billsReply), static_cast<long long>(g_times.rows),
                 g_times.rowCount);
    std::fflush(stderr);
    if (qEnvironmentVariableIntValue("BENCH_STARTUP_QUIT") == 1)
        QCoreApplication::quit();
}

class PaintWatcher : public QObject {
public:
    bool eventFilter(QObject *object, QEvent *event) override {
        if (event->type() != QEvent::Paint || m_done || !object->isWidgetType())
            return false;
        if (g_times.firstPaint == 0)
            g_times.firstPaint = monotonicNs();
        auto *widget = static_cast<QWidget *>(object);
        auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
        if (view && view->viewport() == widget && view->model() && view->model()->rowCount() > 0) {
            m_done = true;
            g_times.rowCount = view->model()->rowCount();
            // Runs once this paint, the rest of the window's repaint and the flush are done.
            QMetaObject::invokeMethod(
                this,
                [] {
                    g_times.rows = monotonicNs();
                    report();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    bool m_done = false;
};

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (g_times.billsReply == 0 && context.category &&
        qstrcmp(context.category, "m3ter.api") == 0 && message.contains(QLatin1String("/bills")) &&
        message.contains(QLatin1String("-> 200"))) {
        g_times.billsReply = monotonicNs();
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void onStartup() {
    g_times.qapp = monotonicNs();
    auto *watcher = new PaintWatcher;
    watcher->setParent(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(watcher);
    g_previousHandler = qInstallMessageHandler(messageHandler);
    if (g_previousStartupHook)
        reinterpret_cast<void (*)()>(g_previousStartupHook)();
}

__attribute__((constructor)) void installProbe() {
    g_times.loaded = monotonicNs();
    if (qtHookData[kHookDataSize] <= quintptr(kStartupHook)) {
        std::fprintf(stderr, "bench_startup_probe: this Qt has no startup hook\n");
        return;
    }
    g_previousStartupHook = qtHookData[kStartupHook];
    qtHookData[kStartupHook] = reinterpret_cast<quintptr>(&onStartup);
}

} // namespace
