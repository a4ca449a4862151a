// Keyboard and screen-reader use of the whole app, offscreen: the real main window against the
// sandbox (and a whole AppController session with its Connection menu), every dialog and panel,
// and the standard dialogs the app opens, each walked by AccessibilityAudit (see its header for
// the rules). A self-check proves the audit reports what it must.
#include "AccessibilityAudit.h"
#include "AppController.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "auth/AppOptions.h"
#include "auth/ProfileStore.h"
#include "auth/SessionCredentialStore.h"
#include "bills/BillDetailPane.h"
#include "bills/BillFilterBar.h"
#include "bills/TableStateOverlay.h"
#include "common/FileActions.h"
#include "common/InlineNotice.h"
#include "connection/ConnectionDialog.h"
#include "connection/PreferencesDialog.h"
#include "domain/BillFilter.h"
#include "models/BillTableModel.h"
#include "models/LineItemTreeModel.h"
#include "sandbox/SandboxServer.h"
#include "statements/GenerateStatementsDialog.h"
#include "statements/StatementPanel.h"
#include "statements/StatementViewer.h"
#include "support/TestSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace m3ter;
using namespace m3ter::sandbox;
using m3ter::test::AccessibilityAudit;

namespace {

SandboxConfig config() {
    SandboxConfig c;
    c.seed = 5;
    c.accounts = 12;
    c.bills = 150;
    c.rateLimitPerSecond = 0;
    return c;
}

// QtTest cuts long failure messages, so every problem is logged on a line of its own first.
QByteArray report(const QStringList &problems) {
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    return QByteArray::number(problems.size()) + " problem(s), listed above";
}

// Audits the next modal dialog `open` shows (QMessageBox, QInputDialog: they run their own event
// loop), then closes it.
QStringList auditNextModal(const std::function<void()> &open, QString *title = nullptr) {
    QStringList problems;
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || seen)
            return;
        seen = true;
        problems = AccessibilityAudit::audit(modal);
        if (title)
            *title = modal->windowTitle();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    poll.start();
    open();
    poll.stop();
    if (!seen)
        problems << QStringLiteral("no modal dialog was shown");
    return problems;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
    ApiClient *m_client = nullptr; // the session's
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> loadedMainWindow() {
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        auto window = std::make_unique<MainWindow>(m_session.get());
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        window->start();
        if (!QTest::qWaitFor([&] { return window->billModel()->rowCount() > 10; }, 10000))
            return nullptr;
        window->billView()->selectRow(1);
        if (!QTest::qWaitFor([&] { return window->detailPane()->bill().has_value(); }, 10000))
            return nullptr;
        window->statementPanel()->show();
        return window;
    }

    static int chainIndex(QWidget *window, QWidget *target) {
        int i = 0;
        for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain(), ++i) {
            if (w == target)
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QSettings().setValue(QStringLiteral("statements/folder"),
                             m_dir.filePath(QStringLiteral("st")));
        m_server = std::make_unique<SandboxServer>(config());
        QVERIFY(m_server->start());
        ApiConnection connection;
        connection.baseUrl = m_server->baseUrl();
        connection.orgId = m_server->config().orgId;
        connection.clientId = m_server->config().clientId;
        connection.clientSecret = m_server->config().clientSecret;
        m_session = test::makeSession(connection, QStringLiteral("Test"), true);
        m_client = m_session->client();
    }

    void cleanupTestCase() {
        m_session.reset();
        m_server.reset();
    }

