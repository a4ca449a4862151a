#include "store/StoreFile.h"
#include "store/StoreReader.h"
#include "store/StoreSchema.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace m3ter;

// SIGKILL of a process writing the store at random moments (store_write_loop): every time, the
// database opens without being moved aside, passes SQLite's integrity check, and each page the
// loop wrote is one generation throughout (a page is one transaction), never a mix.
class TestStoreKill : public QObject {
    Q_OBJECT

private slots:
    void theStoreSurvivesSigkillAtRandomMoments() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stores/kill.sqlite"));
        QRandomGenerator random(20261206);
        int killedWhileWriting = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess loop;
            loop.setProgram(QStringLiteral(STORE_WRITE_LOOP));
            loop.setArguments({path});
            loop.start();
            QVERIFY(loop.waitForStarted(10000));
            QVERIFY(loop.waitForReadyRead(20000));
            QCOMPARE(loop.readLine().trimmed(), QByteArray("ready"));
            QTest::qWait(int(random.bounded(20, 400))); // how long it writes before the kill
            killedWhileWriting += loop.state() == QProcess::Running ? 1 : 0;
            loop.kill();
            QVERIFY(loop.waitForFinished(10000));
            QVERIFY2(loop.exitStatus() == QProcess::CrashExit,
                     loop.readAllStandardError().constData());

            const QString connection = QStringLiteral("check");
            {
                const StoreOpenResult opened = StoreFile::open(path, connection);
                QVERIFY(opened.ok);
                QVERIFY2(opened.movedAsidePath.isEmpty(), qPrintable(opened.message));
                QSqlDatabase db = QSqlDatabase::database(connection);
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
                QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
                query.finish();

                const StoredFilter stored = StoreReader(db).readFilter(QStringLiteral("bills?"));
                std::map<int, QString> pageTotals; // page → the one total its bills have
                for (const BillRow &row : stored.rows) {
                    const int n = row.id.toString().mid(5).toInt();
                    const int page = n / 25;
                    const auto [it, inserted] = pageTotals.emplace(page, row.total.toString());
                    QVERIFY2(inserted || it->second == row.total.toString(),
                             qPrintable(QStringLiteral("round %1, page %2: %3 and %4")
                                            .arg(round)
                                            .arg(page)
                                            .arg(it->second, row.total.toString())));
                    QCOMPARE(row.invoiceNumber,
                             QStringLiteral("INV-%1-%2").arg(n).arg(row.total.mantissa()));
                }
                if (round > 0)
                    QVERIFY(!stored.rows.isEmpty());
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QVERIFY(killedWhileWriting == 20);
    }
};

QTEST_GUILESS_MAIN(TestStoreKill)
#include "tst_storekill.moc"
