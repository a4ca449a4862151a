// Kills a statement run (statement_run, a StatementQueue in its own process) with SIGKILL at
// random moments, including the first 100 ms after submit(), starts it again each time, and then
// checks what a user would: no partial or stray file, exactly one live statement job per bill on
// the server (m3ter-sandbox in its own process, asked through the API), and every file
// byte-identical to what the server serves. Fixed seed: the same kill moments every run.

#include "api/ApiClient.h"
#include "api/ListStatementJobsRequest.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/StatementRenderer.h"
#include "statements/StatementFileNames.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace m3ter;

namespace {

constexpr quint64 kDataSeed = 11;
constexpr int kAccounts = 4;
constexpr int kBills = 40;
constexpr quint32 kKillSeed = 20261206;
constexpr int kRounds = 5;
constexpr int kKillsPerRound = 4;
constexpr int kBillsPerRound = 6;

sandbox::SandboxConfig dataConfig() {
    sandbox::SandboxConfig c;
    c.seed = kDataSeed;
    c.accounts = kAccounts;
    c.bills = kBills;
    return c;
}

// Reads a process's stdout line by line while the test waits.
class Lines {
public:
    explicit Lines(QProcess *process)
        : m_process(process) {}

    bool waitFor(const QByteArray &prefix, int timeoutMs, QByteArray *line = nullptr) {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            m_buffer += m_process->readAllStandardOutput();
            for (qsizetype end; (end = m_buffer.indexOf('\n')) >= 0;) {
                const QByteArray text = m_buffer.left(end);
                m_buffer.remove(0, end + 1);
                if (text.startsWith(prefix)) {
                    if (line)
                        *line = text;
                    return true;
                }
            }
            if (timer.elapsed() > timeoutMs || m_process->state() != QProcess::Running)
                return false;
            m_process->waitForReadyRead(20);
        }
    }

private:
    QProcess *m_process;
    QByteArray m_buffer;
};

} // namespace

class TestStatementKill : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        const sandbox::SandboxConfig c = dataConfig();
        m_sandbox.start(QStringLiteral(STATEMENT_KILL_SANDBOX),
                        {QStringLiteral("--seed"), QString::number(c.seed),
                         QStringLiteral("--accounts"), QString::number(c.accounts),
                         QStringLiteral("--bills"), QString::number(c.bills),
                         QStringLiteral("--job-seconds"), QStringLiteral("1.0")});
        QVERIFY(m_sandbox.waitForStarted(10000));
        Lines out(&m_sandbox);
        QByteArray line;
        QVERIFY(out.waitFor("  base URL:", 30000, &line));
        m_baseUrl = QUrl(QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed()));
        QVERIFY(out.waitFor("  org id:", 5000, &line));
        m_orgId = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        QVERIFY(m_baseUrl.isValid());
        QVERIFY(!m_orgId.isEmpty());
        sandbox::SandboxConfig same = c;
        same.orgId = m_orgId;
        m_store = std::make_unique<sandbox::SandboxStore>(same);
    }

    void cleanupTestCase() {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(10000))
            m_sandbox.kill();
    }

    void killedRunsFinishWithoutDuplicatesOrPartialFiles() {
        QRandomGenerator rng(kKillSeed);
        int kills = 0;
        int earlyKills = 0;
        for (int round = 0; round < kRounds; ++round) {
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            const QString state = dir.filePath(QStringLiteral("state/queue.json"));
            const QString folder = dir.filePath(QStringLiteral("statements"));
            QStringList bills;
            QList<int> positions;
            for (int i = 0; i < kBillsPerRound; ++i) {
                const int pos = round * kBillsPerRound + i;
                positions.append(pos);
                bills.append(
                    m_store->billId(pos) + QLatin1Char(',') + m_store->accountOf(pos).code +
                    QLatin1Char(',') +
                    QDate::fromJulianDay(m_store->bill(pos).billDate).toString(Qt::ISODate));
            }

            for (int k = 0; k < kKillsPerRound; ++k) {
                QProcess run;
                startRun(&run, state, folder, bills);
                Lines out(&run);
                QByteArray line;
                QVERIFY2(out.waitFor("", 30000, &line), "statement_run printed nothing");
                // The first kill of a round lands within 100 ms of submit(), while the POST is
                // being prepared or in flight; later ones anywhere in the resumed run.
                const bool submitted = line == "submitted";
                const int delayMs = submitted ? int(rng.bounded(100)) : int(rng.bounded(1200));
                if (submitted)
                    ++earlyKills;
                QTest::qWait(delayMs);
                if (run.state() == QProcess::Running) {
                    run.kill();
                    ++kills;
                    QVERIFY(run.waitForFinished(10000));
                } else {
                    // It finished before the kill: then it must have finished well.
                    QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
                             run.readAllStandardError().constData());
                }
            }

            // The last start runs to the end.
            QProcess run;
            startRun(&run, state, folder, bills);
            QVERIFY(run.waitForFinished(60000));
            QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
                     run.readAllStandardError().constData());

            QStringList expectedFiles;
            for (int pos : positions) {
                const QString billId = m_store->billId(pos);
                QCOMPARE(liveJobs(billId), 1);
                for (StatementFormat format : {StatementFormat::Json, StatementFormat::Csv}) {
                    const QString path = StatementFileNames::filePath(
                        folder, m_orgId, m_store->accountOf(pos).code,
                        QDate::fromJulianDay(m_store->bill(pos).billDate), billId, format);
                    QFile file(path);
                    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                    const QByteArray expected =
                        format == StatementFormat::Json
                            ? sandbox::StatementRenderer::json(*m_store, pos)
                            : sandbox::StatementRenderer::csv(*m_store, pos);
                    QVERIFY2(file.readAll() == expected, qPrintable(path));
                    expectedFiles.append(QDir(folder).relativeFilePath(path));
                }
            }
            expectedFiles.sort();
            // Nothing else: no partial file, no temporary file left by a killed write.
            QCOMPARE(allFiles(folder), expectedFiles);
            QCOMPARE(allFiles(QFileInfo(state).absolutePath()),
                     QStringList{QStringLiteral("queue.json")});
        }
        qInfo("%d kills, %d of them within 100 ms of submit()", kills, earlyKills);
        QVERIFY(kills >= kRounds * kKillsPerRound / 2);
        QVERIFY(earlyKills >= kRounds / 2);
    }