    // The audit must be able to fail: each rule is broken once in a small dialog, and each
    // breach is reported naming the widget; the same dialog without the breaches is clean.
    void auditReportsWhatItMust() {
        QDialog dialog;
        dialog.setObjectName(QStringLiteral("selfCheck"));
        auto *layout = new QVBoxLayout(&dialog);
        auto *label = new QLabel(QStringLiteral("&Name:"), &dialog);
        auto *named = new QLineEdit(&dialog);
        label->setBuddy(named);
        layout->addWidget(label);
        layout->addWidget(named);
        auto *ok = new QPushButton(QStringLiteral("&OK"), &dialog);
        layout->addWidget(ok);
        QVERIFY2(AccessibilityAudit::audit(&dialog).isEmpty(),
                 report(AccessibilityAudit::audit(&dialog)).constData());

        auto *unnamed = new QPushButton(&dialog); // an icon-only button nobody named
        unnamed->setObjectName(QStringLiteral("iconOnly"));
        unnamed->setIcon(dialog.style()->standardIcon(QStyle::SP_TrashIcon));
        layout->addWidget(unnamed);
        QStringList problems = AccessibilityAudit::audit(&dialog);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(
                     QLatin1String("QPushButton \"iconOnly\" < QDialog \"selfCheck\"")),
                 qPrintable(problems.first()));
        QVERIFY(problems.first().contains(QLatin1String("has no accessible name")));
        unnamed->setAccessibleName(QStringLiteral("Delete"));
        QVERIFY(AccessibilityAudit::audit(&dialog).isEmpty());

        auto *mouseOnly = new QPushButton(QStringLiteral("Mouse"), &dialog);
        mouseOnly->setObjectName(QStringLiteral("mouseOnly"));
        mouseOnly->setFocusPolicy(Qt::ClickFocus);
        layout->addWidget(mouseOnly);
        auto *combo = new QComboBox(&dialog); // named by its value only
        combo->setObjectName(QStringLiteral("valueOnly"));
        combo->addItem(QStringLiteral("Monthly"));
        layout->addWidget(combo);
        auto *clash = new QPushButton(QStringLiteral("&Nudge"), &dialog); // Alt+N twice
        layout->addWidget(clash);
        auto *toolBar = new QToolBar(&dialog);
        QAction *silent = toolBar->addAction(QStringLiteral("Toolbar only"));
        silent->setObjectName(QStringLiteral("toolbarOnly"));
        layout->addWidget(toolBar);
        auto *secret = new QLineEdit(&dialog);
        secret->setAccessibleName(QStringLiteral("Secret"));
        QAction *eye = secret->addAction(dialog.style()->standardIcon(QStyle::SP_DialogYesButton),
                                         QLineEdit::TrailingPosition);
        eye->setObjectName(QStringLiteral("eye"));
        eye->setText(QStringLiteral("Show"));
        layout->addWidget(secret);
        auto *a = new QAction(QStringLiteral("A"), &dialog);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        auto *b = new QAction(QStringLiteral("B"), &dialog);
        b->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        dialog.addActions({a, b});

