// The real main window, offscreen, against the sandbox, on the screens finance staff have: a
// 1280×720 laptop at 100 % text and a 1920×1080 monitor at 150 % text, in English and German.
// What a user would notice: the window does not fit the screen, Apply or the status bar is off
// screen, an amount is cut to a plausible-looking shorter amount, a column title is clipped, a
// toolbar action cannot be reached.
//
// The two screens come from the offscreen platform's configuration file (written by main()
// before the application starts); 150 % text is the application font at 1.5 times its point
// size, which is what a desktop's text scaling does to a Qt application.
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "bills/BillDetailPane.h"
#include "bills/BillFilterBar.h"
#include "domain/Money.h"
#include "models/BillTableModel.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSettings.h"
#include "statements/StatementPanel.h"
#include "statements/StatementQueue.h"
#include "support/TestSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace m3ter;
using namespace m3ter::sandbox;

namespace {

SandboxConfig config() {
    SandboxConfig c;
    c.seed = 5;
    c.accounts = 60; // every currency of the generator, so the status bar has 7+ sums
    c.bills = 300;
    c.rateLimitPerSecond = 0;
    c.jobSeconds = 0.2;
    return c;
}

QScreen *screenNamed(const QString &name) {
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

// Where `widget` lies in `window`'s coordinates.
QRect rectIn(const QWidget *widget, const QWidget *window) {
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

// The width a view cell needs to show `text` whole (the style's text margins on both sides).
int cellTextWidth(const QWidget *view, const QString &text) {
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->fontMetrics().horizontalAdvance(text) + 2 * margin;
}

// A text widget shows its text whole when it is at least as wide as the text.
bool showsWhole(const QWidget *widget, const QString &text) {
    int chrome = 0;
    if (qobject_cast<const QAbstractButton *>(widget))
        chrome = widget->sizeHint().width() - widget->fontMetrics().horizontalAdvance(text);
    return widget->isVisible() &&
           widget->width() >= widget->fontMetrics().horizontalAdvance(text) + qMax(0, chrome);
}

} // namespace

class TestMainWindowLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(screenNamed(QStringLiteral("laptop")) && screenNamed(QStringLiteral("monitor")),
                 "the offscreen screens were not configured");
        m_baseFont = QApplication::font();
        server = std::make_unique<SandboxServer>(config());
        QVERIFY(server->start());
    }

    void cleanupTestCase() { server.reset(); }

