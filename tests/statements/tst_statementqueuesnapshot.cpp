#include "statements/StatementBatchSubmitter.h"
#include "statements/StatementQueueJsonCache.h"
#include "statements/StatementQueueSaver.h"
#include "statements/StatementQueueSnapshot.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>

using namespace m3ter;

class TestStatementQueueSnapshot : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsEverythingButSecrets() {
        StatementEntry e;
        e.id = 7;
        e.submissionId = 3;
        e.item = {QStringLiteral("bill-1"), QStringLiteral("ACC/1"), QDate(2024, 2, 29)};
        e.includeCsv = true;
        e.stage = StatementEntry::Stage::DownloadFailed;
        e.jobId = QStringLiteral("job-1");
        e.jobStatus = QStringLiteral("COMPLETE");
        e.jsonStatementStatus = QStringLiteral("LATEST");
        e.submittedAt = QDateTime(QDate(2024, 3, 1), QTime(10, 0, 0, 123), Qt::UTC);
        e.finishedAt = e.submittedAt.addSecs(5);
        e.jsonFile = QStringLiteral("/x/a.json");
        e.error =
            StatementError::withFile(StatementError::Kind::DiskFull, QStringLiteral("/x/a.json"),
                                     QStringLiteral("No space left on device"));
        e.bytesReceived = 99; // live only
        // The job's download links ride on the entry, but are credentials: never persisted.
        e.freshJsonUrl = QUrl(QStringLiteral("https://dl.example/a.json?X-Amz-Signature=SIG1"));
        e.freshCsvUrl = QUrl(QStringLiteral("https://dl.example/a.csv?X-Amz-Signature=SIG2"));

        StatementQueueSnapshot snapshot;
        snapshot.entries = {e};
        snapshot.nextEntryId = 8;
        snapshot.nextSubmissionId = 4;
        const QByteArray json = snapshot.toJson();
        QVERIFY(!json.contains("http")); // no URL of any kind is persisted
        QVERIFY(!json.contains("dl.example"));
        QVERIFY(!json.contains("Signature"));
        QVERIFY(!json.contains("SIG1") && !json.contains("SIG2"));
        QVERIFY(!json.contains("Bearer"));