private:
    void startRun(QProcess *run, const QString &state, const QString &folder,
                  const QStringList &bills) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("M3TER_BASE_URL"), m_baseUrl.toString());
        env.insert(QStringLiteral("M3TER_ORG_ID"), m_orgId);
        env.insert(QStringLiteral("M3TER_CLIENT_ID"), QStringLiteral("sandbox-client"));
        env.insert(QStringLiteral("M3TER_CLIENT_SECRET"), QStringLiteral("sandbox-secret"));
        run->setProcessEnvironment(env);
        run->start(QStringLiteral(STATEMENT_KILL_RUNNER), QStringList{state, folder} + bills);
        QVERIFY(run->waitForStarted(10000));
    }

    // Jobs of the bill on the server that are not CANCELLED, through the real API.
    int liveJobs(const QString &billId) {
        ApiConnection connection;
        connection.baseUrl = m_baseUrl;
        connection.orgId = m_orgId;
        connection.clientId = QStringLiteral("sandbox-client");
        connection.clientSecret = QStringLiteral("sandbox-secret");
        ApiClient client(connection);
        int live = 0;
        QString token;
        do {
            std::unique_ptr<ListStatementJobsRequest> request(
                ListStatementJobsRequest::byBill(&client, billId));
            request->setNextToken(token);
            request->start();
            if (!QTest::qWaitFor([&] { return request->isFinished(); }, 15000) || !request->ok())
                return -1;
            for (const StatementJob &job : request->result().items)
                live += job.statementJobStatus != QLatin1String("CANCELLED") ? 1 : 0;
            token = request->result().hasMore() ? request->result().nextToken : QString();
        } while (!token.isEmpty());
        return live;
    }

    static QStringList allFiles(const QString &folder) {
        QStringList out;
        const QDir base(folder);
        const auto walk = [&](const auto &self, const QString &path) -> void {
            for (const QFileInfo &fi : QDir(path).entryInfoList(
                     QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
                if (fi.isDir())
                    self(self, fi.filePath());
                else
                    out.append(base.relativeFilePath(fi.filePath()));
            }
        };
        walk(walk, folder);
        out.sort();
        return out;
    }

    QProcess m_sandbox;
    QUrl m_baseUrl;
    QString m_orgId;
    std::unique_ptr<sandbox::SandboxStore> m_store;
};

QTEST_GUILESS_MAIN(TestStatementKill)
#include "tst_statementkill.moc"