    void init() {
        QSettings().clear();
        if (!QTest::currentDataTag())
            return;
        QFETCH(QString, language);
        QFETCH(qreal, textScale);
        QLocale::setDefault(QLocale(language));
        if (language != QLatin1String("en")) {
            QVERIFY(appTranslator.load(QStringLiteral("m3ter-bills_") + language,
                                       QStringLiteral(":/i18n")));
            QApplication::installTranslator(&appTranslator);
            if (qtTranslator.load(QStringLiteral("qtbase_") + language,
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QApplication::installTranslator(&qtTranslator);
        }
        QFont font = m_baseFont;
        font.setPointSizeF(m_baseFont.pointSizeF() * textScale);
        QApplication::setFont(font);
    }

    void cleanup() {
        window.reset();
        session.reset();
        QApplication::removeTranslator(&appTranslator);
        QApplication::removeTranslator(&qtTranslator);
        QApplication::setFont(m_baseFont);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void fitsTheScreen_data() { screens(); }
    void fitsTheScreen() {
        QFETCH(QString, screenName);
        openWindow(screenName);
        loadAndSelect(); // the detail pane shows a bill: its fields are the widest part
        QTRY_VERIFY_WITH_TIMEOUT(window->detailPane()->bill().has_value(), 10000);
        QApplication::processEvents();
        const QSize available = window->screen()->availableGeometry().size();
        QVERIFY2(window->width() <= available.width() && window->height() <= available.height(),
                 qPrintable(describe("window", window->size(), available)));
        const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
        QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
                 qPrintable(describe("minimum size", minimum, available)));

        // The statements dock opened at this size still leaves the window on the screen.
        window->statementPanel()->show();
        QTest::qWait(0);
        QApplication::processEvents();
        const QSize withDock = window->minimumSizeHint().expandedTo(window->minimumSize());
        QVERIFY2(
            withDock.width() <= available.width() && withDock.height() <= available.height(),
            qPrintable(describe("minimum size with the statements dock", withDock, available)));
        QVERIFY2(
            window->width() <= available.width() && window->height() <= available.height(),
            qPrintable(describe("window with the statements dock", window->size(), available)));
    }

    void everyControlIsInTheWindow_data() { screens(); }
    void everyControlIsInTheWindow() {
        QFETCH(QString, screenName);
        openWindow(screenName);
        const QRect inside = window->rect();
        for (const char *name : {"applyFilter", "clearFilter", "savedViews"}) {
            auto *button = window->filterBar()->findChild<QAbstractButton *>(QLatin1String(name));
            QVERIFY(button);
            QVERIFY2(button->isVisible(), name);
            QVERIFY2(inside.contains(rectIn(button, window.get())),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 is outside the %6×%7 window")
                                    .arg(QLatin1String(name))
                                    .arg(rectIn(button, window.get()).x())
                                    .arg(rectIn(button, window.get()).y())
                                    .arg(button->width())
                                    .arg(button->height())
                                    .arg(inside.width())
                                    .arg(inside.height())));
        }
        QVERIFY(window->statusBar()->isVisible());
        QVERIFY(inside.contains(rectIn(window->statusBar(), window.get())));
    }

    // Every total in view is shown whole (or not at all), and the columns a finance user reads a
    // bill by stay in view next to the detail pane.
    void amountsAreShownWhole_data() { screens(); }
    void amountsAreShownWhole() {
        QFETCH(QString, screenName);
        openWindow(screenName);
        loadAndSelect();
        QTableView *view = window->billView();
        const QRect viewport = view->viewport()->rect();
        const int first = view->rowAt(0);
        int last = view->rowAt(viewport.height() - 1);
        if (last < 0)
            last = window->billModel()->rowCount() - 1;
        QVERIFY(first >= 0 && last >= first);
        for (int column :
             {int(BillTableModel::AccountCodeColumn), int(BillTableModel::AccountNameColumn),
              int(BillTableModel::BillDateColumn), int(BillTableModel::TotalColumn),
              int(BillTableModel::CurrencyColumn), int(BillTableModel::StatusColumn)}) {
            const QRect cell = view->visualRect(window->billModel()->index(first, column));
            QVERIFY2(cell.left() >= 0 && cell.right() <= viewport.right(),
                     qPrintable(QStringLiteral("column “%1” is not entirely in view (%2..%3 of %4)")
                                    .arg(BillTableModel::columnTitle(column))
                                    .arg(cell.left())
                                    .arg(cell.right())
                                    .arg(viewport.width())));
        }
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = window->billModel()->index(row, BillTableModel::TotalColumn);
            const QString text = index.data().toString();
            const QRect shown = view->visualRect(index).intersected(viewport);
            QVERIFY2(shown.width() >= cellTextWidth(view, text),
                     qPrintable(QStringLiteral("row %1: total “%2” needs %3 px, %4 px in view")
                                    .arg(row)
                                    .arg(text)
                                    .arg(cellTextWidth(view, text))
                                    .arg(shown.width())));
        }
    }