        StatementQueueSnapshot back;
        QString error;
        QVERIFY(StatementQueueSnapshot::fromJson(json, &back, &error));
        QCOMPARE(back.entries.size(), 1);
        const StatementEntry &b = back.entries.first();
        QCOMPARE(b.id, 7);
        QCOMPARE(b.submissionId, 3);
        QCOMPARE(b.item, e.item);
        QVERIFY(b.includeCsv);
        QCOMPARE(b.stage, StatementEntry::Stage::DownloadFailed);
        QCOMPARE(b.jobId, e.jobId);
        QCOMPARE(b.jobStatus, e.jobStatus);
        QCOMPARE(b.submittedAt, e.submittedAt);
        QCOMPARE(b.finishedAt, e.finishedAt);
        QCOMPARE(b.jsonFile, e.jsonFile);
        QVERIFY(b.error == e.error);
        QCOMPARE(b.error.text(), e.error.text());
        QCOMPARE(b.bytesReceived, 0);
        QVERIFY(b.freshJsonUrl.isEmpty());
        QVERIFY(b.freshCsvUrl.isEmpty());
        QCOMPARE(back.nextEntryId, 8);
        QCOMPARE(back.nextSubmissionId, 4);
    }

    void damagedFilesAreRejectedOrRepaired() {
        StatementQueueSnapshot out;
        QString error;
        QVERIFY(!StatementQueueSnapshot::fromJson("not json", &out, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!StatementQueueSnapshot::fromJson(R"({"format":"other"})", &out, &error));
        // A bad entry is skipped; counters never go below the ids in use.
        const QByteArray json = R"({"format":"m3ter-bills/statement-queue/1","nextEntryId":1,
            "entries":[{"id":5,"submissionId":2,"billId":"b","stage":"generating"},
                       {"id":6,"billId":"c","stage":"bogus"}]})";
        QVERIFY(StatementQueueSnapshot::fromJson(json, &out, &error));
        QCOMPARE(out.entries.size(), 1);
        QCOMPARE(out.nextEntryId, 6);
        QCOMPARE(out.nextSubmissionId, 3);
    }

    // An id of INT_MAX in the file (damaged, or a very long-lived queue): the next entry must
    // still get an id no other entry has, without counting past INT_MAX.
    void largestIdsNeverRepeatOrOverflow() {
        const QByteArray json = R"({"format":"m3ter-bills/statement-queue/1",
            "nextEntryId":2147483647,"nextSubmissionId":3,
            "entries":[{"id":5,"submissionId":2147483647,"billId":"a","stage":"generating"},
                       {"id":2147483647,"submissionId":2147483647,"billId":"b",
                        "stage":"generating"},
                       {"id":9,"submissionId":2,"billId":"c","stage":"downloaded"}]})";
        StatementQueueSnapshot out;
        QString error;
        QVERIFY2(StatementQueueSnapshot::fromJson(json, &out, &error), qPrintable(error));
        QCOMPARE(out.entries.size(), 3);
        QSet<int> ids;
        for (const StatementEntry &e : out.entries) {
            QVERIFY(e.id > 0);
            QVERIFY2(e.id < out.nextEntryId, qPrintable(QString::number(out.nextEntryId)));
            QVERIFY(e.submissionId > 0 && e.submissionId < out.nextSubmissionId);
            ids.insert(e.id);
        }
        QCOMPARE(ids.size(), 3);
        // Room to count on: many more entries and submissions fit.
        QVERIFY(out.nextEntryId < std::numeric_limits<int>::max() - 1000000);
        QVERIFY(out.nextSubmissionId < std::numeric_limits<int>::max() - 1000000);
        // Order, bills and the grouping into submissions are kept.
        QCOMPARE(out.entries.at(0).item.billId, QStringLiteral("a"));
        QCOMPARE(out.entries.at(1).item.billId, QStringLiteral("b"));
        QCOMPARE(out.entries.at(0).submissionId, out.entries.at(1).submissionId);
        QVERIFY(out.entries.at(2).submissionId != out.entries.at(0).submissionId);
    }

    // The queue saves through StatementQueueJsonCache, which reuses the text of unchanged
    // entries: the file must be exactly what the snapshot's own JSON is, whatever changed
    // between two saves, including every persisted field of one entry, one at a time.
    void cachedTextIsTheSnapshotsJson() {
        using Stage = StatementEntry::Stage;
        StatementQueueSnapshot snapshot;
        StatementQueueJsonCache cache;
        QCOMPARE(cache.toJson(snapshot), snapshot.toJson()); // no entries
        for (int i = 1; i <= 5; ++i) {
            StatementEntry e;
            e.id = i;
            e.submissionId = 1 + i / 3;
            e.item = {QStringLiteral("bill-%1").arg(i), QStringLiteral("ACC \"%1\"").arg(i),
                      QDate(2024, 1, i)};
            e.includeCsv = i % 2 == 0;
            e.submittedAt = QDateTime(QDate(2024, 3, 1), QTime(10, 0, 0, i), Qt::UTC);
            snapshot.entries.append(e);
        }
        snapshot.nextEntryId = 6;
        snapshot.nextSubmissionId = 3;
        QCOMPARE(cache.toJson(snapshot), snapshot.toJson());

        StatementEntry &e = snapshot.entries[2];
        const QList<std::function<void()>> changes = {
            [&] { e.submissionId = 9; },
            [&] { e.item.billId = QStringLiteral("bill-x"); },
            [&] { e.item.accountCode = QStringLiteral("ACC-Ü"); },
            [&] { e.item.billDate = QDate(2025, 12, 31); },
            [&] { e.includeCsv = !e.includeCsv; },
            [&] { e.existingStatement = true; },
            [&] { e.stage = Stage::Generating; },
            [&] { e.jobId = QStringLiteral("job-3"); },
            [&] { e.jobStatus = QStringLiteral("RUNNING"); },
            [&] { e.jsonStatementStatus = QStringLiteral("LATEST"); },
            [&] { e.csvStatementStatus = QStringLiteral("STALE"); },
            [&] { e.submittedAt = e.submittedAt.addMSecs(1); },
            [&] { e.finishedAt = e.submittedAt.addSecs(3); },
            [&] { e.jsonFile = QStringLiteral("/x/a.json"); },
            [&] { e.csvFile = QStringLiteral("/x/a.csv"); },
            [&] {
                e.error = StatementError::withFile(StatementError::Kind::DiskFull,
                                                   QStringLiteral("/x/a.csv"),
                                                   QStringLiteral("No space left on device"));
            },
            [&] { e.error.detail = QStringLiteral("Quota exceeded"); },
            [&] { e.cancelRequested = true; },
            [&] { snapshot.nextEntryId = 7; },
            [&] { snapshot.entries.removeAt(0); },
            [&] { snapshot.entries.move(0, 2); },
        };
        for (qsizetype i = 0; i < changes.size(); ++i) {
            changes.at(i)();
            QVERIFY2(cache.toJson(snapshot) == snapshot.toJson(),
                     qPrintable(QStringLiteral("after change %1").arg(i)));
        }
        // Live progress and download links are not persisted: the text stays as it was.
        const QByteArray before = cache.toJson(snapshot);
        snapshot.entries[0].bytesReceived = 1234;
        snapshot.entries[0].freshJsonUrl = QUrl(QStringLiteral("https://dl.example/a.json"));
        QCOMPARE(cache.toJson(snapshot), before);

        StatementQueueSnapshot back;
        QString error;
        QVERIFY2(StatementQueueSnapshot::fromJson(before, &back, &error), qPrintable(error));
        QCOMPARE(back.entries.size(), snapshot.entries.size());
    }

    void saverWritesAtomicallyAndReportsFailure() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/queue.json"));
        {
            StatementQueueSaver saver(path);
            saver.save("one");
            saver.save("two");
            saver.flush();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("two"));
        }
        // A folder where the file should be: the write fails and says so.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("blocked/queue.json"))));
        const QString error =
            StatementQueueSaver::writeFile(dir.filePath(QStringLiteral("blocked/queue.json")), "x");
        QVERIFY(!error.isEmpty());
    }

    void adoptionRule() {
        const QDateTime start(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
        StatementJob job;
        job.id = QStringLiteral("j");
        job.includeCsvFormat = true;
        job.statementJobStatus = QStringLiteral("COMPLETE");
        job.dtCreated = start.addSecs(1);
        QVERIFY(StatementBatchSubmitter::isAdoptable(job, true, start));
        job.dtCreated = start.addSecs(-60); // within the clock-skew allowance
        QVERIFY(StatementBatchSubmitter::isAdoptable(job, true, start));
        job.dtCreated = start.addSecs(-3600); // an old statement: a new job is wanted
        QVERIFY(!StatementBatchSubmitter::isAdoptable(job, true, start));
        job.statementJobStatus = QStringLiteral("RUNNING"); // active: adopt whatever its age
        QVERIFY(StatementBatchSubmitter::isAdoptable(job, true, start));
        job.includeCsvFormat = false; // but it must produce what was asked for
        QVERIFY(!StatementBatchSubmitter::isAdoptable(job, true, start));
        QVERIFY(StatementBatchSubmitter::isAdoptable(job, false, start));
    }
};

QTEST_GUILESS_MAIN(TestStatementQueueSnapshot)
#include "tst_statementqueuesnapshot.moc"
