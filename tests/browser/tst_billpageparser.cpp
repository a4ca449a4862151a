// BillPageParser has two paths: BillRowScanner reads a page straight from its bytes, and
// parseDocument() reads it through QJsonDocument whenever the scanner declines. These tests hold
// parse() to the reference path both replaced, BillRow::fromBill(Bill::fromJson(...)): the same
// rows for realistic pages, and the same error (field path and message) for hostile input. They
// also hold the scanner to the document path directly (same rows whenever it answers), check
// that it does answer for ordinary pages (escapes, Unicode, nulls, nested values, whitespace),
// and run both over truncated and randomly mutated pages.
#include "domain/Bill.h"
#include "models/BillPageParser.h"
#include "models/BillRowScanner.h"
#include "models/StringPool.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace m3ter;
using namespace m3ter::sandbox;

namespace {

// The page parser as it was before the direct reader: whole Bills, then rows.
BillPageParser::Result referenceParse(const QByteArray &body) {
    BillPageParser::Result result;
    StringPool pool;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = ApiError::parse(QString(), jsonError.error != QJsonParseError::NoError
                                                      ? jsonError.errorString()
                                                      : QStringLiteral("not a JSON object"));
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isUndefined() && !data.isNull() && !data.isArray()) {
        result.error = ApiError::parse(QStringLiteral("data"), QStringLiteral("not an array"));
        return result;
    }
    const QJsonValue token = root.value(QLatin1String("nextToken"));
    if (token.isString())
        result.page.nextToken = token.toString();
    else if (!token.isUndefined() && !token.isNull()) {
        result.error = ApiError::parse(QStringLiteral("nextToken"), QStringLiteral("not a string"));
        return result;
    }
    const QJsonArray bills = data.toArray();
    for (qsizetype i = 0; i < bills.size(); ++i) {
        const QJsonValue value = bills.at(i);
        const QString where = QStringLiteral("data[%1]").arg(i);
        if (!value.isObject()) {
            result.error = ApiError::parse(where, QStringLiteral("not an object"));
            return result;
        }
        const Parsed<Bill> bill = Bill::fromJson(value.toObject());
        if (!bill.ok()) {
            const QString field = bill.error().field;
            result.error = ApiError::parse(
                field.isEmpty() ? where : where + QLatin1Char('.') + field, bill.error().message);
            return result;
        }
        result.page.rows.append(BillRow::fromBill(bill.value(), pool));
    }
    return result;
}

