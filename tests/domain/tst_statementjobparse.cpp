// Note: "//" inside raw string literals confuses moc, so JSON URLs below escape it as "\/\/".
#include "domain/EnumLabels.h"
#include "domain/JsonParse.h"
#include "domain/StatementJob.h"

#include <QtTest>

using namespace m3ter;
using namespace Qt::Literals::StringLiterals;

namespace {

const char kJob[] = R"json({
  "id": "job-1",
  "version": 1,
  "statementJobStatus": "COMPLETE",
  "billId": "bill-1",
  "orgId": "org-1",
  "includeCsvFormat": true,
  "filters": {"meterIds": ["m1", "m2"]},
  "presignedJsonStatementUrl": "https:\/\/files.example.com/s.json?sig=abc&expires=1",
  "jsonStatementStatus": "LATEST",
  "presignedCsvStatementUrl": "https:\/\/files.example.com/s.csv?sig=def",
  "csvStatementStatus": "STALE",
  "dtCreated": "2024-03-01T10:00:00Z",
  "dtLastModified": "2024-03-01T10:01:00Z",
  "createdBy": "u1",
  "lastModifiedBy": "u2",
  "somethingNew": 1
})json";

} // namespace

class TestStatementJobParse : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryField() {
        const Parsed<StatementJob> parsed = parseObject<StatementJob>(kJob);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
        const StatementJob &j = parsed.value();
        QCOMPARE(j.id, u"job-1"_s);
        QCOMPARE(j.version, std::optional<qint64>(1));
        QCOMPARE(j.statementJobStatus, u"COMPLETE"_s);
        QVERIFY(j.isTerminal());
        QCOMPARE(j.billId, u"bill-1"_s);
        QCOMPARE(j.orgId, u"org-1"_s);
        QCOMPARE(j.includeCsvFormat, std::optional<bool>(true));
        QCOMPARE(j.filterMeterIds, QStringList({u"m1"_s, u"m2"_s}));
        QCOMPARE(j.presignedJsonStatementUrl.host(), u"files.example.com"_s);
        QCOMPARE(j.presignedJsonStatementUrl.query(), u"sig=abc&expires=1"_s);
        QCOMPARE(j.jsonStatementStatus, u"LATEST"_s);
        QCOMPARE(j.presignedCsvStatementUrl.path(), u"/s.csv"_s);
        QCOMPARE(statementFileStatusLabel(j.csvStatementStatus), u"Out of date"_s);
        QCOMPARE(j.dtCreated, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(j.dtLastModified, QDateTime(QDate(2024, 3, 1), QTime(10, 1), Qt::UTC));
        QCOMPARE(j.createdBy, u"u1"_s);
        QCOMPARE(j.lastModifiedBy, u"u2"_s);
    }

    void meterIdsAsSingleString() {
        const auto j = parseObject<StatementJob>(R"({"id":"j","filters":{"meterIds":"m9"}})");
        QVERIFY(j.ok());
        QCOMPARE(j->filterMeterIds, QStringList{u"m9"_s});
        const auto none = parseObject<StatementJob>(R"({"id":"j","filters":{"meterIds":null}})");
        QVERIFY(none.ok() && none->filterMeterIds.isEmpty());
        const auto nullFilters = parseObject<StatementJob>(R"({"id":"j","filters":null})");
        QVERIFY(nullFilters.ok() && nullFilters->filterMeterIds.isEmpty());
        const auto bad = parseObject<StatementJob>(R"({"id":"j","filters":{"meterIds":[1]}})");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, u"filters.meterIds[0]"_s);
    }

    void pendingJobHasNoUrls() {
        const auto j = parseObject<StatementJob>(
            R"({"id":"j","statementJobStatus":"PENDING","presignedJsonStatementUrl":null})");
        QVERIFY(j.ok());
        QVERIFY(j->presignedJsonStatementUrl.isEmpty());
        QVERIFY(!j->isTerminal());
    }

    void invalidUrlIsAnErrorWithoutEchoingIt() {
        const auto j = parseObject<StatementJob>(
            R"({"id":"j","presignedJsonStatementUrl":"not a url sig=SECRET"})");
        QVERIFY(!j.ok());
        QCOMPARE(j.error().field, u"presignedJsonStatementUrl"_s);
        QVERIFY(!j.error().toString().contains(u"SECRET"_s));
    }

    void statusHelpers() {
        for (const char *s : {"COMPLETE", "CANCELLED", "FAILED"})
            QVERIFY(StatementJobStatus::isTerminal(QString::fromLatin1(s)));
        for (const char *s : {"PENDING", "RUNNING", "PAUSED", ""})
            QVERIFY(!StatementJobStatus::isTerminal(QString::fromLatin1(s)));
        QCOMPARE(knownStatementJobStatuses().size(), 5);
        // The label table and the named constants name the same statuses.
        QCOMPARE(knownStatementJobStatuses(),
                 QStringList({StatementJobStatus::Pending, StatementJobStatus::Running,
                              StatementJobStatus::Complete, StatementJobStatus::Cancelled,
                              StatementJobStatus::Failed}));
        QCOMPARE(statementJobStatusLabel(u"RUNNING"_s), u"Running"_s);
        QCOMPARE(statementJobStatusLabel(u"PAUSED"_s), u"PAUSED"_s);
    }

    void batchIsABareArray() {
        const QByteArray json = "[" + QByteArray(kJob) + R"(,{"id":"job-2","billId":"b2"}])";
        const auto batch = parseStatementJobBatch(json);
        QVERIFY(batch.ok());
        QCOMPARE(batch->size(), 2);
        QCOMPARE(batch->at(1).billId, u"b2"_s);

        QVERIFY(parseStatementJobBatch("[]").ok());
        const auto envelope = parseStatementJobBatch(R"({"data":[]})");
        QVERIFY(!envelope.ok());
        QVERIFY(envelope.error().field.isEmpty());
        const auto missingId = parseStatementJobBatch(R"([{"id":"a"},{"billId":"b"}])");
        QVERIFY(!missingId.ok());
        QCOMPARE(missingId.error().field, u"[1].id"_s);
        const auto notObject = parseStatementJobBatch(R"([{"id":"a"}, "b"])");
        QCOMPARE(notObject.error().field, u"[1]"_s);
        QVERIFY(!parseStatementJobBatch("[{\"id\":\"a\"}").ok()); // truncated
    }
};

QTEST_APPLESS_MAIN(TestStatementJobParse)
#include "tst_statementjobparse.moc"