        problems = AccessibilityAudit::audit(&dialog);
        const auto reported = [&](const QString &what, const QString &why) {
            for (const QString &p : std::as_const(problems)) {
                if (p.contains(what) && p.contains(why))
                    return true;
            }
            return false;
        };
        QVERIFY2(reported(QStringLiteral("\"mouseOnly\""), QStringLiteral("keyboard focus")),
                 report(problems).constData());
        QVERIFY(reported(QStringLiteral("\"valueOnly\""), QStringLiteral("current value")));
        QVERIFY(reported(QStringLiteral("Alt+N"), QStringLiteral("&Nudge")));
        QVERIFY(reported(QStringLiteral("\"toolbarOnly\""), QStringLiteral("no shortcut")));
        QVERIFY(reported(QStringLiteral("\"eye\""), QStringLiteral("mouse-only")));
        QVERIFY(reported(QStringLiteral("shortcut Ctrl+K"), QStringLiteral("text \"B\"")));
        QCOMPARE(problems.size(), 7); // the toolbar breach is both a button and an action
    }

    void mainWindow() {
        auto window = loadedMainWindow();
        QVERIFY(window);
        QStringList problems = AccessibilityAudit::audit(window.get());
        // The states that bring more controls into view: a notice with two buttons, the
        // overlay's Retry, the detail pane's notice.
        emit window->billModel()->sortNeedsAllRows(BillTableModel::TotalColumn, Qt::AscendingOrder);
        QVERIFY(window->notice()->isVisible());
        window->tableOverlay()->showError(QStringLiteral("Offline"));
        window->detailPane()->copyBillId();
        problems += AccessibilityAudit::audit(window.get());
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), report(problems).constData());
    }

    // A whole session as the app runs it: the Connection menu (profiles, preferences) joins
    // the window's menus and shortcuts; Remove connection asks through a message box.
    void appSession() {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("session.ini")));
        Profile other = Profile::create();
        other.displayName = QStringLiteral("Acme test");
        other.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
        other.orgId = QStringLiteral("00000000-0000-0000-0000-000000000001");
        other.clientId = QStringLiteral("key");
        QVERIFY(!profiles.add(other).isEmpty());
        SessionCredentialStore secrets;
        AppController controller(&profiles, &secrets);
        const auto startup = controller.start(AppOptions::parse(
            {QStringLiteral("m3ter-bills"), QStringLiteral("--demo")}, QProcessEnvironment()));
        QCOMPARE(startup.exitCode, -1);
        QVERIFY(controller.window());
        QStringList problems = AccessibilityAudit::audit(controller.window());

        QMenu *menu = controller.window()->connectionMenu();
        emit menu->aboutToShow();
        auto *remove = menu->findChild<QMenu *>(QStringLiteral("removeConnectionMenu"));
        QVERIFY(remove && !remove->actions().isEmpty());
        problems += auditNextModal([&] { remove->actions().constFirst()->trigger(); });
        QVERIFY2(problems.isEmpty(), report(problems).constData());
    }

    // Tab walks the window in reading order: filters, the bill list, the bill, the statements.
    void tabOrderFollowsTheLayout() {
        auto window = loadedMainWindow();
        QVERIFY(window);
        auto *account =
            window->filterBar()->findChild<QComboBox *>(QStringLiteral("accountFilter"));
        auto *clear = window->filterBar()->findChild<QPushButton *>(QStringLiteral("clearFilter"));
        auto *statementTable =
            window->statementPanel()->findChild<QTableView *>(QStringLiteral("statementTable"));
        QVERIFY(account && clear && statementTable);
        const QList<QWidget *> order{account, clear, window->billView(),
                                     window->detailPane()->lineItemView(), statementTable};
        for (int i = 1; i < order.size(); ++i) {
            const int before = chainIndex(window.get(), order[i - 1]);
            const int after = chainIndex(window.get(), order[i]);
            QVERIFY2(before >= 0 && after > before,
                     qPrintable(AccessibilityAudit::describe(order[i - 1]) +
                                QStringLiteral(" should come before ") +
                                AccessibilityAudit::describe(order[i])));
        }

        // F6 / Shift+F6 move between the panes.
        account->setFocus();
        QTRY_VERIFY(account->hasFocus() || account->isAncestorOf(QApplication::focusWidget()));
        auto *next = window->findChild<QAction *>(QStringLiteral("nextPaneAction"));
        auto *previous = window->findChild<QAction *>(QStringLiteral("previousPaneAction"));
        QVERIFY(next && previous);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F6));
        next->trigger();
        QTRY_VERIFY(window->billView()->hasFocus());
        next->trigger();
        QTRY_VERIFY(window->detailPane()->isAncestorOf(QApplication::focusWidget()));
        previous->trigger();
        QTRY_VERIFY(window->billView()->hasFocus());
    }

    // What a click on a column header does is in View > Sort by and Bill > Sort line items by.
    void sortingWithoutTheMouse() {
        auto window = loadedMainWindow();
        QVERIFY(window);
        auto *sortMenu = window->findChild<QMenu *>(QStringLiteral("sortMenu"));
        QVERIFY(sortMenu);
        emit sortMenu->aboutToShow();
        QAction *byTotal = nullptr;
        for (QAction *action : sortMenu->actions()) {
            if (action->text() == BillTableModel::columnTitle(BillTableModel::TotalColumn))
                byTotal = action;
        }
        QVERIFY(byTotal);
        QSignalSpy needsAll(window->billModel(), &BillTableModel::sortNeedsAllRows);
        byTotal->trigger(); // a partial list: the model asks to load everything first
        QCOMPARE(needsAll.size(), 1);
        QCOMPARE(needsAll.first().at(0).toInt(), int(BillTableModel::TotalColumn));

        auto *lineItems = window->findChild<QMenu *>(QStringLiteral("lineItemSortMenu"));
        QVERIFY(lineItems);
        emit lineItems->aboutToShow();
        QTreeView *tree = window->detailPane()->lineItemView();
        const QString amount = LineItemTreeModel::columnTitle(LineItemTreeModel::SubtotalColumn);
        const auto find = [&](const QString &prefix) -> QAction * {
            for (QAction *action : lineItems->actions()) {
                if (action->text().startsWith(prefix))
                    return action;
            }
            return nullptr;
        };
        QVERIFY(find(amount));
        find(amount)->trigger();
        QCOMPARE(tree->header()->sortIndicatorSection(), int(LineItemTreeModel::SubtotalColumn));
        QCOMPARE(tree->header()->sortIndicatorOrder(), Qt::AscendingOrder);
        emit lineItems->aboutToShow();
        QVERIFY(find(amount)->isChecked());
        find(amount)->trigger();
        QCOMPARE(tree->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        emit lineItems->aboutToShow();
        lineItems->actions().constFirst()->trigger(); // the bill's own order
        QCOMPARE(tree->header()->sortIndicatorSection(), -1);
    }

    void dialogs() {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        SessionCredentialStore secrets;
        QStringList problems;
        {
            ConnectionDialog dialog(&profiles, &secrets, std::nullopt);
            dialog.setDemoOffered(true);
            dialog.setIntroMessage(QStringLiteral("Intro"));
            problems += AccessibilityAudit::audit(&dialog);
        }
        {
            Profile existing = Profile::create();
            existing.displayName = QStringLiteral("Acme");
            ConnectionDialog dialog(&profiles, &secrets, existing);
            problems += AccessibilityAudit::audit(&dialog);
        }
        {
            PreferencesDialog dialog;
            problems += AccessibilityAudit::audit(&dialog);
        }
        {
            GenerateStatementsDialog dialog(
                {{QStringLiteral("b1"), QStringLiteral("ACME"), QDate(2024, 3, 1)}}, 1,
                m_dir.path());
            problems += AccessibilityAudit::audit(&dialog);
        }
        {
            QFile json(m_dir.filePath(QStringLiteral("s.json")));
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(R"({"bill": {"id": "b1", "total": 12.5}})");
            json.close();
            QFile csv(m_dir.filePath(QStringLiteral("s.csv")));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("a,b\n1,2\n");
            csv.close();
            StatementViewer viewer;
            QVERIFY(viewer.showFiles(QStringLiteral("ACME"), json.fileName(), csv.fileName()));
            problems += AccessibilityAudit::audit(&viewer);
        }
        QVERIFY2(problems.isEmpty(), report(problems).constData());
    }
    // The standard dialogs the app opens: About, "Save view" (QInputDialog) and a warning.
    void standardDialogs() {
        auto window = loadedMainWindow();
        QVERIFY(window);
        QStringList problems;
        QString title;
        QMenu *help = nullptr;
        for (QAction *action : window->menuBar()->actions()) {
            if (action->menu() && action->menu()->objectName() == QLatin1String("helpMenu"))
                help = action->menu();
        }
        QVERIFY(help);
        problems += auditNextModal([&] { help->actions().constFirst()->trigger(); }, &title);
        QVERIFY(!title.isEmpty());

        auto *views = window->findChild<QMenu *>(QStringLiteral("savedViewsMenu"));
        QVERIFY(views);
        emit views->aboutToShow();
        QVERIFY(!views->actions().isEmpty());
        problems += auditNextModal([&] { views->actions().constFirst()->trigger(); }, &title);

        problems += auditNextModal(
            [&] { FileActions::open(m_dir.filePath(QStringLiteral("gone.json")), window.get()); },
            &title);
        QVERIFY2(problems.isEmpty(), report(problems).constData());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
