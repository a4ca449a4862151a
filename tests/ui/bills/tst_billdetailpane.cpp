#include "api/ApiClient.h"
#include "api/ApiConnection.h"
#include "bills/BillDetailPane.h"
#include "models/BillDetailCache.h"
#include "models/LineItemTreeModel.h"
#include "sandbox/CurrencyTable.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "support/FakeHttpServer.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace m3ter;
using m3ter::sandbox::CurrencyTable;
using m3ter::sandbox::SandboxConfig;
using m3ter::sandbox::SandboxServer;

class TestBillDetailPane : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    // A bill worth looking at: tiered usage (bands), a foreign currency (a conversion row) and
    // several line items.
    int interestingBill() {
        sandbox::SandboxStore &store = m_server->store();
        for (int pos = 0; pos < store.billCount(); ++pos) {
            const auto items = store.lineItems(pos);
            bool bands = false;
            for (const auto &item : items)
                bands = bands || !item.bands.isEmpty();
            if (bands && items.size() >= 5 && store.accountOf(pos).currency != CurrencyTable::USD)
                return pos;
        }
        return 0;
    }

    QJsonObject billJson(int pos) {
        const QList<QJsonObject> bills = m_server->store().bills();
        return bills.at(pos);
    }

    QString value(BillDetailPane &pane, BillDetailPane::HeaderField field) {
        return pane.headerLabel(field)->text();
    }