QByteArray pageBody(const QJsonArray &bills, const QJsonValue &token = QJsonValue()) {
    QJsonObject root;
    root.insert(QStringLiteral("data"), bills);
    if (!token.isUndefined())
        root.insert(QStringLiteral("nextToken"), token);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray oneBill(const QJsonObject &bill) {
    return pageBody(QJsonArray{bill});
}

// Every BillRow member, so a field the fast path forgets or reads differently shows up by name.
QString rowDifference(const BillRow &a, const BillRow &b) {
#define BILLS_CHECK(expr)                                                                          \
    if (!(a.expr == b.expr))                                                                       \
        return QStringLiteral(#expr);
    BILLS_CHECK(id)
    BILLS_CHECK(id.toString())
    BILLS_CHECK(id.toString().isNull())
    BILLS_CHECK(accountId)
    BILLS_CHECK(accountCode)
    BILLS_CHECK(currency)
    BILLS_CHECK(status)
    BILLS_CHECK(billingFrequency)
    BILLS_CHECK(invoiceNumber)
    BILLS_CHECK(invoiceNumber.isNull())
    BILLS_CHECK(externalInvoiceReference)
    BILLS_CHECK(externalInvoiceReference.isNull())
    BILLS_CHECK(hasTotal)
    BILLS_CHECK(total)
    BILLS_CHECK(total.scale())
    BILLS_CHECK(billDate)
    BILLS_CHECK(dueDate)
    BILLS_CHECK(startDate)
    BILLS_CHECK(endDate)
    BILLS_CHECK(externalInvoiceDate)
    BILLS_CHECK(lastCalculatedMSecs)
    BILLS_CHECK(apiOrder)
    BILLS_CHECK(locked)
    BILLS_CHECK(jsonStatementGenerated)
    BILLS_CHECK(csvStatementGenerated)
    BILLS_CHECK(statementStale)
#undef BILLS_CHECK
    return QString();
}

// Empty when the direct parser and the reference agree on `body`, else what differs.
QString resultDifference(const BillPageParser::Result &fast, const BillPageParser::Result &slow) {
    if (fast.error.kind != slow.error.kind || fast.error.field != slow.error.field ||
        fast.error.detail != slow.error.detail) {
        return QStringLiteral("error: got %1 [%2] \"%3\", expected %4 [%5] \"%6\"")
            .arg(int(fast.error.kind))
            .arg(fast.error.field, fast.error.detail)
            .arg(int(slow.error.kind))
            .arg(slow.error.field, slow.error.detail);
    }
    if (fast.error.isError())
        return QString();
    if (fast.page.nextToken != slow.page.nextToken ||
        fast.page.nextToken.isNull() != slow.page.nextToken.isNull())
        return QStringLiteral("nextToken");
    if (fast.page.rows.size() != slow.page.rows.size())
        return QStringLiteral("row count %1 vs %2")
            .arg(fast.page.rows.size())
            .arg(slow.page.rows.size());
    for (qsizetype i = 0; i < fast.page.rows.size(); ++i) {
        const QString field = rowDifference(fast.page.rows.at(i), slow.page.rows.at(i));
        if (!field.isEmpty())
            return QStringLiteral("row %1: %2").arg(i).arg(field);
    }
    return QString();
}

QString difference(const QByteArray &body) {
    BillPageParser parser;
    return resultDifference(parser.parse(body), referenceParse(body));
}

// Empty when parse() answers exactly what the QJsonDocument path alone answers (today's parser
// before the scanner). Unlike the reference, neither reads fields a row does not keep, so this is
// the comparison for pages where such a field may be malformed.
QString documentDifference(const QByteArray &body) {
    BillPageParser fast;
    BillPageParser slow;
    return resultDifference(fast.parse(body), slow.parseDocument(body));
}

// What the scanner answers for `body` compared with the document path: Declined when it leaves
// the page to QJsonDocument, Same when its page equals parseDocument()'s, else Different with
// what differs in *detail. The scanner must never answer for a page the document path rejects.
enum class Scan { Declined, Same, Different };

Scan scanAgainstDocument(const QByteArray &body, QString *detail = nullptr) {
    StringPool pool;
    const std::optional<BillPage> scanned = BillRowScanner::scan(body, pool);
    if (!scanned)
        return Scan::Declined;
    BillPageParser parser;
    const BillPageParser::Result document = parser.parseDocument(body);
    QString diff;
    if (document.error.isError())
        diff = QStringLiteral("scanned a page the document path rejects: [%1] %2")
                   .arg(document.error.field, document.error.detail);
    else if (scanned->nextToken != document.page.nextToken ||
             scanned->nextToken.isNull() != document.page.nextToken.isNull())
        diff = QStringLiteral("nextToken \"%1\" vs \"%2\"")
                   .arg(scanned->nextToken, document.page.nextToken);
    else if (scanned->rows.size() != document.page.rows.size())
        diff = QStringLiteral("row count %1 vs %2")
                   .arg(scanned->rows.size())
                   .arg(document.page.rows.size());
    for (qsizetype i = 0; diff.isEmpty() && i < scanned->rows.size(); ++i) {
        const QString field = rowDifference(scanned->rows.at(i), document.page.rows.at(i));
        if (!field.isEmpty())
            diff = QStringLiteral("row %1: %2").arg(i).arg(field);
    }
    if (detail)
        *detail = diff;
    return diff.isEmpty() ? Scan::Same : Scan::Different;
}

// A page that must be scanned (not left to QJsonDocument) and read as the document path reads it,
// and whose parse() equals the document path's answer.
#define BILLS_EXPECT_SCANNED(body)                                                                 \
    do {                                                                                           \
        const QByteArray b_ = (body);                                                              \
        QString d_;                                                                                \
        const Scan s_ = scanAgainstDocument(b_, &d_);                                              \
        QVERIFY2(s_ != Scan::Declined,                                                             \
                 QByteArray(QByteArray("declined: ") + b_.left(300)).constData());                 \
        QVERIFY2(s_ == Scan::Same, qPrintable(d_ + u' ' + QString::fromUtf8(b_.left(300))));       \
        QVERIFY2(documentDifference(b_).isEmpty(), qPrintable(documentDifference(b_)));            \
    } while (false)

// A page the scanner must leave to QJsonDocument; parse() still equals the document path's answer.
#define BILLS_EXPECT_DECLINED(body)                                                                \
    do {                                                                                           \
        const QByteArray b_ = (body);                                                              \
        QVERIFY2(scanAgainstDocument(b_) == Scan::Declined,                                        \
                 QByteArray(QByteArray("scanned: ") + b_.left(300)).constData());                  \
        QVERIFY2(documentDifference(b_).isEmpty(), qPrintable(documentDifference(b_)));            \
    } while (false)

// One bill written by hand, `fields` spliced in after the id: `{"id":"…",<fields>}`.
QByteArray handBill(const QByteArray &fields) {
    QByteArray bill = "{\"id\":\"0b0f1c2d-3e4f-4a5b-8c6d-7e8f90a1b2c3\"";
    if (!fields.isEmpty())
        bill += ',' + fields;
    return bill + '}';
}

QByteArray handPage(const QByteArray &bills, const QByteArray &rest = QByteArray()) {
    return "{\"data\":[" + bills + ']' + rest + '}';
}

const QStringList kUsedFields = {
    QStringLiteral("id"),
    QStringLiteral("accountId"),
    QStringLiteral("accountCode"),
    QStringLiteral("currency"),
    QStringLiteral("status"),
    QStringLiteral("billingFrequency"),
    QStringLiteral("sequentialInvoiceNumber"),
    QStringLiteral("externalInvoiceReference"),
    QStringLiteral("billTotal"),
    QStringLiteral("billDate"),
    QStringLiteral("dueDate"),
    QStringLiteral("startDate"),
    QStringLiteral("endDate"),
    QStringLiteral("externalInvoiceDate"),
    QStringLiteral("lastCalculatedDate"),
    QStringLiteral("locked"),
    QStringLiteral("jsonStatementGenerated"),
    QStringLiteral("csvStatementGenerated"),
    QStringLiteral("statementStale"),
};

// Values of every JSON type plus malformed texts for strings that must be dates or date-times.
QList<QJsonValue> hostileValues() {
    return {
        QJsonValue(QStringLiteral("text")),
        QJsonValue(QString()),
        QJsonValue(QStringLiteral("2024-13-01")),
        QJsonValue(QStringLiteral("2024-02-30")),
        QJsonValue(QStringLiteral("2024-01-15T10:00:00Z")),
        QJsonValue(QStringLiteral("2024-01-15T25:00:00Z")),
        QJsonValue(QStringLiteral("2024-01-15 10:00:00+02:00")),
        QJsonValue(QStringLiteral("2024-01-15T24:00:00")),
        QJsonValue(QStringLiteral("Zürich “quoted” ✓")),
        QJsonValue(QStringLiteral("0B0F0000-0000-4000-8000-000000000000")),
        QJsonValue(42),
        QJsonValue(0),
        QJsonValue(-1.5),
        QJsonValue(1e308),
        QJsonValue(-1e308),
        QJsonValue(1e19),
        QJsonValue(0.1),
        QJsonValue(true),
        QJsonValue(false),
        QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}),
        QJsonValue(QJsonArray{1, 2}),
        QJsonValue(QJsonValue::Null),
    };
}

} // namespace

