// bench_store: the local bill store (app/store) at 100,000 bills. docs/BENCHMARKS.md says how to
// run it and what each figure means.
//
//   write     100,000 bills in pages of 100 through BillStore, as a refresh writes them: the
//             GUI-thread CPU per bill of handing a page over, and the store thread's time per
//             bill (from the first page handed over to the refresh completed)
//   load      the filter's first screenful (readFilter with a limit of 200 rows) and all
//             100,000 stored rows through BillStore::readFilter: wall time from the call to the
//             callback on the GUI thread
//   details   every bill's detail with 5 line items (500,000 line items) through BillStore
//   search    as-you-type queries (one per keystroke of several words) through BillSearch on
//             the store's connection: p50/p95/max per query
//   rewrite   the same 100,000 bills again, unchanged (the common refresh): the store thread's
//             CPU per bill
//   changes   a refresh of the same filter with 5 % of the bills changed, 1 % gone, 1 % new: the
//             store thread's CPU per bill for its pages, then the time of completeRefresh (change
//             detection + removal)
//   size      the database file (after a WAL checkpoint) per bill, before and after details
//
// Options: --bills N (100000) --runs N (3: search and load repeated, medians reported)
//          --skip-details (no details: search over the bills' own fields only; a quick run)

#include "BenchSupport.h"
#include "models/BillRow.h"
#include "store/BillSearch.h"
#include "store/BillStore.h"
#include "store/StoreFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace m3ter;

namespace {

const QStringList kWords = {
    QStringLiteral("storage"),    QStringLiteral("compute"),  QStringLiteral("network"),
    QStringLiteral("egress"),     QStringLiteral("archive"),  QStringLiteral("premium"),
    QStringLiteral("support"),    QStringLiteral("seats"),    QStringLiteral("api"),
    QStringLiteral("calls"),      QStringLiteral("minimum"),  QStringLiteral("commitment"),
    QStringLiteral("overage"),    QStringLiteral("credits"),  QStringLiteral("analytics"),
    QStringLiteral("events"),     QStringLiteral("ingest"),   QStringLiteral("gigabytes"),
    QStringLiteral("hours"),      QStringLiteral("requests"), QStringLiteral("platform"),
    QStringLiteral("enterprise"), QStringLiteral("standard"), QStringLiteral("basic")};
const QStringList kCompanies = {QStringLiteral("Acme"),      QStringLiteral("Globex"),
                                QStringLiteral("Initech"),   QStringLiteral("Umbrella"),
                                QStringLiteral("Hooli"),     QStringLiteral("Stark"),
                                QStringLiteral("Wayne"),     QStringLiteral("Tyrell"),
                                QStringLiteral("Cyberdyne"), QStringLiteral("Soylent")};

QString billId(int n) {
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(quint32(n * 2654435761u), 8, 16, QLatin1Char('0'))
        .arg(n % 65536, 4, 16, QLatin1Char('0'))
        .arg(n % 4096, 3, 16, QLatin1Char('0'))
        .arg((n * 7) % 4096, 3, 16, QLatin1Char('0'))
        .arg(qint64(n) * 982451653LL % 281474976710656LL, 12, 16, QLatin1Char('0'));
}

BillRow makeRow(int n, int accounts, int variant) {
    BillRow r;
    r.id = BillId::fromString(billId(n));
    const int account = n % accounts;
    r.accountId = QStringLiteral("account-%1").arg(account);
    r.accountCode = QStringLiteral("ACC-%1").arg(account, 4, 10, QLatin1Char('0'));
    r.currency = account % 3 ? QStringLiteral("USD") : QStringLiteral("EUR");
    r.status = (n + variant) % 4 ? QStringLiteral("APPROVED") : QStringLiteral("PENDING");
    r.billingFrequency = QStringLiteral("MONTHLY");
    r.invoiceNumber = QStringLiteral("INV-%1").arg(n, 7, 10, QLatin1Char('0'));
    r.externalInvoiceReference = QStringLiteral("SO-%1").arg(n * 3, 8, 10, QLatin1Char('0'));
    r.total = *Decimal::fromParts(qint64(n % 100000) * 137 + variant, 2);
    r.hasTotal = true;
    r.billDate = QDate(2024, 1, 1).addDays(n % 365);
    r.dueDate = r.billDate.addDays(30);
    r.startDate = r.billDate.addMonths(-1);
    r.endDate = r.billDate;
    r.lastCalculatedMSecs = 1700000000000LL + n;
    r.locked = n % 5 == 0;
    r.jsonStatementGenerated = n % 2 == 0;
    return r;
}

QByteArray detailJson(int n) {
    QJsonArray items;
    for (int i = 0; i < 5; ++i) {
        const int w = (n * 5 + i) % int(kWords.size());
        items.append(QJsonObject{
            {QStringLiteral("description"),
             QString(kWords[w] + QLatin1Char(' ') + kWords[(w + 7) % kWords.size()])},
            {QStringLiteral("productName"), QString(kWords[(w + 3) % kWords.size()] +
                                                    QStringLiteral(" plan ") + QString::number(i))},
            {QStringLiteral("productCode"), QStringLiteral("P%1").arg((n + i) % 97)},
            {QStringLiteral("amount"), double(n % 1000) / 7.0},
            {QStringLiteral("quantity"), i + 1}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), billId(n)},
                                     {QStringLiteral("purchaseOrderNumber"),
                                      QStringLiteral("PO-%1").arg(n % 5000)},
                                     {QStringLiteral("lineItems"), items}})
        .toJson(QJsonDocument::Compact);
}

