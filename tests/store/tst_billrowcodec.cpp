#include "StoreFixtures.h"
#include "models/StringPool.h"
#include "store/BillRowCodec.h"

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
