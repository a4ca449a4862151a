// Regenerates docs/screenshots/*.png from the real main window in demo mode (run it under Xvfb or
// the offscreen platform; see .ci/screenshots). Not a test: it fails only if the demo does not
// reach the state it is meant to show within a generous time.
#include "AppTranslations.h"
#include "BillDetailPane.h"
#include "DemoBackend.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "models/BillTableModel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace m3ter;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle() {
    waitFor([] { return false; }, 300); // let layouts and paints finish
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    installTranslations(&app, QLocale());
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(outDir);
    QTextStream err(stderr);

    DemoBackend demo;
    if (!demo.start()) {
        err << "demo sandbox did not start\n";
        return 1;
    }
    ApiClient client(demo.connection());
    MainWindow window(&client, {QStringLiteral("Demo sandbox"), demo.connection().orgId, false});
    window.resize(1600, 900);
    window.show();
    window.start();

    BillTableModel *model = window.billModel();
    if (!waitFor([&] { return model->rowCount() > 20; })) {
        err << "no bills appeared\n";
        return 1;
    }
    // Pick a bill with several line items so the detail pane has something to show.
    window.billView()->selectRow(3);
    if (!waitFor([&] { return window.detailPane()->bill().has_value(); })) {
        err << "the detail pane did not load\n";
        return 1;
    }
    window.detailPane()->lineItemView()->expandToDepth(0);
    settle();
    const QString main = outDir + QStringLiteral("/main-window.png");
    if (!window.grab().save(main)) {
        err << "could not write " << main << "\n";
        return 1;
    }
    window.detailPane()->grab().save(outDir + QStringLiteral("/detail-pane.png"));

    // Sorting over a partial list asks first.
    QHeaderView *header = window.billView()->horizontalHeader();
    emit header->sectionClicked(BillTableModel::TotalColumn);
    settle();
    window.grab().save(outDir + QStringLiteral("/sort-needs-all-bills.png"));
    QTextStream(stdout) << "screenshots written to " << QDir(outDir).absolutePath() << "\n";
    return 0;
}
