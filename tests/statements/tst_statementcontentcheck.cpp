#include "statements/StatementContentCheck.h"

#include <QTest>

using namespace m3ter;

namespace {

// The verdict for bytes fed in pieces of `piece` bytes (0: all at once).
bool check(StatementFormat format, const QByteArray &bytes, int piece, QString *error = nullptr) {
    StatementContentCheck c(format);
    if (piece <= 0) {
        c.feed(bytes);
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            c.feed(bytes.mid(at, piece));
    }
    const bool ok = c.finish();
    if (error)
        *error = c.errorText();
    return ok;
}

} // namespace

class TestStatementContentCheck : public QObject {
    Q_OBJECT

private slots:
    void json_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        const QByteArray statement =
            "{\"statementFormat\":\"x/1\",\"billId\":\"b-1\",\"total\":-12.5e+3,\"n\":0,\"f\":0.25,"
            "\"groups\":[{\"lineItems\":[{\"q\":1E2,\"d\":\"Caf\\u00e9 "
            "\\\"A\\\"\\\\/\\n\",\"ok\":true},"
            "{\"x\":null,\"y\":false}],\"e\":[],\"o\":{}}],\"name\":\"Zürich €\"}";
        QTest::newRow("statement") << statement << true;
        QTest::newRow("padded like a large file") << statement + QByteArray(4096, ' ') + "\n"
                                                  << true;
        QTest::newRow("with BOM") << QByteArray("\xEF\xBB\xBF") + statement << true;
        QTest::newRow("bare number at the end") << QByteArray("42") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("only spaces") << QByteArray("   \n") << false;
        QTest::newRow("cut in half") << statement.left(statement.size() / 2) << false;
        QTest::newRow("cut before the last brace") << statement.chopped(1) << false;
        QTest::newRow("sandbox malformed")
            << statement.left(statement.size() / 2) + "\x01<<not json" << false;
        QTest::newRow("two documents") << statement + statement << false;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << false;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << false;
        QTest::newRow("unquoted key") << QByteArray("{a:1}") << false;
        QTest::newRow("mismatched close") << QByteArray("{\"a\":[1}]") << false;
        QTest::newRow("leading zero") << QByteArray("[01]") << false;
        QTest::newRow("bare minus") << QByteArray("[-]") << false;
        QTest::newRow("dot without digits") << QByteArray("[1.]") << false;
        QTest::newRow("exponent without digits") << QByteArray("[1e+]") << false;
        QTest::newRow("bad literal") << QByteArray("[tru]") << false;
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << false;
        QTest::newRow("short unicode escape") << QByteArray("[\"\\u12\"]") << false;
        QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << false;
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xC3\x28\"]") << false;
        QTest::newRow("HTML error page") << QByteArray("<html><body>Error</body></html>") << false;
        QTest::newRow("too deep") << QByteArray(StatementContentCheck::kMaxDepth + 1, '[') +
                                         QByteArray(StatementContentCheck::kMaxDepth + 1, ']')
                                  << false;
        QTest::newRow("deep but allowed") << QByteArray(StatementContentCheck::kMaxDepth, '[') +
                                                 QByteArray(StatementContentCheck::kMaxDepth, ']')
                                          << true;
    }

    // The same verdict however the bytes are split into pieces as they arrive.
    void json() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        for (int piece : {0, 1, 2, 3, 7, 64}) {
            QString error;
            QCOMPARE(check(StatementFormat::Json, bytes, piece, &error), valid);
            QCOMPARE(error.isEmpty(), valid);
        }
    }

    void csv_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        const QByteArray csv = "billId,lineItemId,description,subtotal\r\n"
                               "b-1,li-1,\"Usage, \"\"metered\"\"\",12.50\r\n"
                               "b-1,li-2,Zürich,1.00\r\n";
        QTest::newRow("statement") << csv << true;
        QTest::newRow("padded") << csv + QByteArray("\r\n").repeated(500) << true;
        QTest::newRow("header only, no line break") << QByteArray("billId,subtotal") << true;
        QTest::newRow("LF line ends") << QByteArray("a,b\n1,2\n") << true;
        QTest::newRow("quoted header") << QByteArray("\"bill,Id\",total\r\n") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("one column") << QByteArray("just text\r\n") << false;
        QTest::newRow("blank first line") << QByteArray("\r\na,b\r\n") << false;
        QTest::newRow("sandbox malformed") << csv.left(csv.size() / 2) + "\x01<<not json" << false;
        QTest::newRow("NUL byte") << QByteArray("a,b\r\n1,\0"
                                                "2\r\n",
                                                11)
                                  << false;
        QTest::newRow("unclosed quote") << QByteArray("a,b\r\n\"1,2\r\n") << false;
        QTest::newRow("invalid UTF-8") << QByteArray("a,b\r\n\xFF,2\r\n") << false;
        QTest::newRow("cut inside a character") << QByteArray("a,b\r\nZ\xC3") << false;
        QTest::newRow("HTML error page") << QByteArray("<!DOCTYPE html>\n<html></html>\n") << false;
    }

    void csv() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        for (int piece : {0, 1, 2, 5}) {
            QString error;
            QCOMPARE(check(StatementFormat::Csv, bytes, piece, &error), valid);
            QCOMPARE(error.isEmpty(), valid);
        }
    }

    // A verdict is final: feeding after a failure changes nothing, finish() may be repeated.
    void failureSticks() {
        StatementContentCheck c(StatementFormat::Json);
        c.feed(QByteArray("}"));
        QVERIFY(c.failed());
        c.feed(QByteArray("{}"));
        QVERIFY(!c.finish());
        QVERIFY(!c.finish());
        QVERIFY(c.errorText().contains(QLatin1String("byte 0")));
    }
};

QTEST_GUILESS_MAIN(TestStatementContentCheck)
#include "tst_statementcontentcheck.moc"