private slots:
    void initTestCase() {
        SandboxConfig config;
        config.seed = 11;
        config.accounts = 8;
        config.bills = 80;
        config.rateLimitPerSecond = 0;
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        ApiConnection connection;
        connection.baseUrl = m_server->baseUrl();
        connection.orgId = m_server->config().orgId;
        connection.clientId = m_server->config().clientId;
        connection.clientSecret = m_server->config().clientSecret;
        m_client = std::make_unique<ApiClient>(connection);
    }

    void cleanupTestCase() {
        m_client.reset();
        m_server.reset();
    }

    void startsEmpty() {
        BillDetailCache cache(m_client.get());
        BillDetailPane pane(&cache);
        QCOMPARE(pane.state(), BillDetailPane::State::Empty);
        QVERIFY(pane.currentBillId().isEmpty());
        QVERIFY(!pane.stateText().isEmpty()); // tells the user what to do
        QVERIFY(!pane.copyIdAction()->isEnabled());
        QVERIFY(!pane.exportAction()->isEnabled());
    }

    void showsABillFromTheSandbox() {
        const int pos = interestingBill();
        const QJsonObject json = billJson(pos);
        const QString id = json.value(QStringLiteral("id")).toString();
        const int itemCount = int(m_server->store().lineItems(pos).size());

        BillDetailCache cache(m_client.get());

        BillDetailPane pane(&cache);
        pane.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        pane.resize(1400, 860);
        pane.show();
        QSignalSpy shown(&pane, &BillDetailPane::billShown);
        pane.showBill(id);
        QCOMPARE(pane.state(), BillDetailPane::State::Loading);
        QCOMPARE(pane.currentBillId(), id);
        QVERIFY(shown.wait(10000));
        QCOMPARE(pane.state(), BillDetailPane::State::Showing);

        // Header fields, compared with the server's own JSON.
        auto field = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
        QCOMPARE(value(pane, BillDetailPane::AccountField), field("accountCode"));
        QCOMPARE(value(pane, BillDetailPane::InvoiceNumberField), field("sequentialInvoiceNumber"));
        QCOMPARE(value(pane, BillDetailPane::TimezoneField), field("timezone"));
        QCOMPARE(value(pane, BillDetailPane::BillIdField), id);
        for (int f = 0; f < BillDetailPane::HeaderFieldCount; ++f) {
            const auto hf = BillDetailPane::HeaderField(f);
            if (hf == BillDetailPane::PurchaseOrderField ||
                hf == BillDetailPane::ExternalInvoiceField || hf == BillDetailPane::LockedField ||
                hf == BillDetailPane::ApprovedField)
                continue; // may legitimately be empty
            QVERIFY2(!value(pane, hf).isEmpty() && value(pane, hf) != QStringLiteral("—"),
                     qPrintable(QStringLiteral("field %1 is empty").arg(f)));
        }
        QVERIFY(value(pane, BillDetailPane::PeriodField).contains(QStringLiteral(" – ")));
        QVERIFY(pane.headerLabel(BillDetailPane::AccountField)->textInteractionFlags() &
                Qt::TextSelectableByMouse);

        // Line items with bands as children, expanded.
        QCOMPARE(pane.lineItemModel()->rowCount(), itemCount);
        QAbstractItemModel *viewModel = pane.lineItemView()->model();
        QCOMPARE(viewModel->rowCount(), itemCount);
        int bandRows = 0;
        for (int r = 0; r < viewModel->rowCount(); ++r) {
            const QModelIndex item = viewModel->index(r, 0);
            bandRows += viewModel->rowCount(item);
            if (viewModel->rowCount(item) > 0)
                QVERIFY(pane.lineItemView()->isExpanded(item));
        }
        QVERIFY(bandRows > 0);

        // Totals by type end with the sum and the bill total, which agree: no warning.
        QTableWidget *totals = pane.totalsTable();
        QVERIFY(totals->rowCount() >= 3);
        const QString sum = totals->item(totals->rowCount() - 2, 2)->text();
        const QString billTotal = totals->item(totals->rowCount() - 1, 2)->text();
        QCOMPARE(sum, billTotal);
        QCOMPARE(value(pane, BillDetailPane::BillTotalField), billTotal);
        QVERIFY(!pane.mismatchWarning()->isVisible());
        QVERIFY(pane.mismatchText().isEmpty());

        // One conversion from the bill currency to the organization's.
        QCOMPARE(pane.conversionsTable()->rowCount(), 1);
        QCOMPARE(pane.conversionsTable()->item(0, 0)->text(), field("currency"));
        QCOMPARE(pane.conversionsTable()->item(0, 1)->text(), QStringLiteral("USD"));

        QTest::qWait(50);
        const QImage image = pane.grab().toImage();
        QVERIFY(image.save(QStringLiteral("/tmp/detail-pane.png")));

        QVERIFY(pane.copyIdAction()->isEnabled());
        pane.copyBillId();
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
        pane.copyBillJson();
        const QJsonObject copied =
            QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
        QCOMPARE(copied.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(copied.value(QStringLiteral("lineItems")).toArray().size(), itemCount);
    }

    void exportWritesTheLineItems() {
        const int pos = interestingBill();
        const QString id = m_server->store().billId(pos);
        BillDetailCache cache(m_client.get());
        BillDetailPane pane(&cache);
        QSignalSpy shown(&pane, &BillDetailPane::billShown);
        pane.showBill(id);
        QVERIFY(shown.wait(10000));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("items.csv"));
        QVERIFY(pane.exportLineItems(path, true));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), m_server->store().lineItems(pos).size() + 1);
        QVERIFY2(pane.noticeText().contains(QStringLiteral("items.csv")),
                 qPrintable(pane.noticeText()));

        // A failed export says why, inside the pane, and leaves no file.
        const QString bad = dir.filePath(QStringLiteral("missing/items.csv"));
        QVERIFY(!pane.exportLineItems(bad, false));
        QVERIFY2(pane.noticeText().contains(QStringLiteral("does not exist")),
                 qPrintable(pane.noticeText()));
        QVERIFY(!QFile::exists(bad));
    }

    void errorsShowInsideThePaneWithRetry() {
        BillDetailCache cache(m_client.get());
        BillDetailPane pane(&cache);
        pane.show();
        QSignalSpy states(&pane, &BillDetailPane::stateChanged);
        pane.showBill(QStringLiteral("00000000-0000-4000-8000-00000000dead"));
        QTRY_COMPARE_WITH_TIMEOUT(pane.state(), BillDetailPane::State::Error, 10000);
        QVERIFY2(pane.stateText().contains(QStringLiteral("could not be loaded")),
                 qPrintable(pane.stateText()));
        QVERIFY(pane.retryButton()->isVisible());
        QVERIFY(QApplication::activeModalWidget() == nullptr);

        const int before = m_server->requestLog().count(QStringLiteral("bills.get"));
        QTest::mouseClick(pane.retryButton(), Qt::LeftButton);
        QCOMPARE(pane.state(), BillDetailPane::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(pane.state(), BillDetailPane::State::Error, 10000);
        QCOMPARE(m_server->requestLog().count(QStringLiteral("bills.get")), before + 1);
    }

    void mismatchWarningIsVisible() {
        // A bill whose line items (10.00 + 5.00 - 2.50) do not add up to its total (13.00).
        test::FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setDefault(QStringLiteral("/oauth/token"),
                        test::FakeResponse::json(200, R"({"access_token":"t","expires_in":3600})"));
        auto item = [](const char *type, double subtotal) {
            return QJsonObject{{QStringLiteral("description"), QString::fromLatin1(type)},
                               {QStringLiteral("quantity"), 1},
                               {QStringLiteral("units"), 1},
                               {QStringLiteral("unit"), QStringLiteral("month")},
                               {QStringLiteral("subtotal"), subtotal},
                               {QStringLiteral("currency"), QStringLiteral("EUR")},
                               {QStringLiteral("conversionRate"), 1},
                               {QStringLiteral("convertedSubtotal"), subtotal},
                               {QStringLiteral("lineItemType"), QString::fromLatin1(type)},
                               {QStringLiteral("averageUnitPrice"), subtotal}};
        };
        const QJsonObject bill{
            {QStringLiteral("id"), QStringLiteral("m-1")},
            {QStringLiteral("accountCode"), QStringLiteral("ACME-EU")},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("billTotal"), 13.0},
            {QStringLiteral("lineItems"), QJsonArray{item("STANDING_CHARGE", 10), item("USAGE", 5),
                                                     item("USAGE_CREDIT", -2.5)}}};
        fake.setDefault(QStringLiteral("/organizations/o/bills/m-1"),
                        test::FakeResponse::json(200, QJsonDocument(bill).toJson()));
        ApiConnection connection;
        connection.baseUrl = fake.baseUrl();
        connection.orgId = QStringLiteral("o");
        connection.clientId = QStringLiteral("id");
        connection.clientSecret = QStringLiteral("secret");
        ApiClient client(connection);

        BillDetailCache cache(&client);

        BillDetailPane pane(&cache);
        pane.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        pane.resize(1400, 700);
        pane.show();
        QSignalSpy shown(&pane, &BillDetailPane::billShown);
        pane.showBill(QStringLiteral("m-1"));
        QVERIFY(shown.wait(10000));
        QVERIFY(pane.mismatchWarning()->isVisible());
        const QString warning = pane.mismatchText();
        QVERIFY2(warning.contains(QStringLiteral("€12.50")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("€13.00")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("€0.50 less")), qPrintable(warning));
        QVERIFY(pane.grab().toImage().save(QStringLiteral("/tmp/detail-pane-mismatch.png")));

        // A consistent bill on the same pane hides the warning again.
        QJsonObject consistent = bill;
        consistent.insert(QStringLiteral("id"), QStringLiteral("ok-1"));
        consistent.insert(QStringLiteral("billTotal"), 12.5);
        fake.setDefault(QStringLiteral("/organizations/o/bills/ok-1"),
                        test::FakeResponse::json(200, QJsonDocument(consistent).toJson()));
        pane.showBill(QStringLiteral("ok-1"));
        QVERIFY(shown.wait(10000));
        QCOMPARE(pane.state(), BillDetailPane::State::Showing);
        QVERIFY(!pane.mismatchWarning()->isVisible());
        QVERIFY(pane.mismatchText().isEmpty());
    }

    void newerSelectionWinsAndCachedBillsShowAtOnce() {
        BillDetailCache cache(m_client.get());
        BillDetailPane pane(&cache);
        QSignalSpy shown(&pane, &BillDetailPane::billShown);
        const QString a = m_server->store().billId(4);
        const QString b = m_server->store().billId(5);
        constexpr int kSlowMs = 600;
        m_server->faults().add(QStringLiteral("bills.get"), sandbox::FaultSpec::delay(kSlowMs));
        QElapsedTimer sinceRequested;
        sinceRequested.start();
        pane.showBill(a);
        pane.showBill(b);
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.at(0).at(0).toString(), b);
        // Proving that a's reply never lands takes a fixed wait: until it would have been
        // delivered, had it not been cancelled (its delay plus slack for the delivery).
        QTest::qWait(qMax<qint64>(0, kSlowMs + 600 - sinceRequested.elapsed()));
        QCOMPARE(shown.count(), 1); // a's late reply never replaces b
        QCOMPARE(pane.currentBillId(), b);

        const int gets = m_server->requestLog().count(QStringLiteral("bills.get"));
        pane.showBill(a); // was cancelled, so it is fetched now
        QVERIFY(shown.wait(10000));
        pane.showBill(b); // cached: shown synchronously, no request
        QCOMPARE(pane.state(), BillDetailPane::State::Showing);
        QCOMPARE(pane.headerLabel(BillDetailPane::BillIdField)->text(), b);
        QCOMPARE(m_server->requestLog().count(QStringLiteral("bills.get")), gets + 1);

        pane.clear();
        QCOMPARE(pane.state(), BillDetailPane::State::Empty);
        QCOMPARE(pane.lineItemModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestBillDetailPane)
#include "tst_billdetailpane.moc"
