#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <memory>

namespace m3ter {

class ApiError;
class BillTableModel;
class DemoBackend;
class Session;
struct Bill;

// `m3ter-bills --self-test`: proves that an installed copy works end to end without an account,
// the network or a display (QT_QPA_PLATFORM=offscreen). In order: the Qt platform and the SVG
// plugins load (the icon draws), the embedded demo sandbox starts on 127.0.0.1, the real bill
// table model loads its first page through the real API client, and the detail cache loads the
// first bill with its line items. The packaging checks (ctest, the clean-Debian script) run it
// against the built or installed binary, so a missing runtime dependency fails there.
class SelfTest : public QObject {
    Q_OBJECT

public:
    struct Result {
        bool passed = false;
        QStringList lines; // what was checked, for stdout
        QString failure;   // translated reason, for stderr; empty when passed
    };

    explicit SelfTest(std::chrono::milliseconds timeout = std::chrono::seconds(60),
                      QObject *parent = nullptr);
    ~SelfTest() override;

    // Runs every step in a local event loop; returns when all passed, one failed or the timeout
    // (counted from the call) ran out. Call once.
    Result run();

private:
    bool checkPlatform();
    bool startSandbox();
    void loadFirstPage();
    void onRowsLoaded();
    void onBillReady(const QString &billId, const Bill &bill);
    void onBillFailed(const QString &billId, const ApiError &error);
    void pass();
    void fail(const QString &reason);

    std::chrono::milliseconds m_timeout;
    QEventLoop m_loop;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QString m_step; // what is being checked now, for the timeout message
    bool m_done = false;
    Result m_result;

    bool m_detailsRequested = false;

    // Declared in the order they are built; destroyed in reverse (the session before the
    // sandbox it talks to).
    QTemporaryDir m_scratch;
    std::unique_ptr<DemoBackend> m_demo;
    std::unique_ptr<Session> m_session;
    BillTableModel *m_model = nullptr; // the session's
};

} // namespace m3ter
