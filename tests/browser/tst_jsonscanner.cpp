// JsonScanner and JsonAmount, the pieces of BillRowScanner, against Qt's own reading of the same
// JSON text: what they accept must be read exactly as QJsonDocument (and JsonReader) read it.
#include "domain/JsonReader.h"
#include "models/JsonAmount.h"
#include "models/JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace m3ter;

namespace {

// What the QJsonDocument path makes of `number` as an amount: nullopt + *error for a parse
// error or a number JsonReader refuses.
std::optional<Decimal> qtAmount(const QByteArray &number, bool *ok) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + number + ']', &error);
    *ok = false;
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    std::optional<Decimal> amount;
    QString message;
    *ok = JsonReader::toDecimal(document.array().at(0), &amount, &message);
    return amount;
}

QString qtString(const QByteArray &jsonString) {
    return QJsonDocument::fromJson('[' + jsonString + ']').array().at(0).toString();
}

} // namespace

class TestJsonScanner : public QObject {
    Q_OBJECT

private slots:
    void amountsAreExact_data() {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<qint64>("mantissa");
        QTest::addColumn<int>("scale");
        QTest::newRow("integer") << QByteArray("42") << qint64(42) << 0;
        QTest::newRow("trailing zero dropped as Qt does")
            << QByteArray("12.50") << qint64(125) << 1;
        QTest::newRow("exponent, Jackson style") << QByteArray("1.0E7") << qint64(10000000) << 0;
        QTest::newRow("negative zero") << QByteArray("-0.0") << qint64(0) << 0;
        QTest::newRow("zero with decimals") << QByteArray("0.000") << qint64(0) << 0;
        QTest::newRow("tenth") << QByteArray("0.1") << qint64(1) << 1;
        QTest::newRow("smallest scale") << QByteArray("1E-18") << qint64(1) << 18;
        QTest::newRow("15 digits")
            << QByteArray("-999999999999999") << qint64(-999999999999999) << 0;
        QTest::newRow("15 digits, fraction")
            << QByteArray("12345.6789012345") << qint64(123456789012345) << 10;
        QTest::newRow("small, many zeros")
            << QByteArray("0.000012345678901234") << qint64(12345678901234) << 18;
    }

    void amountsAreExact() {
        QFETCH(QByteArray, number);
        QFETCH(qint64, mantissa);
        QFETCH(int, scale);
        const std::optional<Decimal> amount = JsonAmount::fromNumberText(number);
        QVERIFY(amount.has_value());
        QCOMPARE(amount->mantissa(), mantissa);
        QCOMPARE(amount->scale(), scale);
        bool ok = false;
        const std::optional<Decimal> qt = qtAmount(number, &ok);
        QVERIFY(ok && qt);
        QCOMPARE(qt->mantissa(), mantissa);
        QCOMPARE(qt->scale(), scale);
    }

    void amountsBeyondCertaintyAreLeftToQt() {
        // 16+ significant digits, 10^15 and above, more than 18 decimals: Qt's double decides.
        for (const char *number :
             {"1000000000000000", "9007199254740993", "0.1234567890123456", "123456789012345.6",
              "1e15", "1e20", "1e308", "1e-19", "0.0000000000000000001", "1.5e400"})
            QVERIFY2(!JsonAmount::fromNumberText(QByteArray(number)).has_value(), number);
    }