template <class Result, class Start>
Result waitFor(Start start) {
    std::optional<Result> result;
    QObject context;
    start(&context, [&result](const Result &value) { result = value; });
    while (!result)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return *result;
}

void waitForCompletion(BillStore &store) {
    bool done = false;
    QMetaObject::Connection c =
        QObject::connect(&store, &BillStore::refreshCompleted,
                         [&done](const QString &, const QDateTime &, int) { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QObject::disconnect(c);
}

qint64 fileSize(const QString &path) {
    const QString name = QStringLiteral("bench-size");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return QFileInfo(path).size();
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("bills"), QStringLiteral("bills"), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("skip-details"), QStringLiteral("no details phase")});
    parser.process(app);
    const bool skipDetails = parser.isSet(QStringLiteral("skip-details"));
    const int bills = parser.value(QStringLiteral("bills")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int accounts = 500;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path =
        StoreFile::pathFor(dir.path(), QStringLiteral("bench"), QStringLiteral("p"));
    BillStore store;
    {
        bool opened = false;
        QObject::connect(&store, &BillStore::opened,
                         [&opened](const StoreOpenResult &) { opened = true; });
        store.open(path);
        while (!opened)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const QString key = QStringLiteral("bills?");

    QVector<Account> accountList;
    for (int a = 0; a < accounts; ++a) {
        Account account;
        account.id = QStringLiteral("account-%1").arg(a);
        account.code = QStringLiteral("ACC-%1").arg(a, 4, 10, QLatin1Char('0'));
        account.name = kCompanies[a % kCompanies.size()] + QLatin1Char(' ') +
                       kWords[a % kWords.size()] + QStringLiteral(" Ltd ") + QString::number(a);
        accountList.append(account);
    }
    store.storeAccounts(accountList);

    // --- write
    QVector<QVector<BillRow>> pages;
    for (int first = 0; first < bills; first += 100) {
        QVector<BillRow> page;
        for (int n = first; n < qMin(bills, first + 100); ++n)
            page.append(makeRow(n, accounts, 0));
        pages.append(page);
    }
    store.flush();
    qint64 guiCpu = 0;
    const qint64 writeStart = bench::monotonicNs();
    const qint64 writeCpuStart = bench::processCpuNs();
    const qint64 writeGuiStart = bench::threadCpuNs();
    const quint64 refresh = store.beginRefresh(key);
    int order = 0;
    for (const QVector<BillRow> &page : pages) {
        const qint64 cpu = bench::threadCpuNs();
        store.writePage(key, refresh, order, page);
        guiCpu += bench::threadCpuNs() - cpu;
        order += int(page.size());
    }
    store.completeRefresh(key, refresh);
    waitForCompletion(store);
    const qint64 writeNs = bench::monotonicNs() - writeStart;
    // Everything but the GUI thread: the store's thread (the pool is idle meanwhile).
    const qint64 storeCpu =
        (bench::processCpuNs() - writeCpuStart) - (bench::threadCpuNs() - writeGuiStart);
    out << QStringLiteral("write: GUI thread %1 µs/bill; store thread CPU %2 µs/bill, wall %3 s "
                          "for %4 bills\n")
               .arg(double(guiCpu) / 1000.0 / bills, 0, 'f', 3)
               .arg(double(storeCpu) / 1000.0 / bills, 0, 'f', 1)
               .arg(double(writeNs) / 1e9, 0, 'f', 2)
               .arg(bills);
    out.flush();
    const qint64 sizeRows = fileSize(path);

    // --- load: the first screenful, then every row
    constexpr int kScreenful = 200;
    QVector<double> firstMs;
    QVector<double> loadMs;
    for (int run = 0; run < runs; ++run) {
        const qint64 firstStart = bench::monotonicNs();
        const StoredFilter first = waitFor<StoredFilter>(
            [&](QObject *context, auto done) { store.readFilter(key, context, done, kScreenful); });
        firstMs.append(double(bench::monotonicNs() - firstStart) / 1e6);
        if (first.rows.size() != qMin(bills, kScreenful))
            out << "load: wrong first screenful " << first.rows.size() << "\n";
        const qint64 start = bench::monotonicNs();
        const StoredFilter stored = waitFor<StoredFilter>(
            [&](QObject *context, auto done) { store.readFilter(key, context, done); });
        loadMs.append(double(bench::monotonicNs() - start) / 1e6);
        if (stored.rows.size() != bills)
            out << "load: wrong row count " << stored.rows.size() << "\n";
    }
    out << QStringLiteral("load: first %1 rows in %2 ms, all %3 rows in %4 ms (medians of %5)\n")
               .arg(kScreenful)
               .arg(bench::median(firstMs), 0, 'f', 1)
               .arg(bills)
               .arg(bench::median(loadMs), 0, 'f', 0)
               .arg(runs);
    out.flush();

    // --- details (500,000 line items)
    const qint64 detailStart = bench::monotonicNs();
    for (int n = 0; n < (skipDetails ? 0 : bills); ++n)
        store.storeBillDetail(billId(n), detailJson(n));
    store.flush();
    QCoreApplication::processEvents();
    const qint64 detailNs = bench::monotonicNs() - detailStart;
    out << QStringLiteral("details: %1 bills with 5 line items each in %2 s (%3 µs/bill)\n")
               .arg(bills)
               .arg(double(detailNs) / 1e9, 0, 'f', 1)
               .arg(double(detailNs) / 1000.0 / bills, 0, 'f', 0);
    out.flush();
    const qint64 sizeDetails = fileSize(path);

    // --- search: every prefix of each query, as typed
    const QStringList queries = {
        QStringLiteral("acme"),           QStringLiteral("INV-0012345"),
        QStringLiteral("storage egress"), QStringLiteral("globex archive"),
        QStringLiteral("PO-4321"),        QStringLiteral("ACC-0042"),
        QStringLiteral("SO-00001"),       billId(4242).left(13),
        QStringLiteral("premium plan 3"), QStringLiteral("hooli support seats")};
    QVector<double> searchMs;
    QVector<QPair<double, QString>> slowest;
    qint64 hits = 0;
    for (int run = 0; run < runs; ++run) {
        for (const QString &query : queries) {
            for (int length = 1; length <= query.size(); ++length) {
                const QString typed = query.left(length);
                const qint64 start = bench::monotonicNs();
                const QSet<QString> ids = waitFor<QSet<QString>>([&](QObject *context, auto done) {
                    store.search(typed, QString(), context, done);
                });
                searchMs.append(double(bench::monotonicNs() - start) / 1e6);
                hits += ids.size();
                slowest.append(
                    {searchMs.last(), typed + QStringLiteral(" (%1 hits)").arg(ids.size())});
            }
        }
    }
    out << QStringLiteral("search: %1 keystrokes, p50 %2 ms, p95 %3 ms, max %4 ms (mean %5 hits)\n")
               .arg(searchMs.size())
               .arg(bench::percentile(searchMs, 0.5), 0, 'f', 1)
               .arg(bench::percentile(searchMs, 0.95), 0, 'f', 1)
               .arg(bench::percentile(searchMs, 1.0), 0, 'f', 1)
               .arg(double(hits) / searchMs.size(), 0, 'f', 0);
    std::sort(slowest.begin(), slowest.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < qMin(8, int(slowest.size())); ++i)
        out << QStringLiteral("  slow: %1 ms \"%2\"\n")
                   .arg(slowest[i].first, 0, 'f', 1)
                   .arg(slowest[i].second);
    out.flush();

    // --- rewrite: the same bills, unchanged
    {
        const qint64 cpuStart = bench::processCpuNs();
        const qint64 guiStart = bench::threadCpuNs();
        const quint64 same = store.beginRefresh(key);
        for (int i = 0; i < pages.size(); ++i)
            store.writePage(key, same, i * 100, pages[i]);
        store.completeRefresh(key, same);
        waitForCompletion(store);
        const qint64 cpu = (bench::processCpuNs() - cpuStart) - (bench::threadCpuNs() - guiStart);
        out << QStringLiteral("rewrite: the same bills again, unchanged: store thread CPU %1 "
                              "µs/bill\n")
                   .arg(double(cpu) / 1000.0 / bills, 0, 'f', 1);
        out.flush();
    }

    // --- change detection: 5 % changed, 1 % gone, 1 % new
    const qint64 rewriteCpuStart = bench::processCpuNs();
    const qint64 rewriteGuiStart = bench::threadCpuNs();
    const quint64 second = store.beginRefresh(key);
    order = 0;
    QVector<BillRow> page;
    for (int n = 0; n < bills + bills / 100; ++n) {
        if (n % 100 == 50)
            continue; // gone
        page.append(makeRow(n, accounts, n % 20 == 3 ? 1 : 0));
        if (page.size() == 100) {
            store.writePage(key, second, order, page);
            order += 100;
            page.clear();
        }
    }
    store.writePage(key, second, order, page);
    store.flush();
    QCoreApplication::processEvents();
    const qint64 rewriteCpu =
        (bench::processCpuNs() - rewriteCpuStart) - (bench::threadCpuNs() - rewriteGuiStart);
    out << QStringLiteral("rewrite: 5 % changed, 1 % gone, 1 % new: store thread CPU %1 "
                          "µs/bill\n")
               .arg(double(rewriteCpu) / 1000.0 / bills, 0, 'f', 1);
    int changes = 0;
    QMetaObject::Connection c = QObject::connect(
        &store, &BillStore::refreshCompleted,
        [&changes](const QString &, const QDateTime &, int count) { changes = count; });
    const qint64 changeStart = bench::monotonicNs();
    store.completeRefresh(key, second);
    waitForCompletion(store);
    const qint64 changeNs = bench::monotonicNs() - changeStart;
    QObject::disconnect(c);
    out << QStringLiteral("changes: completing a refresh of %1 bills with %2 changes: %3 ms\n")
               .arg(bills)
               .arg(changes)
               .arg(double(changeNs) / 1e6, 0, 'f', 0);

    out << QStringLiteral("size: %1 bytes/bill (rows only), %2 bytes/bill (with 5 line items)\n")
               .arg(sizeRows / bills)
               .arg(sizeDetails / bills);
    return 0;
}
