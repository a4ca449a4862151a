// Regenerates docs/screenshots/*.png from the real main window in demo mode (run it under Xvfb or
// the offscreen platform; see .ci/screenshots). Not a test: it fails only if the demo does not
// reach the state it is meant to show within a generous time.
#include "AppTranslations.h"
#include "BillDetailPane.h"
#include "DemoBackend.h"
#include "GenerateStatementsDialog.h"
#include "InlineNotice.h"
#include "MainWindow.h"
#include "StatementPanel.h"
#include "StatementViewer.h"
#include "ThemeColors.h"
#include "api/ApiClient.h"
#include "models/BillTableModel.h"
#include "statements/StatementQueue.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
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
    // make_screenshots [out-dir] [locale]: British English unless a locale is given (de_DE to
    // look at the German interface and formats).
    const QLocale locale = argc > 2 ? QLocale(QString::fromLocal8Bit(argv[2]))
                                    : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    installTranslations(&app, locale);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(outDir);
    QTextStream err(stderr);

    // Statements go to a throw-away folder, and no queue of an earlier run is resumed.
    QTemporaryDir statementsDir;
    QSettings().setValue(QStringLiteral("statements/folder"), statementsDir.path());
    QDir data(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    for (const QString &name : data.entryList({QStringLiteral("statement-queue*.json")}))
        data.remove(name);

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

    // The same window under a dark palette: every colour the app derives follows it.
    const QPalette systemPalette = QApplication::palette();
    QApplication::setPalette(ThemeColors::darkPalette());
    settle();
    window.grab().save(outDir + QStringLiteral("/main-window-dark.png"));
    QApplication::setPalette(systemPalette);
    settle();

    // Sorting over a partial list asks first.
    QHeaderView *header = window.billView()->horizontalHeader();
    emit header->sectionClicked(BillTableModel::TotalColumn);
    settle();
    window.grab().save(outDir + QStringLiteral("/sort-needs-all-bills.png"));
    window.notice()->hide();

    // Statements for a handful of bills, JSON and CSV, through the same dialog a user sees.
    window.billView()->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(7, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    window.generateStatementsAction()->trigger();
    auto *dialog = window.findChild<GenerateStatementsDialog *>();
    if (!dialog) {
        err << "the generate statements dialog did not open\n";
        return 1;
    }
    dialog->setIncludeCsv(true);
    settle();
    dialog->grab().save(outDir + QStringLiteral("/generate-statements.png"));
    dialog->accept();
    StatementQueue *queue = window.statementQueue();
    StatementPanel *panel = window.statementPanel();
    window.resize(1600, 1040); // room for the dock without squeezing the detail pane
    window.resizeDocks({panel}, {290}, Qt::Vertical);
    if (!waitFor([&] { return queue->count() == 8 && queue->isIdle(); }, 60000)) {
        err << "the statements did not finish\n";
        return 1;
    }
    panel->selectEntries({queue->at(1).id});
    settle();
    window.grab().save(outDir + QStringLiteral("/statements.png"));
    if (StatementViewer *viewer = panel->viewSelected()) {
        viewer->resize(900, 620);
        settle();
        viewer->grab().save(outDir + QStringLiteral("/statement-viewer.png"));
        viewer->close();
    }
    QTextStream(stdout) << "screenshots written to " << QDir(outDir).absolutePath() << "\n";
    return 0;
}