    void randomAmountsAgreeWithQt() {
        // Numbers of random shapes (many zeros, fractions, exponents): whenever JsonAmount
        // answers, Qt's path reads the text as a valid amount with the same value and scale.
        QRandomGenerator random(7);
        const auto digits = [&random](int count) {
            QByteArray text;
            for (int i = 0; i < count; ++i)
                text += char('0' + (random.bounded(3) == 0 ? 0 : random.bounded(10)));
            return text;
        };
        int answered = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray number = random.bounded(3) == 0 ? "-" : "";
            if (random.bounded(3) == 0)
                number += '0';
            else
                number += char('1' + random.bounded(9)) + digits(random.bounded(18));
            if (random.bounded(2))
                number += '.' + digits(1 + random.bounded(22));
            if (random.bounded(3) == 0) {
                number += random.bounded(2) ? 'e' : 'E';
                if (random.bounded(2))
                    number += random.bounded(2) ? '-' : '+';
                number += QByteArray::number(random.bounded(40));
            }
            const std::optional<Decimal> amount = JsonAmount::fromNumberText(number);
            if (!amount)
                continue;
            ++answered;
            bool ok = false;
            const std::optional<Decimal> qt = qtAmount(number, &ok);
            QVERIFY2(ok && qt, number.constData());
            QVERIFY2(*amount == *qt && amount->scale() == qt->scale(),
                     qPrintable(QString::fromLatin1(number) + u" -> " + amount->toString() +
                                u", Qt " + qt->toString()));
        }
        qInfo("%d of 20000 random numbers converted without Qt", answered);
        QVERIFY(answered > 5000);
    }

    void stringsDecodeAsQtDoes() {
        const QList<QByteArray> texts = {
            "\"\"",
            "\"plain ascii, longer than eight bytes\"",
            "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
            "\"\\u00e9\\u20AC\\ud83d\\ude00\"",
            "\"\\ud800\"",
            "\"x\\udc00y\"",
            "\"\\u0000\"",
            "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xef\xbf\xbf\xf4\x8f\xbf\xbf\"",
            "\"\xc3\xa9 then \\u00e9 then \\n\"",
        };
        for (const QByteArray &text : texts) {
            JsonScanner scanner(text);
            JsonString string;
            QVERIFY2(scanner.readString(&string), text.constData());
            QVERIFY(scanner.atEnd());
            const QString decoded = string.toString();
            QCOMPARE(decoded, qtString(text));
            QCOMPARE(decoded.isNull(), qtString(text).isNull());
            QCOMPARE(string.ascii, !text.contains('\\') && !text.contains('\xc3') &&
                                       !text.contains('\xe2') && !text.contains('\xf0'));
        }
    }

    void malformedOrUnusualTextIsRefused() {
        const QList<QByteArray> strings = {
            "\"unterminated",   "\"\\x\"",
            "\"\\u12\"",        "\"\\u12g4\"",
            "\"tab\there\"",    "\"\xc0\x80\"",
            "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"",
            "\"\xe2\x82\"",     "\"\x80\"",
            "\"\xff\"",         "'single'",
            "\"\xe0\x9f\xbf\"", "\"\xf0\x8f\xbf\xbf\"",
            "\"\xc1\xbf\"",     "\"\xe2\x28\xa1\"",
        };
        for (const QByteArray &text : strings) {
            JsonScanner scanner(text);
            JsonString string;
            QVERIFY2(!scanner.readString(&string), text.constData());
        }
        const QList<QByteArray> numbers = {"01",
                                           "1.",
                                           "-",
                                           ".5",
                                           "+1",
                                           "1e",
                                           "1e+",
                                           "--1",
                                           "1e201",
                                           "-0.5E-201",
                                           "1" + QByteArray(64, '0')};
        for (const QByteArray &text : numbers) {
            JsonScanner scanner(text);
            QByteArrayView number;
            const bool read = scanner.readNumber(&number);
            // "01" reads as 0 followed by garbage: the caller then fails on the '1'.
            QVERIFY2(!read || !scanner.atEnd(), text.constData());
        }
        for (const QByteArray &text : {QByteArray("1e200"), QByteArray("-0.5E-200"),
                                       QByteArray("1" + QByteArray(63, '0'))}) {
            JsonScanner scanner(text);
            QByteArrayView number;
            QVERIFY2(scanner.readNumber(&number) && scanner.atEnd(), text.constData());
            QCOMPARE(number, QByteArrayView(text));
        }
    }

    void skipValueChecksStructure() {
        const auto skips = [](const QByteArray &text) {
            JsonScanner scanner(text);
            return scanner.skipValue() && scanner.atEnd();
        };
        QVERIFY(skips("{\"a\":[1,-2.5e3,true,false,null,\"]}\",{\"b\":{}}],\"c\":[]}"));
        QVERIFY(skips(" [ 1 , [ ] , { } ] "));
        QVERIFY(skips(QByteArray(200, '[') + QByteArray(200, ']')));
        QVERIFY(!skips(QByteArray(201, '[') + QByteArray(201, ']')));
        for (const char *bad : {"{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "[,1]", "{1:2}",
                                "[1 2]", "{\"a\":1", "[", "tru", "nul", "True", ""})
            QVERIFY2(!skips(QByteArray(bad)), bad);
    }

    void datesOverBytesMatchQString() {
        // The Latin-1 overloads used by the scanner accept and refuse what the QString ones do.
        for (const char *text :
             {"2024-02-29", "2023-02-29", "2024-02-29T10:00:00Z", "2024-02-29Tx", "2024-02-29x",
              "abcd-01-01", "2024-1-01", "", "2024-03-01T12:34:56.789+05:30",
              "2024-03-01 12:34:56-0800", "2024-03-01T24:00:00Z", "2024-03-01T25:00:00Z",
              "2024-03-01T12:34:56,5z", "2024-03-01T12:34", "2024-03-01T12:34:56+5"}) {
            const QString string = QString::fromLatin1(text);
            QDate a;
            QDate b;
            QCOMPARE(JsonReader::toDate(QLatin1StringView(text), &a),
                     JsonReader::toDate(string, &b));
            QCOMPARE(a, b);
            qint64 msecs = -1;
            QDateTime dateTime;
            const bool fast = JsonReader::toUtcMSecs(QLatin1StringView(text), &msecs);
            QCOMPARE(fast, JsonReader::toDateTime(string, &dateTime));
            if (fast)
                QCOMPARE(msecs, dateTime.toMSecsSinceEpoch());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
