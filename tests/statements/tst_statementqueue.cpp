#include "StatementSandbox.h"
#include "sandbox/FaultSpec.h"
#include "statements/StatementJobPoller.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QThread>

#include <functional>
#include <memory>

using namespace m3ter;
using namespace m3ter::test;
using Stage = StatementEntry::Stage;

namespace {

// A QSaveFile on a "full disk": every write fails, as write(2) does with ENOSPC.
class FullDiskFile : public QSaveFile {
public:
    using QSaveFile::QSaveFile;

protected:
    qint64 writeData(const char *, qint64) override { return -1; }
};

QList<Stage> stages(const StatementQueue &queue) {
    QList<Stage> out;
    for (const StatementEntry &e : queue.entries())
        out.append(e.stage);
    return out;
}

bool allIn(const StatementQueue &queue, Stage stage) {
    const QList<Stage> s = stages(queue);
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [&](Stage x) { return x == stage; });
}

// Collects the messages of one logging category while it lives (this thread's test only).
class LogCapture {
public:
    explicit LogCapture(const QString &category) {
        s_category = category;
        s_lines = &lines;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() {
        qInstallMessageHandler(m_previous);
        s_lines = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList lines;

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message) {
        if (s_lines && context.category && QLatin1String(context.category) == s_category)
            s_lines->append(message);
    }
    static inline QString s_category;
    static inline QStringList *s_lines = nullptr;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestStatementQueue : public QObject {
    Q_OBJECT

private slots:
    // 25 bills -> 3 batch POSTs -> 25 jobs polled to COMPLETE -> 50 files that are exactly what
    // the sandbox serves, and the download origin never saw the bearer token.
    void twentyFiveBillsEndUpAsFiftyFiles() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto queue = sb.makeQueue();
        QSignalSpy added(queue.get(), &StatementQueue::entryAdded);
        QSignalSpy batches(queue.get(), &StatementQueue::batchFinished);
        QSignalSpy progress(queue.get(), &StatementQueue::progressChanged);

        const QList<StatementRequestItem> items = sb.items(25);
        const int submission = queue->submit(items, true);
        QVERIFY(submission > 0);
        // Every entry is there before any POST was even sent.
        QCOMPARE(added.size(), 25);
        QCOMPARE(queue->count(), 25);
        QVERIFY(allIn(*queue, Stage::Submitting));

        QVERIFY(waitIdle(*queue, 20000));
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().at(0).toInt(), submission);
        QCOMPARE(batches.first().at(1).toInt(), 25);
        QCOMPARE(batches.first().at(2).toInt(), 0);
        QCOMPARE(progress.last().at(0).toInt(), 25);
        QCOMPARE(progress.last().at(1).toInt(), 25);

        QCOMPARE(sb.requests(QStringLiteral("statementjobs.batch")), 3);
        QVERIFY(sb.requests(QStringLiteral("statementjobs.list")) > 0); // many jobs: the list
        QStringList expectedFiles;
        for (const StatementRequestItem &item : items) {
            QCOMPARE(sb.jobsForBill(item.billId), 1);
            for (StatementFormat format : {StatementFormat::Json, StatementFormat::Csv}) {
                const QString path = sb.expectedPath(item, format);
                QCOMPARE(StatementSandbox::readFile(path), sb.expectedBytes(item.billId, format));
                expectedFiles.append(QDir(sb.root()).relativeFilePath(path));
            }
        }
        expectedFiles.sort();
        QCOMPARE(StatementSandbox::allFiles(sb.root()), expectedFiles); // 50, nothing else
        for (const StatementEntry &e : queue->entries()) {
            QCOMPARE(e.stage, Stage::Downloaded);
            QCOMPARE(e.jobStatus, QStringLiteral("COMPLETE"));
            QCOMPARE(e.jsonStatementStatus, QStringLiteral("LATEST"));
            QCOMPARE(e.csvStatementStatus, QStringLiteral("LATEST"));
            QVERIFY(e.error.isEmpty());
            QVERIFY(e.elapsedMs() > 0);
        }
        QVERIFY(sb.downloadRequests() >= 50);
        QCOMPARE(sb.downloadRequestsWithAuthorization(), 0);
    }