class TestBillPageParser : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        SandboxConfig config;
        config.seed = 42;
        config.accounts = 40;
        config.bills = 1000;
        SandboxServer server(config);
        m_bills = server.store().bills(true, true);
        QCOMPARE(m_bills.size(), 1000);
        m_billsWithItems = server.store().bills(true, false).mid(0, 200);
        QVERIFY(m_billsWithItems.at(0).value(QStringLiteral("lineItems")).isArray());
    }

    void realisticPagesGiveIdenticalRows() {
        int compact = 0;
        for (int first = 0; first < m_bills.size(); first += 100) {
            QJsonArray page;
            for (int i = first; i < first + 100 && i < m_bills.size(); ++i)
                page.append(m_bills.at(i));
            const QByteArray body = pageBody(page, QStringLiteral("token-%1").arg(first));
            QCOMPARE(difference(body), QString());

            BillPageParser parser;
            const BillPageParser::Result result = parser.parse(body);
            QVERIFY(!result.error.isError());
            QCOMPARE(result.page.rows.size(), page.size());
            for (int i = 0; i < page.size(); ++i) {
                const BillId &id = result.page.rows.at(i).id;
                QCOMPARE(id.toString(),
                         page.at(i).toObject().value(QStringLiteral("id")).toString());
                compact += id.isUuid() ? 1 : 0;
            }
        }
        // The sandbox's ids are canonical UUIDs, as m3ter's are: all of them stored in 16 bytes.
        QCOMPARE(compact, m_bills.size());
    }

    void variedValuesGiveIdenticalRows() {
        // Values the sandbox may not produce but the contract allows: nulls, absent fields,
        // unusual amounts and date-time spellings.
        const QJsonObject base = m_bills.at(0);
        const QList<QPair<QString, QJsonValue>> cases = {
            {QStringLiteral("billTotal"), 0.1},
            {QStringLiteral("billTotal"), 1.005},
            {QStringLiteral("billTotal"), -0.0},
            {QStringLiteral("billTotal"), 123456789012.34},
            {QStringLiteral("billTotal"), 1e-30},
            {QStringLiteral("billTotal"), 9007199254740993.0},
            {QStringLiteral("lastCalculatedDate"), QStringLiteral("2024-03-01T12:34:56.789+05:30")},
            {QStringLiteral("lastCalculatedDate"), QStringLiteral("2024-03-01T12:34:56")},
            {QStringLiteral("lastCalculatedDate"), QStringLiteral("2024-03-01T24:00:00Z")},
            {QStringLiteral("billDate"), QStringLiteral("2024-03-01T12:00:00Z")},
            {QStringLiteral("id"), QStringLiteral("0B0F1C2D-3E4F-4A5B-8C6D-7E8F90A1B2C3")},
            {QStringLiteral("id"), QStringLiteral("{0b0f1c2d-3e4f-4a5b-8c6d-7e8f90a1b2c3}")},
            {QStringLiteral("id"), QStringLiteral("00000000-0000-0000-0000-000000000000")},
            {QStringLiteral("id"), QStringLiteral("0b0f1c2d-3e4f-4a5b-8c6d-7e8f90a1b2cg")},
            {QStringLiteral("id"), QStringLiteral("0b0f1c2d+3e4f-4a5b-8c6d-7e8f90a1b2c3")},
            {QStringLiteral("id"), QStringLiteral("bill-1")},
            {QStringLiteral("id"), QString()},
            {QStringLiteral("accountId"), QString()},
            {QStringLiteral("sequentialInvoiceNumber"), QString()},
        };
        for (const auto &[field, value] : cases) {
            QJsonObject bill = base;
            bill.insert(field, value);
            QVERIFY2(
                difference(oneBill(bill)).isEmpty(),
                qPrintable(field + u'=' +
                           QString::fromUtf8(
                               QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)) +
                           u": " + difference(oneBill(bill))));
        }
        for (const QString &field : kUsedFields) {
            QJsonObject bill = base;
            bill.insert(field, QJsonValue::Null);
            QVERIFY2(difference(oneBill(bill)).isEmpty(), qPrintable(field + u" null"));
            bill.remove(field);
            QVERIFY2(difference(oneBill(bill)).isEmpty(), qPrintable(field + u" absent"));
        }
        // Every used field null at once (id is required, so that one fails).
        QJsonObject nulls = base;
        for (const QString &field : kUsedFields)
            nulls.insert(field, QJsonValue::Null);
        QCOMPARE(difference(oneBill(nulls)), QString());
        nulls.insert(QStringLiteral("id"), QStringLiteral("x"));
        QCOMPARE(difference(oneBill(nulls)), QString());
        // Only an id.
        QCOMPARE(difference(oneBill(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}})),
                 QString());
    }

    void billIdRoundTrips() {
        const QStringList texts = {
            QStringLiteral("0b0f1c2d-3e4f-4a5b-8c6d-7e8f90a1b2c3"),
            QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff"),
            QStringLiteral("0B0F1C2D-3E4F-4A5B-8C6D-7E8F90A1B2C3"),
            QStringLiteral("00000000-0000-0000-0000-000000000000"),
            QStringLiteral("{0b0f1c2d-3e4f-4a5b-8c6d-7e8f90a1b2c3}"),
            QStringLiteral("bill-1"),
            QStringLiteral(""),
        };
        for (const QString &text : texts) {
            const BillId id = BillId::fromString(text);
            QCOMPARE(id.toString(), text);
            QCOMPARE(QString(id), text);
            QVERIFY(id == text);
            QVERIFY(text == id);
            QVERIFY(id == BillId::fromString(text));
            const bool canonical = !QUuid::fromString(text).isNull() &&
                                   QUuid::fromString(text).toString(QUuid::WithoutBraces) == text;
            QCOMPARE(id.isUuid(), canonical);
        }
        QVERIFY(BillId::fromString(texts.at(0)) != BillId::fromString(texts.at(1)));
        QVERIFY(BillId::fromString(texts.at(0)) != BillId::fromString(texts.at(2)));
        QVERIFY(BillId().toString().isNull());
        QVERIFY(BillId().isEmpty());
        QVERIFY(BillId() == BillId::fromString(QString()));
    }

    void wrongValuesGiveIdenticalErrors() {
        const QJsonObject base = m_bills.at(1);
        int errors = 0;
        for (const QString &field : kUsedFields) {
            for (const QJsonValue &value : hostileValues()) {
                QJsonObject bill = base;
                bill.insert(field, value);
                // In the middle of a page, so the error path names data[1].
                const QByteArray body = pageBody(QJsonArray{m_bills.at(0), bill, m_bills.at(2)});
                const QString diff = difference(body);
                QVERIFY2(diff.isEmpty(),
                         qPrintable(
                             field + u'=' +
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)) +
                             u": " + diff));
                BillPageParser parser;
                errors += parser.parse(body).error.isError() ? 1 : 0;
            }
        }
        QVERIFY(errors > 100); // the hostile values did produce errors, not only agreement
    }

    void missingIdIsAnError() {
        QJsonObject bill = m_bills.at(0);
        bill.remove(QStringLiteral("id"));
        BillPageParser parser;
        const BillPageParser::Result result = parser.parse(oneBill(bill));
        QCOMPARE(result.error.kind, ApiError::Kind::Parse);
        QCOMPARE(result.error.field, QStringLiteral("data[0].id"));
        QCOMPARE(difference(oneBill(bill)), QString());
        bill.insert(QStringLiteral("id"), QJsonValue::Null);
        QCOMPARE(difference(oneBill(bill)), QString());
        // Missing id together with other wrong fields: id is still the one reported.
        bill.insert(QStringLiteral("billTotal"), QStringLiteral("12"));
        bill.insert(QStringLiteral("locked"), 1);
        QCOMPARE(parser.parse(oneBill(bill)).error.field, QStringLiteral("data[0].id"));
        QCOMPARE(difference(oneBill(bill)), QString());
    }

    void hugeTotalIsAnError() {
        QJsonObject bill = m_bills.at(0);
        bill.insert(QStringLiteral("billTotal"), 1e308);
        BillPageParser parser;
        const BillPageParser::Result result = parser.parse(oneBill(bill));
        QCOMPARE(result.error.kind, ApiError::Kind::Parse);
        QCOMPARE(result.error.field, QStringLiteral("data[0].billTotal"));
        QCOMPARE(difference(oneBill(bill)), QString());
    }

    void firstWrongFieldInReadOrderIsReported() {
        // Two wrong fields: Bill::fromJson reports the one it reads first, whatever the key order.
        const QJsonObject base = m_bills.at(3);
        for (const QString &a : kUsedFields) {
            for (const QString &b : kUsedFields) {
                if (a == b)
                    continue;
                QJsonObject bill = base;
                bill.insert(a, QJsonArray{});
                bill.insert(b, QJsonObject{});
                const QString diff = difference(oneBill(bill));
                QVERIFY2(diff.isEmpty(), qPrintable(a + u'+' + b + u": " + diff));
            }
        }
    }

    void unusedFieldsAreNotRead() {
        // The table does not keep these, so the direct reader does not look at them; the detail
        // pane (Bill::fromJson over the whole bill) still reports a malformed one.
        QJsonObject bill = m_bills.at(0);
        const QJsonObject clean = bill;
        bill.insert(QStringLiteral("dtCreated"), 17);
        bill.insert(QStringLiteral("lineItems"), QStringLiteral("oops"));
        bill.insert(QStringLiteral("somethingNew"), QJsonObject{{QStringLiteral("x"), 1}});
        QVERIFY(!Bill::fromJson(bill).ok());
        BillPageParser parser;
        const BillPageParser::Result fast = parser.parse(oneBill(bill));
        QVERIFY(!fast.error.isError());
        const BillPageParser::Result reference = referenceParse(oneBill(clean));
        QCOMPARE(fast.page.rows.size(), 1);
        QCOMPARE(rowDifference(fast.page.rows.at(0), reference.page.rows.at(0)), QString());
    }

    void pageLevelErrorsAreUnchanged() {
        const QList<QByteArray> bodies = {
            QByteArray("not json"),
            QByteArray("[]"),
            QByteArray("{\"data\": 3}"),
            QByteArray("{\"data\": {}}"),
            QByteArray("{\"data\": [], \"nextToken\": 5}"),
            QByteArray("{\"data\": [1]}"),
            QByteArray("{\"data\": [{\"id\": \"a\"}, \"b\"]}"),
            QByteArray("{\"data\": null, \"nextToken\": null}"),
            QByteArray("{}"),
            QByteArray("{\"data\": [{\"id\": \"a\", \"id\": 3}]}"),
        };
        for (const QByteArray &body : bodies)
            QVERIFY2(difference(body).isEmpty(), body.constData());
    }

    void poolIsSharedAcrossPages() {
        BillPageParser parser;
        const BillPageParser::Result a = parser.parse(oneBill(m_bills.at(0)));
        QJsonObject other = m_bills.at(1);
        other.insert(QStringLiteral("accountId"), m_bills.at(0).value(QStringLiteral("accountId")));
        const BillPageParser::Result b = parser.parse(oneBill(other));
        QVERIFY(!a.page.rows.at(0).accountId.isEmpty());
        QCOMPARE(a.page.rows.at(0).accountId.constData(), b.page.rows.at(0).accountId.constData());
    }

    void scannerReadsRealisticPages() {
        // Sandbox pages as the API sends them (compact), pretty-printed, with line items (nested
        // arrays and objects to skip), and with the token absent or null: all scanned.
        for (int first = 0; first < m_bills.size(); first += 100) {
            QJsonArray page;
            for (int i = first; i < first + 100; ++i)
                page.append(m_bills.at(i));
            QJsonObject root{{QStringLiteral("data"), page},
                             {QStringLiteral("nextToken"), QStringLiteral("t-%1").arg(first)}};
            BILLS_EXPECT_SCANNED(QJsonDocument(root).toJson(QJsonDocument::Compact));
            BILLS_EXPECT_SCANNED(QJsonDocument(root).toJson(QJsonDocument::Indented));
        }
        for (int first = 0; first < m_billsWithItems.size(); first += 50) {
            QJsonArray page;
            for (int i = first; i < first + 50; ++i)
                page.append(m_billsWithItems.at(i));
            BILLS_EXPECT_SCANNED(pageBody(page));
            BILLS_EXPECT_SCANNED(pageBody(page, QJsonValue::Null));
        }
        BILLS_EXPECT_SCANNED(pageBody(QJsonArray(), QStringLiteral("t")));
        BILLS_EXPECT_SCANNED(QByteArray("{\"data\":[]}"));
        // And parse() takes that path: it answers for a page of the sandbox's bills with the
        // very QStrings the pool handed the scanner.
        BillPageParser parser;
        StringPool pool;
        const QByteArray body = oneBill(m_bills.at(0));
        const BillPageParser::Result result = parser.parse(body);
        QVERIFY(BillRowScanner::scan(body, pool).has_value());
        QCOMPARE(result.page.rows.size(), 1);
        QVERIFY(result.page.rows.at(0).id.isUuid());
    }

    void scannerReadsUnusualButValidPages() {
        // Escapes, Unicode, empty strings in every string field.
        const QList<QByteArray> strings = {
            "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\te\"",
            "\"\\u00e9\\u20AC\\ud83d\\ude00\\u0041\"",
            "\"\\ud800 lone high, lone low \\udc00\"",
            "\"\\u0000\"",
            "\"Z\xc3\xbcrich \xe2\x82\xac \xf0\x9f\x98\x80 \xef\xbf\xbf \xf4\x8f\xbf\xbf\"",
            "\"mixed \xc3\xa9 and \\u00e9 and \\\\\"",
            "\"\"",
            "\"0b0f1c2d\\u002d3e4f-4a5b-8c6d-7e8f90a1b2c3\"",
            "\"0B0F1C2D-3E4F-4A5B-8C6D-7E8F90A1B2C3\"",
            "\"00000000-0000-0000-0000-000000000000\"",
            "\"a long text that is longer than eight bytes, twice over, with ]}{[,: inside\"",
        };
        const QList<QByteArray> stringFields = {"accountId",
                                                "accountCode",
                                                "currency",
                                                "status",
                                                "billingFrequency",
                                                "sequentialInvoiceNumber",
                                                "externalInvoiceReference"};
        for (const QByteArray &text : strings) {
            for (const QByteArray &field : stringFields)
                BILLS_EXPECT_SCANNED(handPage(handBill('"' + field + "\":" + text)));
            BILLS_EXPECT_SCANNED(handPage("{\"id\":" + text + '}'));
            BILLS_EXPECT_SCANNED(handPage(handBill(QByteArray()), ",\"nextToken\":" + text));
        }
        // The pool hands out one QString per text, whichever way it was spelled.
        {
            StringPool pool;
            const auto a = BillRowScanner::scan(handPage(handBill("\"currency\":\"EUR\"")), pool);
            const auto b =
                BillRowScanner::scan(handPage(handBill("\"currency\":\"\\u0045UR\"")), pool);
            QVERIFY(a && b);
            QCOMPARE(a->rows.at(0).currency, QStringLiteral("EUR"));
            QCOMPARE(a->rows.at(0).currency.constData(), b->rows.at(0).currency.constData());
        }

        // Every kept field null, or absent.
        const QList<QByteArray> fields = {"accountId",
                                          "accountCode",
                                          "startDate",
                                          "endDate",
                                          "billDate",
                                          "dueDate",
                                          "billingFrequency",
                                          "currency",
                                          "locked",
                                          "status",
                                          "lastCalculatedDate",
                                          "billTotal",
                                          "externalInvoiceDate",
                                          "externalInvoiceReference",
                                          "sequentialInvoiceNumber",
                                          "jsonStatementGenerated",
                                          "csvStatementGenerated",
                                          "statementStale"};
        QByteArray allNull;
        for (const QByteArray &field : fields) {
            BILLS_EXPECT_SCANNED(handPage(handBill('"' + field + "\":null")));
            allNull += (allNull.isEmpty() ? "" : ",") + ('"' + field + "\":null");
        }
        BILLS_EXPECT_SCANNED(handPage(handBill(allNull)));
        BILLS_EXPECT_SCANNED(handPage(handBill(QByteArray())));

        // Flags, dates and date-times in the spellings JsonReader accepts.
        for (const char *field :
             {"locked", "jsonStatementGenerated", "csvStatementGenerated", "statementStale"}) {
            BILLS_EXPECT_SCANNED(handPage(handBill(QByteArray("\"") + field + "\":true")));
            BILLS_EXPECT_SCANNED(handPage(handBill(QByteArray("\"") + field + "\":false")));
        }
        for (const char *date : {"2024-02-29", "2024-02-29T10:00:00Z", "2024-02-29Tjunk",
                                 "0001-01-01", "9999-12-31", "abcd-01-01"}) {
            for (const char *field :
                 {"startDate", "endDate", "billDate", "dueDate", "externalInvoiceDate"})
                BILLS_EXPECT_SCANNED(
                    handPage(handBill(QByteArray("\"") + field + "\":\"" + date + '"')));
        }
        for (const char *dateTime :
             {"2024-03-01T12:34:56Z", "2024-03-01T12:34:56.789+05:30", "2024-03-01T12:34:56",
              "2024-03-01t12:34:56,5z", "2024-03-01 12:34:56-0800", "2024-03-01T12:34:56.123456-03",
              "2024-03-01T24:00:00Z", "2024-03-01T24:00:00"}) {
            const QByteArray body =
                handPage(handBill(QByteArray("\"lastCalculatedDate\":\"") + dateTime + '"'));
            // 24:00 goes through QDateTime::fromString, which may refuse it: then the scanner
            // must decline; either way parse() must match the reference.
            QVERIFY2(scanAgainstDocument(body) != Scan::Different, dateTime);
            QVERIFY2(documentDifference(body).isEmpty(), dateTime);
            if (!QByteArray(dateTime).contains("24:00"))
                BILLS_EXPECT_SCANNED(body);
        }

        // Amounts in every spelling the scanner converts itself.
        for (const char *number : {"0",
                                   "-0",
                                   "-0.0",
                                   "0.000",
                                   "0e5",
                                   "12.50",
                                   "1.0E7",
                                   "1e2",
                                   "1E+2",
                                   "2.5e-3",
                                   "0.1",
                                   "1.005",
                                   "123456789012345",
                                   "999999999999999",
                                   "-999999999999999",
                                   "99999999999999.9",
                                   "0.000000000000000001",
                                   "1E-18",
                                   "12345.678901234",
                                   "-98765.4321",
                                   "100000000000000e-5",
                                   "0.000012345678901234",
                                   "7",
                                   "-7.25"})
            BILLS_EXPECT_SCANNED(handPage(handBill(QByteArray("\"billTotal\":") + number)));

        // Values the row does not keep, of every shape, are skipped; keys inside them that
        // name row fields do not count.
        QByteArray deep;
        for (int i = 0; i < 150; ++i)
            deep += i % 2 ? "{\"a\":" : "[";
        deep += "1";
        for (int i = 149; i >= 0; --i)
            deep += i % 2 ? "}" : "]";
        const QList<QByteArray> junk = {
            "\"lineItems\":[{\"a\":[1,2,{\"b\":\"}]{[\\\"\\\\\"}],\"c\":null,\"d\":true,"
            "\"e\":-1.5e-7},[],{}]",
            "\"nested\":{\"id\":3,\"billTotal\":\"oops\",\"locked\":\"no\"}",
            "\"escapedKeyInside\":{\"k\\u0065y\":1,\"\xc3\xa9\":2}",
            "\"deep\":" + deep,
            "\"numbers\":[0,-0,1e200,-1E-200,12345678901234567890123,0.5,1.0e+10]",
            "\"version\":3,\"\xc3\xa9t\xc3\xa9\":\"\",\"emptyObject\":{},\"emptyArray\":[]",
            "\"lineItems\":\"oops\",\"dtCreated\":17",
        };
        for (const QByteArray &members : junk)
            BILLS_EXPECT_SCANNED(handPage(handBill(members)));
        // Unknown keys around "data" at the top.
        BILLS_EXPECT_SCANNED("{\"meta\":{\"data\":[1]},\"data\":[" + handBill("\"locked\":true") +
                             "],\"nextToken\":\"t\",\"extra\":[null,\"x\"]}");
        BILLS_EXPECT_SCANNED("{\"nextToken\":\"first\",\"data\":[" + handBill(QByteArray()) + ',' +
                             handBill("\"billTotal\":3") + "]}");

        // Whitespace (space, tab, CR, LF) between every token.
        const QByteArray spaced =
            " \t\r\n{ \"data\" :\n[ { \"id\"\t:\r\"x\" , \"billTotal\" : 1.5 ,"
            " \"locked\" : true , \"x\" : [ 1 , { } ] } ] , \"nextToken\" :"
            " null } \n\t ";
        BILLS_EXPECT_SCANNED(spaced);
    }

    void scannerDeclinesWhatItIsNotSureOf() {
        const QByteArray bill = handBill("\"billTotal\":12.5,\"locked\":true");
        const QList<QByteArray> bodies = {
            // Qt's parser accepts these, but they are not plain JSON or Qt reads them its own way.
            "\xef\xbb\xbf" + handPage(bill),                               // byte order mark
            handPage(handBill("\"billTotal\":1,\"billTotal\":2")),         // duplicate field
            handPage(handBill("\"accountId\":\"a\",\"accountId\":\"b\"")), // duplicate field
            "{\"data\":[],\"data\":[" + bill + "]}",                       // duplicate data
            "{\"data\":[],\"nextToken\":\"a\",\"nextToken\":\"b\"}",       // duplicate token
            handPage("{\"\\u0069d\":\"x\"}"),                              // escaped field key
            handPage(handBill("\"billTot\\u0061l\":5")),                   // escaped field key
            "{\"d\\u0061ta\":[" + bill + "]}",                             // escaped page key
            handPage(handBill("\"billTotal\":1.")),                        // Qt-only number
            handPage(handBill("\"accountCode\":\"\\x\"")),                 // Qt-only escape
            handPage(handBill("\"accountCode\":\"tab\there\"")),           // raw control char
            handPage(handBill("\"x\":\"\x01\"")),                          // raw control char
            handPage(handBill("\"x\":1e201")),                             // exponent bound
            handPage(handBill("\"x\":1" + QByteArray(64, '0') + ")")),     // length bound
            // Amounts the scanner does not convert itself (Qt's double decides).
            handPage(handBill("\"billTotal\":12345678901234567")),
            handPage(handBill("\"billTotal\":9007199254740993")),
            handPage(handBill("\"billTotal\":1000000000000000")),
            handPage(handBill("\"billTotal\":0.1234567890123456")),
            handPage(handBill("\"billTotal\":1e-19")),
            handPage(handBill("\"billTotal\":1e-30")),
            handPage(handBill("\"billTotal\":1e20")),
            handPage(handBill("\"billTotal\":1e308")),
            // Errors: the document path reports them.
            handPage(handBill("\"billTotal\":\"12\"")),
            handPage(handBill("\"locked\":1")),
            handPage(handBill("\"billDate\":\"2024-13-01\"")),
            handPage(handBill("\"billDate\":\"2024-02-30\"")),
            handPage(handBill("\"billDate\":\"\"")),
            handPage(handBill("\"lastCalculatedDate\":\"2024-01-15T25:00:00Z\"")),
            handPage(handBill("\"currency\":7")),
            handPage(handBill("\"status\":{}")),
            handPage("{\"accountId\":\"a\"}"), // no id
            handPage("{\"id\":null}"),
            handPage("{}"),
            handPage("1"),
            handPage(bill + ",2"),
            handPage(bill, ",\"nextToken\":5"),
            "{\"data\":null}",
            "{\"data\":{}}",
            "{\"nextToken\":\"x\"}",
            "{}",
            "[]",
            "",
            "   ",
            handPage(bill) + "x",
            handPage(bill) + "}",
            handPage(bill + ','),
            "{\"data\":[" + bill + "],}",
            handPage(handBill("\"x\":01")),
            handPage(handBill("\"x\":-")),
            handPage(handBill("\"x\":.5")),
            handPage(handBill("\"x\":+1")),
            handPage(handBill("\"x\":1e")),
            handPage(handBill("\"x\":nul")),
            handPage(handBill("\"x\":True")),
            handPage(handBill("\"x\":\"unterminated}]}")),
            // Invalid UTF-8: overlong, encoded surrogate, beyond U+10FFFF, cut off, stray.
            handPage(handBill("\"x\":\"\xc0\x80\"")),
            handPage(handBill("\"x\":\"\xe0\x9f\xbf\"")),
            handPage(handBill("\"x\":\"\xf0\x8f\xbf\xbf\"")),
            handPage(handBill("\"x\":\"\xed\xa0\x80\"")),
            handPage(handBill("\"x\":\"\xf4\x90\x80\x80\"")),
            handPage(handBill("\"x\":\"\xf5\x80\x80\x80\"")),
            handPage(handBill("\"x\":\"\xe2\x82\"")),
            handPage(handBill("\"x\":\"\x80\"")),
            handPage(handBill("\"x\":\"\xff\"")),
            handPage(handBill("\"\xc3\":1")),
        };
        for (const QByteArray &body : bodies)
            BILLS_EXPECT_DECLINED(body);

        // Nesting: 300 levels are fine for Qt (limit 1024) but beyond the scanner's bound;
        // 1100 levels are an error for Qt.
        for (const int levels : {300, 1100}) {
            const QByteArray deep = QByteArray(levels, '[') + QByteArray(levels, ']');
            BILLS_EXPECT_DECLINED(handPage(handBill("\"x\":" + deep)));
        }
    }

    void truncatedPagesAreDeclined() {
        // Every proper prefix of a page is malformed: the scanner must decline each one and
        // parse() must report what the reference reports.
        QJsonObject bill = m_bills.at(5);
        bill.insert(QStringLiteral("accountCode"), QStringLiteral("Z\u00fcrich \u20ac \U0001F600"));
        const QByteArray body = handPage(
            handBill("\"accountCode\":\"a\\u00e9\\ud83d\\ude00\\\"\",\"billTotal\":-1.5e-3") + ',' +
                QJsonDocument(bill).toJson(QJsonDocument::Compact),
            ",\"nextToken\":\"t\"");
        BILLS_EXPECT_SCANNED(body);
        for (qsizetype length = 0; length < body.size(); ++length)
            BILLS_EXPECT_DECLINED(body.left(length));
    }

    void randomMutationsAgree() {
        // A small, deterministic fuzzer: pages mutated at random, byte-wise and value-wise. For
        // each, the scanner either declines or reads what the document path reads, and parse()
        // answers what the document path alone answers (rows or error). Both outcomes must occur
        // often, or the test proves nothing.
        QRandomGenerator random(20240501);
        QJsonArray bills{m_bills.at(7), m_bills.at(8), m_bills.at(9)};
        const QByteArray base = pageBody(bills, QStringLiteral("token"));
        const QList<QByteArray> pieces = {"\"",
                                          "\\",
                                          "{",
                                          "}",
                                          "[",
                                          "]",
                                          ",",
                                          ":",
                                          " ",
                                          "\t",
                                          "\n",
                                          "0",
                                          "1",
                                          "9",
                                          "-",
                                          ".",
                                          "e",
                                          "E",
                                          "+",
                                          "null",
                                          "true",
                                          "false",
                                          "\\u00e9",
                                          "\\ud83d",
                                          "\\ude00",
                                          "\xc3",
                                          "\xa9",
                                          "\xe2\x82\xac",
                                          "\xf0\x9f\x98\x80",
                                          "\xff",
                                          "\x01",
                                          "\"id\"",
                                          "\"billTotal\":",
                                          "1e400",
                                          "12345678901234567",
                                          "\"x\":{\"y\":[1,\"]\"]},",
                                          "\xef\xbb\xbf"};
        const QList<QByteArray> fields = {"id",
                                          "accountId",
                                          "accountCode",
                                          "billDate",
                                          "lastCalculatedDate",
                                          "billTotal",
                                          "locked",
                                          "currency",
                                          "sequentialInvoiceNumber",
                                          "externalInvoiceDate"};
        int scanned = 0;
        int declined = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray body = base;
            if (round % 2 == 0) {
                // Byte-wise: one to three edits anywhere.
                const int edits = 1 + random.bounded(3);
                for (int e = 0; e < edits; ++e) {
                    const int pos = random.bounded(int(body.size()));
                    const QByteArray &piece = pieces.at(random.bounded(int(pieces.size())));
                    switch (random.bounded(3)) {
                    case 0:
                        body.replace(pos, 1, piece);
                        break;
                    case 1:
                        body.insert(pos, piece);
                        break;
                    default:
                        body.remove(pos, 1 + random.bounded(4));
                        break;
                    }
                }
            } else {
                // Value-wise: a kept field of one bill gets a random value, often valid.
                const QByteArray key = '"' + fields.at(random.bounded(int(fields.size()))) + "\":";
                qsizetype at = -1;
                for (int skip = random.bounded(3); skip >= 0; --skip)
                    at = body.indexOf(key, at + 1);
                if (at < 0)
                    continue;
                const qsizetype valueStart = at + key.size();
                qsizetype valueEnd = valueStart;
                if (body.at(valueStart) == '"')
                    valueEnd = body.indexOf('"', valueStart + 1) + 1;
                else
                    while (body.at(valueEnd) != ',' && body.at(valueEnd) != '}')
                        ++valueEnd;
                body.replace(valueStart, valueEnd - valueStart, randomValue(random));
            }
            QString detail;
            const Scan scan = scanAgainstDocument(body, &detail);
            QVERIFY2(scan != Scan::Different,
                     qPrintable(detail + u' ' + QString::fromUtf8(body.toPercentEncoding())));
            const QString diff = documentDifference(body);
            QVERIFY2(diff.isEmpty(),
                     qPrintable(diff + u' ' + QString::fromUtf8(body.toPercentEncoding())));
            (scan == Scan::Same ? scanned : declined) += 1;
        }
        qInfo("random pages: %d scanned, %d declined", scanned, declined);
        QVERIFY(scanned > 600);
        QVERIFY(declined > 600);
    }

