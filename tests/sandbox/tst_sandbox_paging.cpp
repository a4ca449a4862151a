// Cursor paging of GET …/bills over 2,000 bills with every filter combination the API allows, token
// validation, and the 100,000-bill scale the sandbox must serve quickly.

#include "ExpectedBills.h"
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace m3ter::sandbox;

class TestSandboxPaging : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFilterCombination();
    void smallPagesCoverEverything();
    void pageSizeMayChangeBetweenPages();
    void tokenBoundToFilters();
    void tamperedTokens_data();
    void tamperedTokens();
    void noEmptyPageWithToken();
    void largeDataSet();

private:
    QString firstToken(const QString &query);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QList<QJsonObject> m_bills;
    QList<BillRow> m_rows;
};

void TestSandboxPaging::initTestCase() {
    SandboxConfig config;
    config.seed = 2024;
    config.accounts = 30;
    config.bills = 2000;
    config.rateLimitPerSecond = 0;
    m_server = std::make_unique<SandboxServer>(config);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->config().orgId);
    QVERIFY(!m_client->fetchToken().isEmpty());
    m_bills = m_server->store().bills(false, true);
    m_rows = billRows(m_bills);
}

void TestSandboxPaging::everyFilterCombination() {
    // Filter values that select plenty: the busiest account and bill date, a bill job of that
    // account, a date window in the middle, and 40 ids (half of them from the busy account).
    QHash<QString, int> perAccount;
    QHash<QString, int> perDate;
    for (const QJsonObject &b : m_bills) {
        ++perAccount[b.value(QStringLiteral("accountId")).toString()];
        ++perDate[b.value(QStringLiteral("billDate")).toString()];
    }
    auto busiest = [](const QHash<QString, int> &h) {
        QString best;
        for (auto it = h.cbegin(); it != h.cend(); ++it) {
            if (best.isEmpty() || it.value() > h.value(best) ||
                (it.value() == h.value(best) && it.key() < best))
                best = it.key();
        }
        return best;
    };
    const QString account = busiest(perAccount);
    const QString billDate = busiest(perDate);
    QString billJob;
    QString frequency;
    QStringList ids;
    for (int i = 0; i < m_bills.size(); ++i) {
        const QJsonObject &b = m_bills.at(i);
        const bool mine = b.value(QStringLiteral("accountId")).toString() == account;
        if (mine && billJob.isEmpty())
            billJob = b.value(QStringLiteral("billJobId")).toString();
        if (b.value(QStringLiteral("billDate")).toString() == billDate && frequency.isEmpty())
            frequency = b.value(QStringLiteral("billingFrequency")).toString();
        if ((mine && ids.size() < 20) || (i % 97 == 0 && ids.size() < 40))
            ids.append(b.value(QStringLiteral("id")).toString());
    }
    const QString start = m_bills.at(600).value(QStringLiteral("billDate")).toString();
    const QString end = m_bills.at(1400).value(QStringLiteral("billDate")).toString();

    const QStringList accountOpts{QString(), QStringLiteral("accountId=") + account};
    const QStringList statusOpts{QString(), QStringLiteral("status=PENDING"),
                                 QStringLiteral("status=APPROVED")};
    // locked=true is "no filter" (checked in tst_sandbox_bills), so it adds no new case here.
    const QStringList lockedOpts{QString(), QStringLiteral("locked=false")};
    const QStringList dateOpts{
        QString(),
        QStringLiteral("billDate=") + billDate,
        QStringLiteral("billDate=%1&billingFrequency=%2").arg(billDate, frequency),
        QStringLiteral("billDateStart=") + start,
        QStringLiteral("billDateEnd=") + end,
        QStringLiteral("billDateStart=%1&billDateEnd=%2").arg(start, end),
    };
    const QStringList externalOpts{
        QString(),
        QStringLiteral("externalInvoiceDateStart=%1&externalInvoiceDateEnd=%2").arg(start, end)};
    const QStringList idsOpts{QString(), QStringLiteral("ids=") + ids.join(QLatin1Char(','))};
    const QStringList jobOpts{QString(), QStringLiteral("billJobId=") + billJob};

    int combos = 0;
    int requests = 0;
    int nonEmpty = 0;
    for (const QString &a : accountOpts)
        for (const QString &s : statusOpts)
            for (const QString &l : lockedOpts)
                for (const QString &d : dateOpts)
                    for (const QString &e : externalOpts)
                        for (const QString &i : idsOpts)
                            for (const QString &j : jobOpts) {
                                QStringList parts{a, s, l, d, e, i, j};
                                parts.removeAll(QString());
                                const QString filter = parts.join(QLatin1Char('&'));
                                const int pageSize = 30 + (combos * 37) % 71; // 30..100, varied
                                QUrlQuery q(filter);
                                q.addQueryItem(QStringLiteral("pageSize"),
                                               QString::number(pageSize));
                                q.addQueryItem(QStringLiteral("excludeLineItems"),
                                               QStringLiteral("true"));
                                int pages = 0;
                                QString failure;
                                const QStringList got = idsOf(m_client->listAll(
                                    QStringLiteral("/bills"), q, &pages, &failure));
                                QVERIFY2(failure.isEmpty(),
                                         qPrintable(filter + QStringLiteral(": ") + failure));
                                const QStringList expected = expectedIds(m_rows, QUrlQuery(filter));
                                if (got != expected)
                                    QFAIL(qPrintable(QStringLiteral("%1: got %2 bills, expected %3")
                                                         .arg(filter)
                                                         .arg(got.size())
                                                         .arg(expected.size())));
                                QCOMPARE(QSet<QString>(got.cbegin(), got.cend()).size(),
                                         got.size());
                                QCOMPARE(m_server->store().matchingBillIds(filter), expected);
                                ++combos;
                                requests += pages;
                                nonEmpty += expected.isEmpty() ? 0 : 1;
                            }
    qInfo("%d filter combinations, %d of them non-empty, %d page requests", combos, nonEmpty,
          requests);
    QCOMPARE(combos, 2 * 3 * 2 * 6 * 2 * 2 * 2);
    QVERIFY(nonEmpty > combos / 3);
}