    void fewJobsArePolledOneByOne() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto queue = sb.makeQueue();
        queue->submit(sb.items(2), false);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(sb.requests(QStringLiteral("statementjobs.list")), 0);
        QVERIFY(sb.requests(QStringLiteral("statementjobs.get")) > 0);
        QVERIFY(allIn(*queue, Stage::Downloaded));
        QVERIFY(queue->at(0).csvFile.isEmpty());
        QCOMPARE(StatementSandbox::allFiles(sb.root()).size(), 2);
    }

    // A support log shows the queue's state: one m3ter.statements line per stage an entry
    // reaches, with its bill and job (a submission's new entries share one line), and never a
    // download link.
    void supportLogFollowsEachEntrysStages() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto queue = sb.makeQueue();
        const LogCapture log(QStringLiteral("m3ter.statements"));
        queue->submit(sb.items(2), false);
        QVERIFY(waitIdle(*queue));
        QVERIFY(allIn(*queue, Stage::Downloaded));
        // The submission's entries in one line, each with its bill.
        const QStringList submitted =
            log.lines.filter(QStringLiteral("submission %1, 2 entries, submitting: ")
                                 .arg(queue->entries().first().submissionId));
        QCOMPARE(submitted.size(), 1);
        for (const StatementEntry &e : queue->entries()) {
            QVERIFY2(submitted.first().contains(
                         QStringLiteral("entry %1 (bill %2)").arg(e.id).arg(e.item.billId)),
                     qPrintable(submitted.first()));
            const QString head =
                QStringLiteral("entry %1 (bill %2, job ").arg(e.id).arg(e.item.billId);
            for (const char *stage : {"generating", "waitingForDownload", "downloaded"})
                QCOMPARE(
                    log.lines.count(head + e.jobId + QStringLiteral("): ") + QLatin1String(stage)),
                    1);
        }
        for (const QString &line : log.lines)
            QVERIFY2(!line.contains(QLatin1String("http")), qPrintable(line));
    }

    void failedJobIsLoggedWithItsErrorKind() {
        auto config = StatementSandbox::config();
        config.jobFailureRate = 1;
        StatementSandbox sb;
        QVERIFY(sb.start(config));
        auto queue = sb.makeQueue();
        const LogCapture log(QStringLiteral("m3ter.statements"));
        queue->submit(sb.items(1), false);
        QVERIFY(waitIdle(*queue));
        const StatementEntry e = queue->at(0);
        QCOMPARE(e.stage, Stage::Failed);
        QVERIFY2(
            log.lines.contains(QStringLiteral("entry %1 (bill %2, job %3): failed, error jobFailed")
                                   .arg(e.id)
                                   .arg(e.item.billId, e.jobId)),
            qPrintable(log.lines.join(u'\n')));
    }

    void cancelWhileRunning() {
        StatementSandbox sb;
        QVERIFY(sb.start(StatementSandbox::config(6)));
        auto queue = sb.makeQueue();
        QSignalSpy batches(queue.get(), &StatementQueue::batchFinished);
        queue->submit(sb.items(3), true);
        QVERIFY(QTest::qWaitFor(
            [&] {
                // One copy: entries() returns by value, and iterators of two temporaries
                // would point into two different buffers.
                const QList<StatementEntry> entries = queue->entries();
                return std::all_of(entries.cbegin(), entries.cend(), [](const StatementEntry &e) {
                    return e.jobStatus == QLatin1String("RUNNING");
                });
            },
            10000));
        queue->cancel(queue->at(0).id);
        queue->cancel(QList<int>{queue->at(1).id});
        queue->cancelAll();
        QVERIFY(waitIdle(*queue));
        QVERIFY(allIn(*queue, Stage::Cancelled));
        for (const StatementEntry &e : queue->entries()) {
            QCOMPARE(e.jobStatus, QStringLiteral("CANCELLED"));
            QVERIFY(!e.error.isEmpty());
        }
        QCOMPARE(sb.requests(QStringLiteral("statementjobs.cancel")), 3);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().at(1).toInt(), 0);
        QCOMPARE(batches.first().at(2).toInt(), 3);
        QVERIFY(StatementSandbox::allFiles(sb.root()).isEmpty());
    }

    void cancelWhileSubmittingCancelsTheJobOnceKnown() {
        StatementSandbox sb;
        QVERIFY(sb.start(StatementSandbox::config(6)));
        auto queue = sb.makeQueue();
        queue->submit(sb.items(1), false);
        queue->cancelAll(); // nothing sent yet
        QCOMPARE(queue->at(0).stage, Stage::Submitting);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::Cancelled);
        QCOMPARE(sb.requests(QStringLiteral("statementjobs.cancel")), 1);
    }

    void failedJobIsShownWithItsReason() {
        auto config = StatementSandbox::config();
        config.jobFailureRate = 1;
        StatementSandbox sb;
        QVERIFY(sb.start(config));
        auto queue = sb.makeQueue();
        QSignalSpy batches(queue.get(), &StatementQueue::batchFinished);
        queue->submit(sb.items(2), true);
        QVERIFY(waitIdle(*queue));
        for (const StatementEntry &e : queue->entries()) {
            QCOMPARE(e.stage, Stage::Failed);
            QCOMPARE(e.jobStatus, QStringLiteral("FAILED"));
            QVERIFY2(e.error.text().contains(e.jobId), qPrintable(e.error.text()));
            QVERIFY(e.error.text().contains(QLatin1String("FAILED")));
        }
        QCOMPARE(batches.first().at(2).toInt(), 2);
        QVERIFY(StatementSandbox::allFiles(sb.root()).isEmpty());
    }

    // A refused download link (403, as S3 answers an expired URL) is replaced once via
    // GET …/bills/{id}/statement/json|csv.
    void refusedLinkIsRefetchedOnce() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        sb.server->faults().add(QStringLiteral("download"), sandbox::FaultSpec::httpStatus(403, 1));
        auto queue = sb.makeQueue();
        const auto items = sb.items(1);
        queue->submit(items, false);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::Downloaded);
        QCOMPARE(sb.requests(QStringLiteral("statement.get")), 1);
        QCOMPARE(sb.downloadRequests(), 2);
        QCOMPARE(StatementSandbox::readFile(sb.expectedPath(items[0], StatementFormat::Json)),
                 sb.expectedBytes(items[0].billId, StatementFormat::Json));
    }

    // A really expired link: the job's URL lives 2 s and the only download slot is busy for
    // longer, so the second entry's URL has expired by the time it is used. (Links expire at a
    // whole second, as S3's do: a link of 1 s could be issued 10 ms before its second ends, and
    // then even the fresh one was refused under a slow sanitizer build. Of 2 s, at least 1 s is
    // left for the fresh link; the 2.1 s delay still outlasts the first link.)
    void expiredLinkIsRefetched() {
        auto config = StatementSandbox::config();
        config.downloadUrlLifetimeSeconds = 2;
        StatementSandbox sb;
        QVERIFY(sb.start(config));
        sb.server->faults().add(QStringLiteral("download"), sandbox::FaultSpec::delay(2100, 1));
        auto queue = sb.makeQueue();
        queue->setMaxConcurrentDownloads(1);
        queue->setIndividualPollLimit(0);
        const auto items = sb.items(2);
        queue->submit(items, false);
        QVERIFY(waitIdle(*queue, 20000));
        QVERIFY(allIn(*queue, Stage::Downloaded));
        const int expired = sb.server->requestLog().countIf([](const sandbox::RequestLogEntry &e) {
            return e.origin == QLatin1String("download") && e.status == 403;
        });
        QVERIFY(expired >= 1);
        QVERIFY(sb.requests(QStringLiteral("statement.get")) >= 1);
        for (const auto &item : items)
            QCOMPARE(StatementSandbox::readFile(sb.expectedPath(item, StatementFormat::Json)),
                     sb.expectedBytes(item.billId, StatementFormat::Json));
        QCOMPARE(sb.downloadRequestsWithAuthorization(), 0);
    }

    // The batch POST stalls (the sandbox created the jobs, the answer never comes): after the
    // timeout the jobs are found by bill and adopted, none is created twice.
    void stalledBatchPostCreatesNoDuplicates() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        sb.client->setTransferTimeout(std::chrono::milliseconds(800));
        sb.server->faults().add(QStringLiteral("statementjobs.batch"),
                                sandbox::FaultSpec::stall(1));
        auto queue = sb.makeQueue();
        const auto items = sb.items(12);
        queue->submit(items, true);
        QVERIFY(waitIdle(*queue, 20000));
        QVERIFY(allIn(*queue, Stage::Downloaded));
        for (const auto &item : items)
            QCOMPARE(sb.jobsForBill(item.billId), 1);
        QCOMPARE(sb.requests(QStringLiteral("statementjobs.batch")), 2);
        QVERIFY(sb.server->requestLog().countIf([](const sandbox::RequestLogEntry &e) {
            return e.route == QLatin1String("statementjobs.list") &&
                   e.query.contains(QLatin1String("billId="));
        }) >= 10);
    }

    // Connection resets on the POST (after the sandbox created the jobs): same outcome. Qt
    // would resend the POST by itself after such a reset (a second job per bill that nobody
    // tracks); the POST's body refuses to be sent twice, so the reset reaches the queue, which
    // finds the jobs by bill.
    void resetBatchPostCreatesNoDuplicates() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        // Both batch POSTs are reset after the sandbox created their jobs.
        sb.server->faults().add(QStringLiteral("statementjobs.batch"),
                                sandbox::FaultSpec::reset(2));
        auto queue = sb.makeQueue();
        const auto items = sb.items(12);
        queue->submit(items, false);
        QVERIFY(waitIdle(*queue, 20000));
        QVERIFY(allIn(*queue, Stage::Downloaded));
        for (const auto &item : items)
            QCOMPARE(sb.jobsForBill(item.billId), 1);
        // One POST per batch reached the server; neither reset one was sent again.
        QCOMPARE(sb.requests(QStringLiteral("statementjobs.batch")), 2);
    }

    // The submission is on disk before its POST reaches the server: a crash while the POST is
    // in flight cannot leave jobs the next run knows nothing about.
    void submissionIsSavedBeforeItsPostLeaves() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        const auto items = sb.items(3);
        QByteArray savedWhenPosted;
        bool posted = false;
        sb.server->requestLog().setObserver([&](const sandbox::RequestLogEntry &e) {
            if (e.route == QLatin1String("statementjobs.batch") && !posted) {
                posted = true;
                savedWhenPosted = StatementSandbox::readFile(sb.stateFile());
            }
        });
        auto queue = sb.makeQueue();
        queue->submit(items, false);
        QVERIFY(QTest::qWaitFor([&] { return posted; }, 10000));
        for (const auto &item : items)
            QVERIFY2(savedWhenPosted.contains(item.billId.toUtf8()), savedWhenPosted.constData());
        QVERIFY(waitIdle(*queue));
        sb.server->requestLog().setObserver({});
        QVERIFY(allIn(*queue, Stage::Downloaded));
    }

    // A 503 means the sandbox did nothing: the lookup finds no job and the bills are posted
    // again, once.
    void failedBatchPostIsResubmittedAfterLookup() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        sb.server->faults().add(QStringLiteral("statementjobs.batch"),
                                sandbox::FaultSpec::httpStatus(503, 1));
        auto queue = sb.makeQueue();
        const auto items = sb.items(4);
        queue->submit(items, false);
        QVERIFY(waitIdle(*queue));
        QVERIFY(allIn(*queue, Stage::Downloaded));
        QCOMPARE(sb.requests(QStringLiteral("statementjobs.batch")), 2);
        for (const auto &item : items)
            QCOMPARE(sb.jobsForBill(item.billId), 1);
    }

    void badRequestIsReportedNotRetried() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto queue = sb.makeQueue();
        queue->submit({{QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("X"),
                        QDate(2024, 1, 1)}},
                      false);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::SubmitFailed);
        QVERIFY(!queue->at(0).error.isEmpty());
        QCOMPARE(sb.requests(QStringLiteral("statementjobs.batch")), 1);
    }

    // The app is closed while the POST is in flight, then restarted: the new queue looks the
    // jobs up instead of posting again, polls them and downloads everything.
    void restartDuringSubmitFinishesWithoutDuplicates() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        const auto items = sb.items(12);
        {
            auto queue = sb.makeQueue();
            queue->submit(items, true);
            QVERIFY(QTest::qWaitFor(
                [&] { return sb.requests(QStringLiteral("statementjobs.batch")) >= 1; }, 5000));
        } // destroyed, state saved with entries still Submitting (or just past)
        QVERIFY(QFile::exists(sb.stateFile()));
        QVERIFY(!StatementSandbox::readFile(sb.stateFile()).contains("http"));

        auto queue = sb.makeQueue();
        QSignalSpy batches(queue.get(), &StatementQueue::batchFinished);
        QString error;
        QVERIFY2(queue->load(&error), qPrintable(error));
        QCOMPARE(queue->count(), 12);
        QVERIFY(waitIdle(*queue, 20000));
        QVERIFY(allIn(*queue, Stage::Downloaded));
        QCOMPARE(batches.size(), 1);
        for (const auto &item : items) {
            QCOMPARE(sb.jobsForBill(item.billId), 1);
            QCOMPARE(StatementSandbox::readFile(sb.expectedPath(item, StatementFormat::Csv)),
                     sb.expectedBytes(item.billId, StatementFormat::Csv));
        }
        QCOMPARE(StatementSandbox::allFiles(sb.root()).size(), 24);
    }

    // Closed in the middle of downloads (a slow download origin): no partial file is left, and
    // the next run downloads the rest.
    void restartDuringDownloadLeavesNoPartialFile() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        sb.server->faults().add(QStringLiteral("download"), sandbox::FaultSpec::delay(3000, -1));
        const auto items = sb.items(5);
        {
            auto queue = sb.makeQueue();
            queue->submit(items, true);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    const auto es = queue->entries();
                    return std::any_of(es.begin(), es.end(), [](const StatementEntry &e) {
                        return e.stage == Stage::Downloading;
                    });
                },
                10000));
            // The download reached the server, whose answer is 3 s away: the queue goes now.
            QTRY_VERIFY_WITH_TIMEOUT(sb.server->requestLog().count(QStringLiteral("download")) >= 1,
                                     10000);
        }
        // Nothing, or only complete files (none here: every download takes 3 s).
        QVERIFY(StatementSandbox::allFiles(sb.root()).isEmpty());
        sb.server->faults().clear();

        auto queue = sb.makeQueue();
        QVERIFY(queue->load());
        QVERIFY(waitIdle(*queue, 20000));
        QVERIFY(allIn(*queue, Stage::Downloaded));
        for (const auto &item : items) {
            QCOMPARE(sb.jobsForBill(item.billId), 1);
            QCOMPARE(StatementSandbox::readFile(sb.expectedPath(item, StatementFormat::Json)),
                     sb.expectedBytes(item.billId, StatementFormat::Json));
        }
        QCOMPARE(StatementSandbox::allFiles(sb.root()).size(), 10);
    }

    // The target folder cannot be created (a file is in the way): a clear error, the job stays
    // COMPLETE, and after the user picks another folder a retry finishes the work.
    void unwritableTargetFolderLosesNothing() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        const QString blocked = sb.dir.filePath(QStringLiteral("blocked"));
        {
            QFile file(blocked);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        auto queue = sb.makeQueue(blocked);
        QSignalSpy batches(queue.get(), &StatementQueue::batchFinished);
        const auto items = sb.items(2);
        queue->submit(items, true);
        QVERIFY(waitIdle(*queue));
        for (const StatementEntry &e : queue->entries()) {
            QCOMPARE(e.stage, Stage::DownloadFailed);
            QCOMPARE(e.jobStatus, QStringLiteral("COMPLETE"));
            QVERIFY2(e.error.text().contains(QLatin1String("folder")), qPrintable(e.error.text()));
        }
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().at(2).toInt(), 2);

        queue->setTargetRoot(sb.root());
        queue->retryDownloads();
        QVERIFY(waitIdle(*queue));
        QVERIFY(allIn(*queue, Stage::Downloaded));
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.last().at(1).toInt(), 2);
        for (const auto &item : items)
            QCOMPARE(StatementSandbox::readFile(sb.expectedPath(item, StatementFormat::Csv)),
                     sb.expectedBytes(item.billId, StatementFormat::Csv));
        QCOMPARE(sb.jobsForBill(items[0].billId), 1); // the retry made no new job
    }

    // Opening, writing and committing a statement file (which syncs it to disk) happen on the
    // file writer's thread: on the GUI thread they blocked the window for milliseconds per file.
    void statementFilesAreWrittenOffTheGuiThread() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto queue = sb.makeQueue();
        auto threads = std::make_shared<QSet<QThread *>>();
        auto mutex = std::make_shared<QMutex>();
        queue->setFileFactory([threads, mutex](const QString &path) {
            class ThreadRecordingFile : public QSaveFile {
            public:
                ThreadRecordingFile(const QString &path, std::function<void()> record)
                    : QSaveFile(path)
                    , m_record(std::move(record)) {}

            protected:
                qint64 writeData(const char *data, qint64 size) override {
                    m_record();
                    return QSaveFile::writeData(data, size);
                }

            private:
                std::function<void()> m_record;
            };
            const auto record = [threads, mutex] {
                QMutexLocker lock(mutex.get());
                threads->insert(QThread::currentThread());
            };
            record();
            return std::make_unique<ThreadRecordingFile>(path, record);
        });
        const auto items = sb.items(3);
        queue->submit(items, true);
        QVERIFY(waitIdle(*queue));
        QVERIFY(allIn(*queue, Stage::Downloaded));
        for (const auto &item : items)
            QCOMPARE(StatementSandbox::readFile(sb.expectedPath(item, StatementFormat::Csv)),
                     sb.expectedBytes(item.billId, StatementFormat::Csv));
        QMutexLocker lock(mutex.get());
        QVERIFY(!threads->isEmpty());
        QVERIFY(!threads->contains(QThread::currentThread()));
    }

    void fullDiskIsReportedAndLeavesNothing() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto queue = sb.makeQueue();
        queue->setFileFactory(
            [](const QString &path) { return std::make_unique<FullDiskFile>(path); });
        const auto items = sb.items(1);
        queue->submit(items, false);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::DownloadFailed);
        QVERIFY2(queue->at(0).error.text().contains(QLatin1String("disk is full")),
                 qPrintable(queue->at(0).error.text()));
        QVERIFY(StatementSandbox::allFiles(sb.root()).isEmpty());

        queue->setFileFactory(defaultStatementFileFactory());
        queue->retryDownloads({queue->at(0).id});
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::Downloaded);
        QCOMPARE(StatementSandbox::readFile(sb.expectedPath(items[0], StatementFormat::Json)),
                 sb.expectedBytes(items[0].billId, StatementFormat::Json));
    }

    // Bills with statements already generated: GET …/bills/{id}/statement/json|csv only, no job.
    void downloadExistingStatements() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        sb.server->store().bill(0).jsonStatementGenerated = true;
        sb.server->store().bill(0).csvStatementGenerated = true;
        auto queue = sb.makeQueue();
        const auto items = sb.items(2); // bill 1 has none
        const int submission = queue->downloadExisting(items, true);
        QSignalSpy batches(queue.get(), &StatementQueue::batchFinished);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::Downloaded);
        QCOMPARE(queue->at(1).stage, Stage::DownloadFailed);
        QVERIFY2(queue->at(1).error.text().contains(QLatin1String("No JSON statement")),
                 qPrintable(queue->at(1).error.text()));
        QCOMPARE(sb.server->store().jobCount(), 0);
        for (StatementFormat format : {StatementFormat::Json, StatementFormat::Csv})
            QCOMPARE(StatementSandbox::readFile(sb.expectedPath(items[0], format)),
                     sb.expectedBytes(items[0].billId, format));
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().at(0).toInt(), submission);
        QCOMPARE(sb.downloadRequestsWithAuthorization(), 0);
    }

    // A 200 whose body is not a valid statement is never saved as downloaded: the entry fails
    // with a clear error, no file is left, and a retry fetches it again once the host is well.
    void damagedDownloadIsNotSavedAndCanBeRetried() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        sb.server->faults().add(QStringLiteral("download"), sandbox::FaultSpec::malformedJson(-1));
        auto queue = sb.makeQueue();
        const auto items = sb.items(1);
        queue->submit(items, false);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::DownloadFailed);
        QVERIFY2(queue->at(0).error.text().contains(QLatin1String("damaged")),
                 qPrintable(queue->at(0).error.text()));
        QVERIFY(queue->at(0).jsonFile.isEmpty());
        QVERIFY(StatementSandbox::allFiles(sb.root()).isEmpty());

        sb.server->faults().clear();
        queue->retryDownloads();
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::Downloaded);
        QCOMPARE(StatementSandbox::readFile(sb.expectedPath(items[0], StatementFormat::Json)),
                 sb.expectedBytes(items[0].billId, StatementFormat::Json));
    }

    // The same for the CSV file (its header is there, the rest is garbled).
    void damagedCsvIsNotSaved() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        // The JSON file comes through; every CSV download after it is damaged.
        sb.server->faults().add(QStringLiteral("download"), sandbox::FaultSpec::delay(0, 1));
        sb.server->faults().add(QStringLiteral("download"), sandbox::FaultSpec::malformedJson(-1));
        auto queue = sb.makeQueue();
        const auto items = sb.items(1);
        queue->submit(items, true);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::DownloadFailed);
        QVERIFY2(queue->at(0).error.text().contains(QLatin1String("CSV")),
                 qPrintable(queue->at(0).error.text()));
        QVERIFY(!QFile::exists(sb.expectedPath(items[0], StatementFormat::Csv)));

        sb.server->faults().clear();
        queue->retryDownloads();
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::Downloaded);
        QCOMPARE(StatementSandbox::readFile(sb.expectedPath(items[0], StatementFormat::Csv)),
                 sb.expectedBytes(items[0].billId, StatementFormat::Csv));
    }

    // The JSON file is saved, the CSV hits a full disk; the user picks another folder and
    // retries: both files end up in the new folder, together.
    void retryIntoAnotherFolderKeepsAnEntrysFilesTogether() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto queue = sb.makeQueue();
        queue->setFileFactory([](const QString &path) -> std::unique_ptr<QSaveFile> {
            if (path.endsWith(QLatin1String(".csv")))
                return std::make_unique<FullDiskFile>(path);
            return std::make_unique<QSaveFile>(path);
        });
        const auto items = sb.items(1);
        queue->submit(items, true);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::DownloadFailed);
        QVERIFY(QFile::exists(sb.expectedPath(items[0], StatementFormat::Json)));

        const QString other = sb.dir.filePath(QStringLiteral("other"));
        queue->setFileFactory(defaultStatementFileFactory());
        queue->setTargetRoot(other);
        queue->retryDownloads();
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::Downloaded);
        for (StatementFormat format : {StatementFormat::Json, StatementFormat::Csv}) {
            const QString path = sb.expectedPath(items[0], format, other);
            QCOMPARE(StatementSandbox::readFile(path), sb.expectedBytes(items[0].billId, format));
        }
        QCOMPARE(queue->at(0).jsonFile, sb.expectedPath(items[0], StatementFormat::Json, other));
        QCOMPARE(queue->at(0).csvFile, sb.expectedPath(items[0], StatementFormat::Csv, other));
    }

    // A body cut short by the download host is never committed; the download is tried again.
    void truncatedDownloadIsRetried() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        sb.server->faults().add(QStringLiteral("download"), sandbox::FaultSpec::truncatedBody(1));
        auto queue = sb.makeQueue();
        const auto items = sb.items(1);
        queue->submit(items, false);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::Downloaded);
        QCOMPARE(sb.downloadRequests(), 2);
        QCOMPARE(StatementSandbox::readFile(sb.expectedPath(items[0], StatementFormat::Json)),
                 sb.expectedBytes(items[0].billId, StatementFormat::Json));
    }

    // A job that never finishes is not polled forever: after the give-up limit the entry fails
    // with a text that says what happened, and the queue goes idle.
    void stuckJobEndsFailedWithAClearError() {
        StatementSandbox sb;
        QVERIFY(sb.start(StatementSandbox::config(100000)));
        auto queue = sb.makeQueue();
        queue->setJobGiveUpAfter(std::chrono::milliseconds(800));
        QSignalSpy batches(queue.get(), &StatementQueue::batchFinished);
        queue->submit(sb.items(5), false);
        QVERIFY(waitIdle(*queue));
        for (const StatementEntry &e : queue->entries()) {
            QCOMPARE(e.stage, Stage::Failed);
            QVERIFY2(e.error.text().startsWith(QLatin1String("Stopped waiting after")),
                     qPrintable(e.error.text()));
            QVERIFY2(e.error.text().contains(e.jobId), qPrintable(e.error.text()));
            QVERIFY2(e.error.text().contains(QLatin1String("PENDING")) ||
                         e.error.text().contains(QLatin1String("RUNNING")),
                     qPrintable(e.error.text()));
        }
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().at(2).toInt(), 5);
        QVERIFY(queue->poller()->tracked().isEmpty());
    }

    // removeFinished() drops finished entries (announcing each range of rows), keeps the others
    // with their ids and order, leaves the files on disk and is persisted.
    void removeFinishedKeepsTheRestAndIsSaved() {
        StatementSandbox sb;
        QVERIFY(sb.start(StatementSandbox::config(30)));
        const auto items = sb.items(6);
        QList<int> keptIds;
        {
            auto queue = sb.makeQueue();
            queue->submit(items, false);
            QVERIFY(QTest::qWaitFor([&] { return allIn(*queue, Stage::Generating); }, 10000));
            // Rows 0, 2, 3 and 5 finish (cancelled); 1 and 4 keep running.
            queue->cancel(
                QList<int>{queue->at(0).id, queue->at(2).id, queue->at(3).id, queue->at(5).id});
            QVERIFY(QTest::qWaitFor([&] { return queue->finishedCount() == 4; }, 10000));
            keptIds = {queue->at(1).id, queue->at(4).id};
            const QString keptJob = queue->at(1).jobId;
            const int goneId = queue->at(0).id;

            QSignalSpy aboutToRemove(queue.get(), &StatementQueue::entriesAboutToBeRemoved);
            QSignalSpy removed(queue.get(), &StatementQueue::entriesRemoved);
            QSignalSpy progress(queue.get(), &StatementQueue::progressChanged);
            QCOMPARE(queue->removeFinished(), 4);
            // Bottom up: row 5, rows 2..3, row 0.
            QCOMPARE(removed.size(), 3);
            QCOMPARE(aboutToRemove.size(), 3);
            QCOMPARE(removed.at(0), (QList<QVariant>{5, 5}));
            QCOMPARE(removed.at(1), (QList<QVariant>{2, 3}));
            QCOMPARE(removed.at(2), (QList<QVariant>{0, 0}));
            QCOMPARE(queue->count(), 2);
            QCOMPARE(queue->at(0).id, keptIds[0]);
            QCOMPARE(queue->at(1).id, keptIds[1]);
            QCOMPARE(queue->rowOf(keptIds[1]), 1);
            QCOMPARE(queue->rowOf(goneId), -1);
            QVERIFY(!queue->entry(goneId));
            QCOMPARE(progress.last(), (QList<QVariant>{0, 2}));
            QVERIFY(queue->poller()->isTracking(keptJob));
            QCOMPARE(queue->removeFinished(), 0); // nothing left to remove
        }                                         // saved
        auto queue = sb.makeQueue();
        QVERIFY(queue->load());
        QCOMPARE(queue->count(), 2);
        QCOMPARE(queue->at(0).id, keptIds[0]);
        QCOMPARE(queue->at(1).id, keptIds[1]);
        // The two still running are followed again and can finish normally.
        queue->cancelAll();
        QVERIFY(waitIdle(*queue));
        QVERIFY(allIn(*queue, Stage::Cancelled));
    }

    // Downloaded files stay where they are when their entries are cleared; a submission that is
    // still under way still reports all of its bills when it finishes.
    void removeFinishedLeavesFilesAndCountsTheBatch() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto queue = sb.makeQueue();
        const auto items = sb.items(4);
        queue->submit(items, false);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(StatementSandbox::allFiles(sb.root()).size(), 4);
        QCOMPARE(queue->removeFinished(), 4);
        QCOMPARE(queue->count(), 0);
        QCOMPARE(StatementSandbox::allFiles(sb.root()).size(), 4);
        for (const auto &item : items)
            QVERIFY(QFile::exists(sb.expectedPath(item, StatementFormat::Json)));
        queue->saveNow();
        QVERIFY(!StatementSandbox::readFile(sb.stateFile()).contains(items[0].billId.toUtf8()));

        // Half of a new submission finishes (cancelled) and is cleared while the rest runs.
        queue->submit(sb.items(4, 10), false);
        QSignalSpy batches(queue.get(), &StatementQueue::batchFinished);
        queue->cancel(QList<int>{queue->at(0).id, queue->at(1).id});
        QVERIFY(QTest::qWaitFor([&] { return queue->finishedCount() == 2; }, 10000));
        QCOMPARE(queue->removeFinished(), 2);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().at(1).toInt(), 2); // downloaded
        QCOMPARE(batches.first().at(2).toInt(), 2); // cancelled, already cleared
    }

    // An 8 MiB statement arrives through the bounded reply buffer in many pieces and is written
    // byte for byte.
    void largeStatementIsStreamedToDisk() {
        auto config = StatementSandbox::config();
        config.statementMinBytes = 8 * 1024 * 1024;
        StatementSandbox sb;
        QVERIFY(sb.start(config));
        auto queue = sb.makeQueue();
        QSignalSpy progress(queue.get(), &StatementQueue::downloadProgress);
        const auto items = sb.items(1);
        queue->submit(items, true);
        QVERIFY(waitIdle(*queue, 30000));
        QCOMPARE(queue->at(0).stage, Stage::Downloaded);
        for (StatementFormat format : {StatementFormat::Json, StatementFormat::Csv}) {
            const QByteArray expected = sandbox::StatementRenderer::padded(
                sb.expectedBytes(items[0].billId, format), format == StatementFormat::Csv,
                config.statementMinBytes);
            const QByteArray written =
                StatementSandbox::readFile(sb.expectedPath(items[0], format));
            QCOMPARE(written.size(), expected.size());
            QVERIFY(written == expected);
        }
        QVERIFY(progress.size() > 2 * 4); // many pieces per file, not one
    }

    void pollingSurvivesNetworkErrors() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        sb.server->faults().add(QStringLiteral("statementjobs.get"),
                                sandbox::FaultSpec::httpStatus(503, 4));
        auto queue = sb.makeQueue();
        QSignalSpy warnings(queue.get(), &StatementQueue::warning);
        queue->submit(sb.items(1), false);
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->at(0).stage, Stage::Downloaded);
        QVERIFY(warnings.size() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestStatementQueue)
#include "tst_statementqueue.moc"
