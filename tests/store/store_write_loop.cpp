// store_write_loop <database> <seed>: refreshes one filter of the store again and again as fast
// as it can, for tst_storekill to kill with SIGKILL at a random moment. Generation g writes every
// page with all its bills' totals set to g (so a page read back is one generation throughout),
// and completes every third refresh. Prints "ready" once the store is open.

#include "models/BillRow.h"
#include "store/StoreFile.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <cstdio>

using namespace m3ter;

namespace {

constexpr int kPages = 8;
constexpr int kRowsPerPage = 25;

BillRow rowOf(int n, int generation) {
    BillRow row;
    row.id = BillId::fromString(QStringLiteral("bill-%1").arg(n));
    row.accountId = QStringLiteral("acc-%1").arg(n % 3);
    row.currency = QStringLiteral("USD");
    row.status = generation % 2 ? QStringLiteral("PENDING") : QStringLiteral("APPROVED");
    row.total = *Decimal::fromParts(generation, 2);
    row.hasTotal = true;
    row.invoiceNumber = QStringLiteral("INV-%1-%2").arg(n).arg(generation);
    return row;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString connection = QStringLiteral("loop");
    if (!StoreFile::open(path, connection).ok)
        return 3;
    StoreWriter writer(QSqlDatabase::database(connection));
    std::printf("ready\n");
    std::fflush(stdout);
    const QString key = QStringLiteral("bills?");
    for (int generation = 1;; ++generation) {
        const quint64 refresh = quint64(generation);
        writer.beginRefresh(key, refresh);
        QString error;
        // Some generations return fewer pages, so completions also remove bills.
        const int pages = generation % 4 == 0 ? kPages / 2 : kPages;
        for (int page = 0; page < pages; ++page) {
            QVector<BillRow> rows;
            for (int i = 0; i < kRowsPerPage; ++i)
                rows.append(rowOf(page * kRowsPerPage + i, generation));
            if (!writer.writePage(key, refresh, page * kRowsPerPage, rows, &error)) {
                std::fprintf(stderr, "write failed: %s\n", qPrintable(error));
                return 4;
            }
        }
        if (generation % 3 == 0 &&
            writer.completeRefresh(key, refresh, QDateTime::currentMSecsSinceEpoch(), &error) < 0) {
            std::fprintf(stderr, "complete failed: %s\n", qPrintable(error));
            return 5;
        }
    }
}
