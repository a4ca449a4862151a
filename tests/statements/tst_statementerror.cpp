#include "statements/StatementEntry.h"
#include "statements/StatementError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace m3ter;
using Kind = StatementError::Kind;

namespace {

// A "language" in which every text reads "DE: <English>".
class PrefixTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override {
        return QStringLiteral("DE: ") + QString::fromUtf8(sourceText);
    }
};

QList<StatementError> oneOfEachKind() {
    ApiError http = ApiError::http(500, R"({"message":"Internal trouble"})");
    ApiError network;
    network.kind = ApiError::Kind::Network;
    network.networkError = QNetworkReply::HostNotFoundError;
    QList<StatementError> all;
    all.append(StatementError::withJob(Kind::JobFailed, QStringLiteral("job-1")));
    all.append(StatementError::of(Kind::JobCancelled));
    all.append(StatementError::of(Kind::DownloadCancelled));
    StatementError missing = StatementError::withApi(Kind::JobMissing, ApiError::http(404, {}));
    missing.jobId = QStringLiteral("job-2");
    all.append(missing);
    StatementError gaveUp = StatementError::withJob(Kind::GaveUpWaiting, QStringLiteral("job-3"));
    gaveUp.jobStatus = QStringLiteral("RUNNING");
    gaveUp.waitedMs = 3 * 60 * 1000;
    all.append(gaveUp);
    all.append(StatementError::withApi(Kind::SubmitRefused, http));
    all.append(StatementError::withApi(Kind::SubmitUnconfirmed, network));
    StatementError attempts = StatementError::of(Kind::SubmitAttempts);
    attempts.attempts = 3;
    all.append(attempts);
    all.append(StatementError::withFile(Kind::FolderNotCreatable, QStringLiteral("/x")));
    all.append(StatementError::withFile(Kind::FileNotWritable, QStringLiteral("/x/a.json"),
                                        QStringLiteral("Permission denied")));
    all.append(StatementError::withFile(Kind::DiskFull, QStringLiteral("/x/a.json"),
                                        QStringLiteral("No space left on device")));
    all.append(StatementError::withFile(Kind::SaveFailed, QStringLiteral("/x/a.json"),
                                        QStringLiteral("No space left on device")));
    all.append(StatementError::withFormat(Kind::NoStatement, StatementFormat::Csv));
    StatementError link = StatementError::withApi(Kind::LinkFailed, network);
    link.format = StatementFormat::Csv;
    all.append(link);
    for (Kind kind : {Kind::RefusedWithFreshLink, Kind::HostRefused, Kind::HostError}) {
        StatementError e = StatementError::withFormat(kind, StatementFormat::Json);
        e.httpStatus = 403;
        all.append(e);
    }
    all.append(StatementError::withApi(Kind::DownloadBroken, network));
    StatementError damaged = StatementError::withFormat(Kind::Damaged, StatementFormat::Csv);
    damaged.detail = QStringLiteral("the CSV has no header line");
    all.append(damaged);
    return all;
}

} // namespace

class TestStatementError : public QObject {
    Q_OBJECT

private slots:
    void everyKindRoundTripsWithItsText() {
        const QList<StatementError> all = oneOfEachKind();
        QCOMPARE(all.size(), int(Kind::Damaged) - int(Kind::Text)); // every kind but None, Text
        QSet<QString> texts;
        for (const StatementError &e : all) {
            const QString text = e.text();
            QVERIFY(!text.isEmpty());
            texts.insert(text);
            const QJsonValue json = e.toJson();
            QVERIFY(json.isObject());
            // Through the file's own representation, as the queue writes and reads it.
            const QByteArray bytes =
                QJsonDocument(QJsonObject{{QStringLiteral("e"), json}}).toJson();
            const StatementError back = StatementError::fromJson(
                QJsonDocument::fromJson(bytes).object().value(QStringLiteral("e")));
            QVERIFY2(back == e, bytes.constData());
            QCOMPARE(back.text(), text);
        }
        QCOMPARE(texts.size(), all.size()); // every kind says something of its own
    }

    void detailsStayInTheText() {
        const QList<StatementError> all = oneOfEachKind();
        QVERIFY(all.at(0).text().contains(QLatin1String("job-1")));
        QVERIFY(all.at(4).text().contains(QLatin1String("3 minute")));
        QVERIFY(all.at(4).text().contains(QLatin1String("RUNNING")));
        QVERIFY(all.at(5).text().contains(QLatin1String("Internal trouble")));
        QVERIFY(all.at(7).text().contains(QLatin1String("3 attempt")));
        QVERIFY(all.at(10).text().contains(QLatin1String("No space left on device")));
        QVERIFY(all.at(12).text().contains(QLatin1String("CSV")));
    }

    // What is written is the kind and raw details, never the translated sentence; the text is
    // made in the language of the moment it is shown.
    void savedUnderOneLanguageShownInTheNext() {
        StatementEntry entry;
        entry.id = 1;
        entry.item.billId = QStringLiteral("b-1");
        entry.stage = StatementEntry::Stage::Failed;
        entry.error = StatementError::withJob(Kind::JobFailed, QStringLiteral("job-9"));
        QJsonObject saved;
        {
            PrefixTranslator german;
            QVERIFY(QCoreApplication::installTranslator(&german));
            QVERIFY(entry.error.text().startsWith(QLatin1String("DE: ")));
            saved = entry.toJson();
            QCoreApplication::removeTranslator(&german);
        }
        QVERIFY(!QJsonDocument(saved).toJson().contains("DE: "));
        QVERIFY(!QJsonDocument(saved).toJson().contains("could not generate"));
        const std::optional<StatementEntry> back = StatementEntry::fromJson(saved);
        QVERIFY(back);
        QVERIFY(back->error.text().startsWith(QLatin1String("m3ter could not generate")));
        QVERIFY(back->error.text().contains(QLatin1String("job-9")));
    }

    // Earlier versions wrote the translated text: it loads and is shown as it was.
    void oldTextIsShownAsItWas() {
        const StatementError old =
            StatementError::fromJson(QJsonValue(QStringLiteral("Die Platte ist voll.")));
        QCOMPARE(old.kind, Kind::Text);
        QCOMPARE(old.text(), QStringLiteral("Die Platte ist voll."));
        QVERIFY(StatementError::fromJson(QJsonValue(QString())).isEmpty());
        QVERIFY(StatementError::fromJson(QJsonValue()).isEmpty());
        QVERIFY(StatementError::fromJson(
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("fromTheFuture")}})
                    .isEmpty());
        QVERIFY(StatementError().toJson().isNull());
    }
};

QTEST_GUILESS_MAIN(TestStatementError)
#include "tst_statementerror.moc"
