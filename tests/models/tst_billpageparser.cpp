// BillPageParser reads the fields of kBillListFields from each bill of a page. These tests hold
// it to the reference path it replaced, BillRow::fromBill(Bill::fromJson(...)): the same rows for
// realistic pages, and the same error (field path and message) for hostile input. The list of
// fields below is written out by hand, so a field dropped from (or misnamed in) the table shows.
#include "domain/Bill.h"
#include "models/BillListFields.h"
#include "models/BillPageParser.h"
#include "models/StringPool.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    }

    void fieldTableNamesTheUsedFields() {
        QStringList names;
        for (const BillListField &field : kBillListFields)
            names.append(QString(field.json));
        QStringList expected = kUsedFields;
        expected.sort();
        names.sort();
        QCOMPARE(names, expected);
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

private:
    QList<QJsonObject> m_bills;
};

QTEST_GUILESS_MAIN(TestBillPageParser)
#include "tst_billpageparser.moc"
