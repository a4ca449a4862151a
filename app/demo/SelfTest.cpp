#include "SelfTest.h"

#include "api/ApiError.h"
#include "demo/DemoBackend.h"
#include "domain/Bill.h"
#include "domain/Money.h"
#include "models/BillDetailCache.h"
#include "models/BillTableModel.h"
#include "session/Session.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPixmap>

namespace m3ter {

SelfTest::SelfTest(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_timeout(timeout) {
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(tr("No answer within %1 s while %2.")
                 .arg(QLocale().toString(double(m_timeout.count()) / 1000.0, 'f', 1), m_step));
    });
}

SelfTest::~SelfTest() = default;

SelfTest::Result SelfTest::run() {
    m_clock.start();
    m_deadline.start(m_timeout);
    if (checkPlatform() && startSandbox())
        loadFirstPage();
    if (!m_done)
        m_loop.exec();
    m_deadline.stop();
    return m_result;
}

bool SelfTest::checkPlatform() {
    m_step = tr("drawing the application icon");
    // Without the Qt SVG plugins (a runtime dependency the linker cannot see) the icon is null.
    const QPixmap icon = QIcon(QStringLiteral(":/icons/m3ter-bills.svg")).pixmap(64, 64);
    if (icon.isNull()) {
        fail(tr("The application icon could not be drawn: the Qt SVG plugins are missing "
                "(Debian package libqt6svg6)."));
        return false;
    }
    m_result.lines << tr("Qt %1, platform \"%2\", SVG icon drawn at %3×%4 pixels.")
                          .arg(QString::fromLatin1(qVersion()), QGuiApplication::platformName())
                          .arg(icon.width())
                          .arg(icon.height());
    return true;
}

bool SelfTest::startSandbox() {
    m_step = tr("starting the demo sandbox");
    m_demo = std::make_unique<DemoBackend>();
    if (!m_demo->start()) {
        fail(tr("The demo sandbox could not start on 127.0.0.1."));
        return false;
    }
    const ApiConnection connection = m_demo->connection();
    m_result.lines << tr("Demo sandbox listening at %1 (organization %2).")
                          .arg(connection.baseUrl.toString(), connection.orgId);
    Profile profile;
    profile.baseUrl = connection.baseUrl;
    profile.orgId = connection.orgId;
    profile.clientId = connection.clientId;
    // Nothing of the self-test is persisted: the statement queue keeps its state in a scratch
    // folder and saves no statement.
    Session::Options options;
    options.stateFolder = m_scratch.path();
    options.statementsFolder = m_scratch.path();
    options.organizationFolder = connection.orgId;
    options.storeFolder = m_scratch.path();
    m_session = std::make_unique<Session>(profile, connection.clientSecret, options);
    return true;
}

void SelfTest::loadFirstPage() {
    m_step = tr("loading the first page of bills");
    m_model = m_session->bills();
    connect(m_model, &BillTableModel::loadStateChanged, this, [this] {
        if (m_model->loadState() == BillTableModel::LoadState::Error)
            fail(tr("Loading bills failed: %1").arg(m_model->errorText()));
    });
    connect(m_model, &BillTableModel::rowsLoaded, this, &SelfTest::onRowsLoaded);
    m_model->setFilter(BillFilter());
}

void SelfTest::onRowsLoaded() {
    // rowsLoaded() also follows the reset in setFilter(), before any page arrived.
    const bool firstPageDone = m_model->hasMore() || m_model->isComplete();
    if (m_done || m_detailsRequested || !firstPageDone)
        return;
    const int loaded = m_model->loadedCount();
    if (loaded == 0) {
        fail(tr("The demo sandbox returned no bills."));
        return;
    }
    const QString more = m_model->hasMore() ? tr("more pages available") : tr("no more pages");
    m_result.lines << tr("Bill list: %n bill(s) on the first page (%1); totals %2.", nullptr,
                         loaded)
                          .arg(more, m_model->loadedTotals().format(QLocale()));

    const QString billId = m_model->billAt(0).id.toString();
    m_step = tr("loading the details of bill %1").arg(billId);
    m_detailsRequested = true;
    BillDetailCache *details = m_session->details();
    connect(details, &BillDetailCache::billReady, this, &SelfTest::onBillReady);
    connect(details, &BillDetailCache::billFailed, this, &SelfTest::onBillFailed);
    details->request(billId);
}

void SelfTest::onBillReady(const QString &billId, const Bill &bill) {
    if (m_done)
        return;
    if (bill.lineItems.isEmpty()) {
        fail(tr("Bill %1 came without line items.").arg(billId));
        return;
    }
    const QString total = bill.billTotal ? formatMoney(*bill.billTotal, bill.currency, QLocale())
                                         : tr("not reported");
    m_result.lines << tr("Bill detail: %1 (account %2), %n line item(s), total %3.", nullptr,
                         int(bill.lineItems.size()))
                          .arg(billId, bill.accountCode, total);
    pass();
}

void SelfTest::onBillFailed(const QString &billId, const ApiError &error) {
    fail(tr("Loading bill %1 failed: %2").arg(billId, error.userText()));
}

void SelfTest::pass() {
    m_done = true;
    m_result.passed = true;
    m_result.lines << tr("Self-test passed in %1 s.")
                          .arg(QLocale().toString(double(m_clock.elapsed()) / 1000.0, 'f', 2));
    m_loop.quit();
}

void SelfTest::fail(const QString &reason) {
    if (m_done)
        return;
    m_done = true;
    m_result.passed = false;
    m_result.failure = tr("Self-test failed: %1").arg(reason);
    m_loop.quit();
}

} // namespace m3ter