private:
    // A random JSON value text: mostly strings, numbers, dates and literals in varied spellings
    // (valid or not for the field it lands in), sometimes malformed.
    static QByteArray randomValue(QRandomGenerator &random) {
        const auto digits = [&random](int count) {
            QByteArray text;
            for (int i = 0; i < count; ++i)
                text += char('0' + (random.bounded(3) == 0 ? 0 : random.bounded(10)));
            return text;
        };
        switch (random.bounded(8)) {
        case 0: { // number
            QByteArray text = random.bounded(3) == 0 ? "-" : "";
            text += random.bounded(4) == 0
                        ? QByteArray("0")
                        : char('1' + random.bounded(9)) + digits(random.bounded(17));
            if (random.bounded(2))
                text += '.' + digits(1 + random.bounded(20));
            if (random.bounded(4) == 0)
                text += QByteArray(random.bounded(2) ? "e" : "E") +
                        (random.bounded(2)   ? "-"
                         : random.bounded(2) ? "+"
                                             : "") +
                        QByteArray::number(random.bounded(30));
            return text;
        }
        case 1: { // string with escapes and UTF-8
            static const QList<QByteArray> parts = {"a",
                                                    "Z",
                                                    " ",
                                                    "\\n",
                                                    "\\\"",
                                                    "\\u00e9",
                                                    "\\ud83d\\ude00",
                                                    "\\udc00",
                                                    "\xc3\xa9",
                                                    "\xe2\x82\xac",
                                                    "\xf0\x9f\x98\x80",
                                                    "\\/",
                                                    "-"};
            QByteArray text = "\"";
            for (int i = random.bounded(12); i > 0; --i)
                text += parts.at(random.bounded(int(parts.size())));
            return text + '"';
        }
        case 2: // date
            return "\"20" + digits(2) + '-' + digits(2) + '-' + digits(2) + '"';
        case 3: // date-time
            return "\"2024-0" + QByteArray::number(1 + random.bounded(9)) + "-1" + digits(1) +
                   (random.bounded(2) ? "T" : " ") + digits(1) + digits(1) + ':' + digits(1) +
                   digits(1) + ":0" + digits(1) +
                   (random.bounded(2) ? QByteArray(QByteArray(".") + digits(1 + random.bounded(5)))
                                      : QByteArray()) +
                   (random.bounded(3) == 0 ? "Z"
                    : random.bounded(2)    ? "+05:30"
                                           : "") +
                   '"';
        case 4:
            return random.bounded(2) ? "true" : "false";
        case 5:
            return "null";
        case 6: // a canonical id, or one digit off
            return random.bounded(2) ? "\"0b0f1c2d-3e4f-4a5b-8c6d-7e8f90a1b2c3\""
                                     : "\"0b0f1c2d-3e4f-4a5b-8c6d-7e8f90a1b2cG\"";
        default: // nested or broken
            return random.bounded(2) ? "[1,{\"a\":\"b\"}]" : "{\"a\":";
        }
    }

    QList<QJsonObject> m_bills;
    QList<QJsonObject> m_billsWithItems;
};

QTEST_GUILESS_MAIN(TestBillPageParser)
#include "tst_billpageparser.moc"
