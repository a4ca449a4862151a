// The opaque paging cursor must reach the server byte for byte, whatever it contains: a token
// that came back altered would make the server answer 400 or, worse, a different page.
#include "api/ApiConnection.h"
#include "api/ListAccountsRequest.h"
#include "api/ListBillsRequest.h"
#include "api/ListLineItemsRequest.h"
#include "api/ListStatementJobsRequest.h"
#include "models/ApiBillPageSource.h"

#include <QTest>
#include <QUrlQuery>

using namespace m3ter;

class TestPagingCursor : public QObject {
    Q_OBJECT

private slots:
    void tokenSurvivesTheUrl_data() {
        QTest::addColumn<QString>("token");
        QTest::newRow("base64") << QStringLiteral("eyJwIjoxMDB9+/==");
        QTest::newRow("percent sequence") << QStringLiteral("abc%41%2Bdef");
        QTest::newRow("delimiters") << QStringLiteral("a&b=c;d#e?f");
        QTest::newRow("spaces and unicode") << QStringLiteral("a b\u00e9\u4e2d");
        QTest::newRow("lone percent") << QStringLiteral("100%");
    }

    void tokenSurvivesTheUrl() {
        QFETCH(QString, token);
        ApiConnection connection;
        connection.baseUrl = QUrl(QStringLiteral("https://api.example.test"));
        connection.orgId = QStringLiteral("org");
        BillFilter filter;
        filter.ids = QStringList{QStringLiteral("b1"), QStringLiteral("b2")};

        const QList<QUrlQuery> queries{
            ApiBillPageSource::pageQuery(filter, token),
            ListBillsRequest::query(filter, token),
            ListAccountsRequest::query({}, {}, token),
        };
        for (const QUrlQuery &query : queries) {
            const QUrl url = connection.apiUrl(QStringLiteral("bills"), query);
            // What a server decodes from the wire.
            const QUrlQuery received(url.query(QUrl::FullyEncoded));
            QCOMPARE(received.queryItemValue(QStringLiteral("nextToken"), QUrl::FullyDecoded),
                     token);
        }
        // The filters are resent with the cursor (docs/m3ter-api.md, "Cursor paging").
        const QUrlQuery page = ApiBillPageSource::pageQuery(filter, token);
        QCOMPARE(page.queryItemValue(QStringLiteral("ids"), QUrl::FullyDecoded),
                 QStringLiteral("b1,b2"));
        QCOMPARE(page.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("100"));
        QCOMPARE(page.queryItemValue(QStringLiteral("excludeLineItems")), QStringLiteral("true"));
        QCOMPARE(page.queryItemValue(QStringLiteral("includeBillTotal")), QStringLiteral("true"));
    }
};

QTEST_GUILESS_MAIN(TestPagingCursor)
#include "tst_pagingcursor.moc"
