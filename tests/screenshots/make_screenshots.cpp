// Regenerates docs/screenshots/*.png from the real main window in demo mode (run it under Xvfb or
// the offscreen platform; see .ci/screenshots). Not a test: it fails only if the demo does not
// reach the state it is meant to show within a generous time.
//
//   make_screenshots [--locale de_DE] [--text-scale 1.5] [--screen-fit --suffix -1280x720] DIR
//
// Without --screen-fit: the README set (main window, detail pane, dark palette, sort notice,
// generate dialog, statements, viewer) at a fixed 1600×900. With it: the window as it first
// opens on the screen it runs on (no resize), then with the statements dock open, saved as
// main-window<suffix>.png and statements<suffix>.png.
#include "AppTranslations.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "bills/BillDetailPane.h"
#include "common/InlineNotice.h"
#include "demo/DemoBackend.h"
#include "models/BillTableModel.h"
#include "session/Session.h"
#include "statements/GenerateStatementsDialog.h"
#include "statements/StatementPanel.h"
#include "statements/StatementQueue.h"
#include "statements/StatementViewer.h"
#include "theme/ThemeColors.h"

#include <QApplication>
#include <QCommandLineParser>
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

// Small files for the repository: a palette of 256 colours keeps text and icons sharp.
bool savePng(QWidget *widget, const QString &path) {
    const QImage image = widget->grab().toImage().convertToFormat(
        QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
    return image.save(path, "PNG", 0);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QSettings().clear();
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Where the PNGs go"));
    const QCommandLineOption localeOption(QStringLiteral("locale"),
                                          QStringLiteral("Interface language and formats "
                                                         "(default en_GB)"),
                                          QStringLiteral("name"), QStringLiteral("en_GB"));
    const QCommandLineOption scaleOption(QStringLiteral("text-scale"),
                                         QStringLiteral("Text size factor (1.5 = 150 %)"),
                                         QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption fitOption(QStringLiteral("screen-fit"),
                                       QStringLiteral("The window as it opens on this screen"));
    const QCommandLineOption suffixOption(QStringLiteral("suffix"),
                                          QStringLiteral("Appended to the file names"),
                                          QStringLiteral("text"));
    parser.addOptions({localeOption, scaleOption, fitOption, suffixOption});
    parser.process(app);
    const QLocale locale(parser.value(localeOption));
    QLocale::setDefault(locale);
    installTranslations(&app, locale);
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * parser.value(scaleOption).toDouble());
    QApplication::setFont(font);
    const bool screenFit = parser.isSet(fitOption);
    const QString suffix = parser.value(suffixOption);
    const QString outDir = parser.positionalArguments().value(0, QStringLiteral("."));
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
    Profile profile;
    profile.displayName = QStringLiteral("Demo sandbox");
    profile.baseUrl = demo.connection().baseUrl;
    profile.orgId = demo.connection().orgId;
    profile.clientId = demo.connection().clientId;
    Session::Options options;
    options.throwawayStore = true;
    Session session(profile, demo.connection().clientSecret, options);
    MainWindow window(&session);
    window.show();
    if (!screenFit)
        window.resize(1600, 900); // after show(): the first show fits the window to the screen
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
    const QString main = outDir + QStringLiteral("/main-window%1.png").arg(suffix);
    if (!savePng(&window, main)) {
        err << "could not write " << main << "\n";
        return 1;
    }
    if (!screenFit) {
        savePng(window.detailPane(), outDir + QStringLiteral("/detail-pane.png"));

        // The same window under a dark palette: every colour the app derives follows it.
        const QPalette systemPalette = QApplication::palette();
        QApplication::setPalette(ThemeColors::darkPalette());
        settle();
        savePng(&window, outDir + QStringLiteral("/main-window-dark.png"));
        QApplication::setPalette(systemPalette);
        settle();

        // Sorting over a partial list asks first.
        QHeaderView *header = window.billView()->horizontalHeader();
        emit header->sectionClicked(BillTableModel::TotalColumn);
        settle();
        savePng(&window, outDir + QStringLiteral("/sort-needs-all-bills.png"));
        window.notice()->hide();
    }

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
    if (!screenFit)
        savePng(dialog, outDir + QStringLiteral("/generate-statements.png"));
    dialog->accept();
    StatementQueue *queue = window.statementQueue();
    StatementPanel *panel = window.statementPanel();
    if (!screenFit) {
        window.resize(1600, 1040); // room for the dock without squeezing the detail pane
        window.resizeDocks({panel}, {290}, Qt::Vertical);
    }
    if (!waitFor([&] { return queue->count() == 8 && queue->isIdle(); }, 60000)) {
        err << "the statements did not finish\n";
        return 1;
    }
    panel->selectEntries({queue->at(1).id});
    settle();
    savePng(&window, outDir + QStringLiteral("/statements%1.png").arg(suffix));
    if (screenFit) {
        QTextStream(stdout) << "screenshots written to " << QDir(outDir).absolutePath() << "\n";
        return 0;
    }
    if (StatementViewer *viewer = panel->viewSelected()) {
        viewer->resize(900, 620);
        settle();
        savePng(viewer, outDir + QStringLiteral("/statement-viewer.png"));
        viewer->close();
    }
    QTextStream(stdout) << "screenshots written to " << QDir(outDir).absolutePath() << "\n";
    return 0;
}