void TestSandboxPaging::smallPagesCoverEverything() {
    int pages = 0;
    QString failure;
    const QStringList got = idsOf(m_client->listAll(
        QStringLiteral("/bills"), QUrlQuery(QStringLiteral("pageSize=7&excludeLineItems=true")),
        &pages, &failure));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(got, expectedIds(m_rows, QUrlQuery()));
    QCOMPARE(pages, (2000 + 6) / 7);
    // pageSize=100 with line items: the heaviest page a client can ask for.
    QCOMPARE(
        m_client
            ->listAll(QStringLiteral("/bills"), QUrlQuery(QStringLiteral("pageSize=100")), &pages)
            .size(),
        2000);
    QCOMPARE(pages, 20);
}

void TestSandboxPaging::pageSizeMayChangeBetweenPages() {
    const QString filter = QStringLiteral("status=APPROVED&excludeLineItems=true");
    QStringList got;
    QString token;
    int size = 1;
    for (;;) {
        QUrlQuery q(filter);
        q.addQueryItem(QStringLiteral("pageSize"), QString::number(size));
        if (!token.isEmpty())
            q.addQueryItem(QStringLiteral("nextToken"), token);
        const HttpResult r = m_client->get(QStringLiteral("/bills"), q);
        QCOMPARE(r.status, 200);
        got += idsOf([&] {
            QList<QJsonObject> l;
            for (const QJsonValue &v : r.object().value(QStringLiteral("data")).toArray())
                l.append(v.toObject());
            return l;
        }());
        token = r.object().value(QStringLiteral("nextToken")).toString();
        if (token.isEmpty())
            break;
        size = size % 100 + 13;
        size = qMin(size, 100);
    }
    QCOMPARE(got, expectedIds(m_rows, QUrlQuery(QStringLiteral("status=APPROVED"))));
}

QString TestSandboxPaging::firstToken(const QString &query) {
    const HttpResult r = m_client->get(QStringLiteral("/bills"), QUrlQuery(query));
    return r.object().value(QStringLiteral("nextToken")).toString();
}

