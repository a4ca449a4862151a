#pragma once

#include "MainWindow.h"
#include "api/ApiClient.h"
#include "models/BillTableModel.h"
#include "sandbox/SandboxServer.h"
#include "statements/GenerateStatementsDialog.h"
#include "statements/StatementQueue.h"
#include "support/TestSession.h"

#include <QDir>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

namespace m3ter::test {

// The real MainWindow on a sandbox over loopback, as the GUI tests of statements and of what a
// user sees open it: fast retries, quick statement polling, the first bills shown. A test class
// derives from it (after QObject) and uses server, client and window directly.
class SandboxMainWindow {
protected:
    // Starts a sandbox with config and opens the window on it; waits for 40 bill rows.
    void openSession(const sandbox::SandboxConfig &config) {
        // A new sandbox is a new organization's data: its statement queue starts in a folder of
        // its own (in the app's data folder), so no state of an earlier test can reach it.
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(data);
        stateDir = std::make_unique<QTemporaryDir>(data + QStringLiteral("/session-XXXXXX"));
        server = std::make_unique<sandbox::SandboxServer>(config);
        QVERIFY(server->start());
        ApiConnection connection;
        connection.baseUrl = server->baseUrl();
        connection.orgId = server->config().orgId;
        connection.clientId = server->config().clientId;
        connection.clientSecret = server->config().clientSecret;
        openWindow(connection);
        QTRY_VERIFY_WITH_TIMEOUT(window->billModel()->rowCount() >= 40, 10000);
    }

    void openWindow(const ApiConnection &connection) {
        using namespace std::chrono_literals;
        window.reset(); // it presents the session
        session = makeSession(connection, QStringLiteral("Test"), false, stateFolder());
        client = session->client();
        RetryPolicy fast = client->retryPolicy();
        fast.setBaseDelay(std::chrono::milliseconds(10));
        client->setRetryPolicy(fast);
        window = std::make_unique<MainWindow>(session.get());
        window->resize(1400, 860);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->start();
        window->statementQueue()->setPollIntervals(50ms, 300ms);
        window->statementQueue()->setSubmitRetryDelayMs(100);
    }

    // As quitting and starting again: the session goes (the queue saves its state), a new one
    // for the same connection comes.
    void restartSession() {
        const ApiConnection connection = client->connection();
        window.reset(); // it presents the session
        session.reset();
        session = makeSession(connection, QStringLiteral("Test"), false, stateFolder());
        client = session->client();
        RetryPolicy fast = client->retryPolicy();
        fast.setBaseDelay(std::chrono::milliseconds(10));
        client->setRetryPolicy(fast);
    }

    void selectRows(const QList<int> &rows) {
        BillTableModel *model = window->billModel();
        QItemSelection selection;
        for (int r : rows)
            selection.select(model->index(r, 0), model->index(r, 0));
        window->billView()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    // The Generate statements dialog once it is shown (it opens without blocking), or nullptr.
    GenerateStatementsDialog *openDialog() {
        GenerateStatementsDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = window->findChild<GenerateStatementsDialog *>();
                return dialog && dialog->isVisible();
            },
            5000);
        return shown ? dialog : nullptr;
    }

    QString stateFolder() const { return stateDir ? stateDir->path() : QString(); }

    static void removeQueueFiles() {
        QDir data(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        for (const QString &name : data.entryList({QStringLiteral("statement-queue*.json")}))
            data.remove(name);
    }

    std::unique_ptr<QTemporaryDir> stateDir;
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<Session> session;
    ApiClient *client = nullptr; // the session's
    std::unique_ptr<MainWindow> window;
};

} // namespace m3ter::test