    // The per-currency sums of the loaded and the selected bills: each one readable, in the
    // status bar itself or in the list it opens.
    void everyStatusBarSumIsReadable_data() { screens(); }
    void everyStatusBarSumIsReadable() {
        QFETCH(QString, screenName);
        openWindow(screenName);
        loadAndSelect();
        BillTableModel *model = window->billModel();
        QTableView *view = window->billView();
        view->selectAll();
        QVERIFY2(model->loadedTotals().currencies().size() >= 7,
                 "the test data should have seven currencies or more");
        const QList<QPair<const char *, MoneyTotals>> sums = {
            {"loadedTotals", model->loadedTotals()},
            {"selectionTotals", model->totalsOfRows(allRows())}};
        for (const auto &[name, totals] : sums) {
            auto *widget = window->statusBar()->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget && widget->isVisible(), name);
            QVERIFY2(window->rect().contains(rectIn(widget, window.get())), name);
            QString readable;
            const QString shown = widget->property("text").toString();
            if (showsWhole(widget, shown))
                readable += shown;
            if (auto *button = qobject_cast<QToolButton *>(widget); button && button->menu()) {
                emit button->menu()->aboutToShow();
                for (const QAction *action : button->menu()->actions())
                    readable += QLatin1Char('\n') + action->text();
            }
            for (const QString &currency : totals.currencies()) {
                const QString sum = formatMoney(totals.total(currency), currency, QLocale());
                QVERIFY2(readable.contains(sum),
                         qPrintable(QStringLiteral("%1: %2 cannot be read (shown: “%3” in %4 px)")
                                        .arg(QLatin1String(name), sum, shown)
                                        .arg(widget->width())));
            }
        }
    }

    // Column titles are never clipped: each section is as wide as its translated title (plus
    // the style's margins), in the bill table and in the statements dock.
    void columnTitlesFit_data() { screens(); }
    void columnTitlesFit() {
        QFETCH(QString, screenName);
        openWindow(screenName);
        window->statementPanel()->show();
        QApplication::processEvents();
        for (QTableView *view : {window->billView(), window->statementPanel()->view()}) {
            QHeaderView *header = view->horizontalHeader();
            const int margin =
                header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString title = view->model()->headerData(section, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin;
                QVERIFY2(header->sectionSize(section) >= needed,
                         qPrintable(QStringLiteral("%1: “%2” needs %3 px, has %4")
                                        .arg(view->objectName(), title)
                                        .arg(needed)
                                        .arg(header->sectionSize(section))));
            }
        }
    }

    // The statements dock's toolbar: every action shown whole, or in the toolbar's overflow menu.
    void statementToolbarActionsReachable_data() { screens(); }
    void statementToolbarActionsReachable() {
        QFETCH(QString, screenName);
        openWindow(screenName);
        loadAndSelect();
        // A run of statements: the summary and the progress bar share the toolbar's row.
        QList<StatementRequestItem> bills;
        for (int row = 0; row < 3; ++row) {
            const BillRow &bill = window->billModel()->billAt(row);
            bills.append({bill.id, bill.accountCode, bill.billDate});
        }
        StatementQueue *queue = window->statementQueue();
        QVERIFY(queue->submit(bills, true) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(queue->isIdle(), 30000);
        StatementPanel *panel = window->statementPanel();
        QTRY_VERIFY(panel->isVisible());
        QApplication::processEvents();
        auto *toolBar = panel->findChild<QToolBar *>(QStringLiteral("statementToolBar"));
        QVERIFY(toolBar);
        auto *extension =
            toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        const bool overflowReachable =
            extension && extension->isVisible() && toolBar->rect().contains(extension->geometry());
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            QWidget *button = toolBar->widgetForAction(action);
            const bool whole = button && button->isVisible() &&
                               toolBar->rect().contains(button->geometry()) &&
                               QRect(QPoint(0, 0), panel->size()).contains(rectIn(button, panel)) &&
                               button->width() >= button->sizeHint().width();
            QVERIFY2(
                whole || overflowReachable,
                qPrintable(QStringLiteral("“%1” is neither shown whole nor in an overflow menu")
                               .arg(action->text())));
        }
    }

    // Statements go under a folder named in the user's language, one folder per profile named
    // after it; the organization id only keeps two profiles of the same name apart.
    void statementFoldersAreReadable_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qreal>("textScale");
        QTest::addColumn<QString>("root");
        QTest::newRow("en") << "en" << 1.0 << "m3ter statements";
        QTest::newRow("de") << "de" << 1.0 << "m3ter-Rechnungsauszüge";
    }
    void statementFoldersAreReadable() {
        QFETCH(QString, root);
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QDir(documents + QStringLiteral("/m3ter statements")).removeRecursively();
        openWindow(QStringLiteral("laptop"));
        StatementQueue *queue = window->statementQueue();
        QCOMPARE(queue->targetRoot(), documents + QLatin1Char('/') + root);
        QCOMPARE(queue->organizationFolder(), QStringLiteral("Layout test"));

        // Another organization under the same profile name gets a folder of its own, and the
        // first one keeps its name.
        ApiConnection other = client->connection();
        other.orgId = QStringLiteral("0f1e2d3c-0000-4000-8000-000000000001");
        const std::unique_ptr<Session> otherSession =
            test::makeSession(other, QStringLiteral("Layout test"));
        MainWindow second(otherSession.get());
        QCOMPARE(second.statementQueue()->organizationFolder(),
                 QStringLiteral("Layout test (0f1e2d3c)"));
        window.reset();
        openWindow(QStringLiteral("laptop"));
        QCOMPARE(window->statementQueue()->organizationFolder(), QStringLiteral("Layout test"));
    }

    // A user who already has statements in the folder of earlier versions keeps finding them.
    void existingStatementsFolderIsKept() {
        const QString legacy = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                               QStringLiteral("/m3ter statements");
        QVERIFY(QDir().mkpath(legacy));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(appTranslator.load(QStringLiteral("m3ter-bills_de"), QStringLiteral(":/i18n")));
        QApplication::installTranslator(&appTranslator);
        QCOMPARE(AppSettings().statementsFolder(), legacy);
        QDir(legacy).removeRecursively();
    }

