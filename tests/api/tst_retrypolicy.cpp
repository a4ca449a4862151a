#include "api/RetryPolicy.h"

#include <QTest>

using namespace m3ter;
using std::chrono::milliseconds;

namespace {

ApiError network(QNetworkReply::NetworkError code) {
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.networkError = code;
    return e;
}

ApiError ofKind(ApiError::Kind kind) {
    ApiError e;
    e.kind = kind;
    return e;
}

} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT

private slots:
    void transientErrors() {
        for (int status : {408, 429, 500, 502, 503, 504})
            QVERIFY2(RetryPolicy::isTransient(ApiError::http(status, {})),
                     qPrintable(QString::number(status)));
        for (int status : {400, 401, 403, 404, 409, 413, 422, 501})
            QVERIFY2(!RetryPolicy::isTransient(ApiError::http(status, {})),
                     qPrintable(QString::number(status)));
        QVERIFY(RetryPolicy::isTransient(network(QNetworkReply::RemoteHostClosedError)));
        QVERIFY(RetryPolicy::isTransient(network(QNetworkReply::ConnectionRefusedError)));
        QVERIFY(!RetryPolicy::isTransient(network(QNetworkReply::InsecureRedirectError)));
        QVERIFY(RetryPolicy::isTransient(ofKind(ApiError::Kind::Timeout)));
        QVERIFY(!RetryPolicy::isTransient(ofKind(ApiError::Kind::Tls)));
        QVERIFY(!RetryPolicy::isTransient(ofKind(ApiError::Kind::Parse)));
        QVERIFY(!RetryPolicy::isTransient(ofKind(ApiError::Kind::Cancelled)));
        QVERIFY(!RetryPolicy::isTransient(ofKind(ApiError::Kind::Config)));
    }

    void atMostThreeTriesAndOnlyIdempotent() {
        const RetryPolicy policy;
        const ApiError e = ApiError::http(503, {});
        QVERIFY(policy.shouldRetry(e, 1, true));
        QVERIFY(policy.shouldRetry(e, 2, true));
        QVERIFY(!policy.shouldRetry(e, 3, true));
        QVERIFY(!policy.shouldRetry(e, 1, false));
    }

    void exponentialBackoffCapped() {
        RetryPolicy policy;
        policy.setJitter(false);
        QCOMPARE(policy.backoff(0), milliseconds(500));
        QCOMPARE(policy.backoff(1), milliseconds(1000));
        QCOMPARE(policy.backoff(2), milliseconds(2000));
        QCOMPARE(policy.backoff(4), milliseconds(8000));
        QCOMPARE(policy.backoff(10), milliseconds(8000));
        policy.setBaseDelay(milliseconds(10));
        QCOMPARE(policy.backoff(2), milliseconds(40));
    }

    void jitterTakesUpToAQuarter() {
        RetryPolicy policy;
        for (int i = 0; i < 200; ++i) {
            const auto d = policy.backoff(1).count();
            QVERIFY2(d >= 750 && d <= 1000, qPrintable(QString::number(d)));
        }
    }

    void retryAfterParsing() {
        const QDateTime now(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::serverRequestedDelay("2", {}, now), milliseconds(2000));
        QCOMPARE(RetryPolicy::serverRequestedDelay(" 1.5 ", {}, now), milliseconds(1500));
        QCOMPARE(RetryPolicy::serverRequestedDelay("2", "250", now), milliseconds(250));
        QCOMPARE(RetryPolicy::serverRequestedDelay("Wed, 01 May 2024 12:00:07 GMT", {}, now),
                 milliseconds(7000));
        QVERIFY(!RetryPolicy::serverRequestedDelay({}, {}, now));
        QVERIFY(!RetryPolicy::serverRequestedDelay("soon", {}, now));
        QVERIFY(!RetryPolicy::serverRequestedDelay("0", {}, now));
        QVERIFY(!RetryPolicy::serverRequestedDelay("-3", {}, now));
        QVERIFY(!RetryPolicy::serverRequestedDelay("Wed, 01 May 2024 11:00:00 GMT", {}, now));
    }

    void serverDelayWinsAndIsCapped() {
        RetryPolicy policy;
        policy.setJitter(false);
        QCOMPARE(policy.delayBeforeRetry(0, "3", {}), milliseconds(3000));
        QCOMPARE(policy.delayBeforeRetry(0, "3600", {}), milliseconds(60000));
        QCOMPARE(policy.delayBeforeRetry(1, {}, {}), milliseconds(1000));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