void TestSandboxPaging::tokenBoundToFilters() {
    const QString token = firstToken(QStringLiteral("pageSize=5&status=PENDING"));
    QVERIFY(!token.isEmpty());
    auto withToken = [&](const QString &query) {
        QUrlQuery q(query);
        q.addQueryItem(QStringLiteral("nextToken"), token);
        return m_client->get(QStringLiteral("/bills"), q);
    };
    QCOMPARE(withToken(QStringLiteral("pageSize=5&status=PENDING")).status, 200);
    // Presentation flags are not filters: they may change.
    QCOMPARE(withToken(QStringLiteral("pageSize=5&status=PENDING&includeBillTotal=true")).status,
             200);
    const HttpResult other = withToken(QStringLiteral("pageSize=5&status=APPROVED"));
    QCOMPARE(other.status, 400);
    QVERIFY(!other.message().isEmpty());
    QCOMPARE(withToken(QStringLiteral("pageSize=5")).status, 400);
    QCOMPARE(withToken(QStringLiteral("pageSize=5&status=PENDING&locked=false")).status, 400);
    // A bills token means nothing to other lists.
    QUrlQuery q(QStringLiteral("pageSize=5"));
    q.addQueryItem(QStringLiteral("nextToken"), token);
    QCOMPARE(m_client->get(QStringLiteral("/accounts"), q).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/statementjobs"), q).status, 400);
}

void TestSandboxPaging::tamperedTokens_data() {
    QTest::addColumn<QString>("token");
    const QString good = firstToken(QStringLiteral("pageSize=5"));
    QString flipped = good;
    flipped[2] = flipped[2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QTest::newRow("flipped") << flipped;
    QTest::newRow("truncated") << good.left(good.size() - 3);
    QTest::newRow("garbage") << QStringLiteral("!!not-base64!!");
    QTest::newRow("forged position")
        << QString::fromLatin1(QByteArray("5.0123456789abcdef01234567").toBase64());
    QTest::newRow("negative") << QString::fromLatin1(QByteArray("-1.x").toBase64());
}

void TestSandboxPaging::tamperedTokens() {
    QFETCH(QString, token);
    QUrlQuery q(QStringLiteral("pageSize=5"));
    q.addQueryItem(QStringLiteral("nextToken"), token);
    const HttpResult r = m_client->get(QStringLiteral("/bills"), q);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.message().isEmpty());
}

void TestSandboxPaging::noEmptyPageWithToken() {
    // The last page ends exactly at a page boundary: the server must not hand out a token that
    // leads to an empty page.
    const QStringList ids = expectedIds(m_rows, QUrlQuery(QStringLiteral("status=PENDING")));
    const int n = int(ids.size());
    for (int size : {1, 2, n % 100 == 0 ? 100 : qMax(1, n / 2)}) {
        int pages = 0;
        QString failure;
        QUrlQuery q(QStringLiteral("status=PENDING&excludeLineItems=true"));
        q.addQueryItem(QStringLiteral("pageSize"), QString::number(qMin(size, 100)));
        const QStringList got =
            idsOf(m_client->listAll(QStringLiteral("/bills"), q, &pages, &failure));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(got, ids);
        QCOMPARE(pages, (n + qMin(size, 100) - 1) / qMin(size, 100));
    }
    // Exactly one page worth of matches: no token at all.
    const QString two = QStringLiteral("ids=%1,%2").arg(ids.at(0), ids.at(1));
    const HttpResult r =
        m_client->get(QStringLiteral("/bills"), QUrlQuery(two + QStringLiteral("&pageSize=2")));
    QCOMPARE(r.object().value(QStringLiteral("data")).toArray().size(), 2);
    QVERIFY(!r.object().contains(QStringLiteral("nextToken")));
}

void TestSandboxPaging::largeDataSet() {
    SandboxConfig config;
    config.seed = 5;
    config.accounts = 800;
    config.bills = 100000;
    config.rateLimitPerSecond = 0;
    // Correctness at scale only: how long generating and paging take is measured in
    // tests/bench (bench_paging), not asserted here.
    SandboxServer server(config);
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);
    client.fetchToken();

    const SandboxStore &store = server.store();
    const QString account = store.accounts().at(700).id.toString(QUuid::WithoutBraces);
    const QString lateDate = QDate::fromJulianDay(store.bill(store.billCount() - 1).billDate)
                                 .addDays(-3)
                                 .toString(Qt::ISODate);
    struct Probe {
        const char *name;
        QString query;
    };
    const QList<Probe> probes{
        {"first page, full bills", QStringLiteral("pageSize=100")},
        {"first page, lean",
         QStringLiteral("pageSize=100&excludeLineItems=true&includeBillTotal=true")},
        {"sparse account",
         QStringLiteral("pageSize=100&excludeLineItems=true&accountId=") + account},
        {"late billDateStart",
         QStringLiteral("pageSize=100&excludeLineItems=true&billDateStart=") + lateDate},
        {"unindexed external range, locked=false",
         QStringLiteral(
             "pageSize=100&excludeLineItems=true&locked=false&externalInvoiceDateStart=") +
             lateDate},
    };
    for (const Probe &p : probes) {
        const HttpResult r = client.get(QStringLiteral("/bills"), QUrlQuery(p.query));
        QCOMPARE(r.status, 200);
        QCOMPARE(idsOf([&] {
                     QList<QJsonObject> l;
                     for (const QJsonValue &v : r.object().value(QStringLiteral("data")).toArray())
                         l.append(v.toObject());
                     return l;
                 }()),
                 store.matchingBillIds(QUrlQuery(p.query).toString()).mid(0, 100));
    }
    // Paging goes on deep into the list.
    QUrlQuery q(QStringLiteral("pageSize=100&excludeLineItems=true"));
    QString token;
    for (int i = 0; i < 50; ++i) {
        QUrlQuery page = q;
        if (!token.isEmpty())
            page.addQueryItem(QStringLiteral("nextToken"), token);
        const HttpResult r = client.get(QStringLiteral("/bills"), page);
        token = r.object().value(QStringLiteral("nextToken")).toString();
        QVERIFY(!token.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandbox_paging.moc"