private:
    void screens() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qreal>("textScale");
        QTest::addColumn<QString>("screenName");
        QTest::newRow("en, 1280×720, 100 %") << "en" << 1.0 << "laptop";
        QTest::newRow("de, 1280×720, 100 %") << "de" << 1.0 << "laptop";
        QTest::newRow("en, 1920×1080, 150 %") << "en" << 1.5 << "monitor";
        QTest::newRow("de, 1920×1080, 150 %") << "de" << 1.5 << "monitor";
    }

    static QString describe(const char *what, QSize size, QSize available) {
        return QStringLiteral("%1 %2×%3 does not fit the available %4×%5")
            .arg(QLatin1String(what))
            .arg(size.width())
            .arg(size.height())
            .arg(available.width())
            .arg(available.height());
    }

    // The window as it first opens on `screenName` (no saved geometry).
    void openWindow(const QString &screenName) {
        QScreen *screen = screenNamed(screenName);
        QVERIFY(screen);
        ApiConnection connection;
        connection.baseUrl = server->baseUrl();
        connection.orgId = server->config().orgId;
        connection.clientId = server->config().clientId;
        connection.clientSecret = server->config().clientSecret;
        window.reset(); // it presents the session
        session = test::makeSession(connection, QStringLiteral("Layout test"));
        client = session->client();
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        window = std::make_unique<MainWindow>(session.get());
        window->setScreen(screen);
        window->move(screen->availableGeometry().topLeft());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->screen(), screen);
    }

    void loadAndSelect() {
        window->start();
        BillTableModel *model = window->billModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 100 &&
                                     model->loadState() == BillTableModel::LoadState::Idle,
                                 15000);
        model->loadAll(); // every currency of the test data
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 15000);
        window->billView()->selectRow(0);
        QTRY_VERIFY(!window->statusText().endsWith(QLatin1String(" | "))); // a selection sum
        QApplication::processEvents();
    }

    QList<int> allRows() const {
        QList<int> rows;
        for (int r = 0; r < window->billModel()->rowCount(); ++r)
            rows.append(r);
        return rows;
    }

    QFont m_baseFont;
    QTranslator appTranslator;
    QTranslator qtTranslator;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<Session> session;
    ApiClient *client = nullptr; // the session's
    std::unique_ptr<MainWindow> window;
};

// Two offscreen screens: a 1280×720 laptop and, to its right, a 1920×1080 monitor.
int main(int argc, char *argv[]) {
    QTemporaryFile screens;
    screens.setFileTemplate(QDir::tempPath() + QStringLiteral("/screens-XXXXXX.json"));
    if (!screens.open())
        return 2;
    screens.write(R"({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "monitor", "x": 1280, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    screens.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screens.fileName().toLocal8Bit());
    // A home of its own: the statements folders under Documents are created and removed here.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("HOME", QFile::encodeName(home.path()));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_DOCUMENTS_DIR"})
        qunsetenv(name);
    QApplication app(argc, argv);
    TestMainWindowLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindowlayout.moc"
