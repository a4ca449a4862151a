#include "StoreFixtures.h"
#include "models/BillListFields.h"
#include "models/StringPool.h"
#include "store/BillRowCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace m3ter;

class TestBillRowCodec : public QObject {
    Q_OBJECT

private slots:
    void everyFieldRoundTripsExactly() {
        StringPool pool;
        BillRow original = StoreFixtures::row(3);
        original.total = *Decimal::fromString(u"-1234.5600");
        original.statementStale = true;
        const std::optional<BillRow> back =
            BillRowCodec::decode(BillRowCodec::encode(original), pool);
        QVERIFY(back);
        QVERIFY(StoreFixtures::sameRow(original, *back));
        QCOMPARE(back->total.toString(), QStringLiteral("-1234.5600"));
    }

    void absentValuesStayAbsent() {
        StringPool pool;
        BillRow original;
        original.id = BillId::fromString(QStringLiteral("not-a-uuid"));
        const QByteArray json = BillRowCodec::encode(original);
        QCOMPARE(json, QByteArray(R"({"id":"not-a-uuid"})"));
        const std::optional<BillRow> back = BillRowCodec::decode(json, pool);
        QVERIFY(back);
        QVERIFY(StoreFixtures::sameRow(original, *back));
        QVERIFY(!back->hasTotal);
        QVERIFY(!back->billDate.isValid());
        QCOMPARE(back->id.toString(), QStringLiteral("not-a-uuid"));
    }

    void repeatedTextIsInterned() {
        StringPool pool;
        const QByteArray json = BillRowCodec::encode(StoreFixtures::row(7));
        const BillRow a = *BillRowCodec::decode(json, pool);
        const BillRow b = *BillRowCodec::decode(json, pool);
        QVERIFY(a.accountCode.constData() == b.accountCode.constData());
        QVERIFY(a.status.constData() == b.status.constData());
    }

    // encode() writes JSON itself; rows stored by versions that wrote them through QJsonDocument
    // must compare equal byte for byte, or every refresh after an update would rewrite (and
    // re-index) every bill once.
    void theEncodingIsQJsonDocumentsCompactForm() {
        const auto reference = [](const BillRow &row) {
            QJsonObject object;
            for (const BillListField &field : kBillListFields) {
                switch (field.kind) {
                case BillFieldKind::Id:
                    object.insert(field.json, (row.*field.id).toString());
                    break;
                case BillFieldKind::Text:
                case BillFieldKind::InternedText:
                case BillFieldKind::Enum:
                    if (!(row.*field.text).isEmpty())
                        object.insert(field.json, row.*field.text);
                    break;
                case BillFieldKind::Date:
                    if ((row.*field.date).isValid())
                        object.insert(field.json, (row.*field.date).toString(Qt::ISODate));
                    break;
                case BillFieldKind::DateTime:
                    if (row.*field.msecs != 0)
                        object.insert(field.json, row.*field.msecs);
                    break;
                case BillFieldKind::Amount:
                    if (row.*field.flag)
                        object.insert(field.json, (row.*field.amount).toString());
                    break;
                case BillFieldKind::Flag:
                    if (row.*field.flag)
                        object.insert(field.json, true);
                    break;
                }
            }
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        BillRow tricky = StoreFixtures::row(11);
        tricky.invoiceNumber =
            QStringLiteral("INV \"7\" \\ a/b\t\n\r\b\f") + QChar(0x01) + QChar(0x1f);
        tricky.externalInvoiceReference = QStringLiteral("Bestellung Müller – 東京 ") +
                                          QString::fromUcs4(U"\U0001F4B6") + QChar(0xd800);
        tricky.accountCode = QStringLiteral("ACC\u007f");
        tricky.lastCalculatedMSecs = -62135596800000LL;
        tricky.total = *Decimal::fromString(u"-0.000001");
        BillRow sparse;
        sparse.id = BillId::fromString(QStringLiteral("x"));
        for (const BillRow &row : {StoreFixtures::row(1), StoreFixtures::row(2), tricky, sparse})
            QCOMPARE(BillRowCodec::encode(row), reference(row));
    }

    void unknownFieldsAreIgnoredAndGarbageRefused() {
        StringPool pool;
        const std::optional<BillRow> row =
            BillRowCodec::decode(R"({"id":"x","fieldOfTheFuture":1,"status":"APPROVED"})", pool);
        QVERIFY(row);
        QCOMPARE(row->status, QStringLiteral("APPROVED"));
        QVERIFY(!BillRowCodec::decode("[1,2]", pool));
        QVERIFY(!BillRowCodec::decode("{", pool));
        QVERIFY(!BillRowCodec::decode(R"({"status":"PENDING"})", pool));
    }
};

QTEST_GUILESS_MAIN(TestBillRowCodec)
#include "tst_billrowcodec.moc"
