#include "domain/BillFilter.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace m3ter;
using namespace Qt::Literals::StringLiterals;

namespace {

BillFilter fullFilter() {
    BillFilter f;
    f.accountId = u"acc-1"_s;
    f.status = u"PENDING"_s;
    f.locked = BillFilter::Locked::Exclude;
    f.billDate = QDate(2024, 3, 1);
    f.billDateStart = QDate(2024, 2, 1);
    f.billDateEnd = QDate(2024, 4, 1);
    f.billingFrequency = u"MONTHLY"_s;
    f.externalInvoiceDateStart = QDate(2024, 3, 1);
    f.externalInvoiceDateEnd = QDate(2024, 3, 2);
    f.ids = QStringList{u"b1"_s, u" b2 "_s, u""_s};
    f.billJobId = u"job-9"_s;
    return f;
}

} // namespace

class TestBillFilter : public QObject {
    Q_OBJECT

private slots:
    void emptyFilter() {
        const BillFilter f;
        QVERIFY(f.isEmpty());
        QVERIFY(f.toQuery().isEmpty());
        QVERIFY(!f.validationError());
        QCOMPARE(f.summary(), QString());
        QVERIFY(f.toVariantMap().isEmpty());
        BillFilter blank;
        blank.ids = QStringList{u" "_s};
        QVERIFY(blank.isEmpty());
    }

    void queryHasEveryParameter() {
        const QUrlQuery q = fullFilter().toQuery();
        QCOMPARE(q.queryItemValue(u"accountId"_s), u"acc-1"_s);
        QCOMPARE(q.queryItemValue(u"status"_s), u"PENDING"_s);
        QCOMPARE(q.queryItemValue(u"locked"_s), u"false"_s);
        QCOMPARE(q.queryItemValue(u"billDate"_s), u"2024-03-01"_s);
        QCOMPARE(q.queryItemValue(u"billDateStart"_s), u"2024-02-01"_s);
        QCOMPARE(q.queryItemValue(u"billDateEnd"_s), u"2024-04-01"_s);
        QCOMPARE(q.queryItemValue(u"billingFrequency"_s), u"MONTHLY"_s);
        QCOMPARE(q.queryItemValue(u"externalInvoiceDateStart"_s), u"2024-03-01"_s);
        QCOMPARE(q.queryItemValue(u"externalInvoiceDateEnd"_s), u"2024-03-02"_s);
        QCOMPARE(q.queryItemValue(u"ids"_s), u"b1,b2"_s);
        QCOMPARE(q.queryItemValue(u"billJobId"_s), u"job-9"_s);
        QCOMPARE(q.queryItems().size(), 11);
        // Paging and shape parameters belong to the API layer.
        for (const char *key : {"pageSize", "nextToken", "includeBillTotal", "excludeLineItems"})
            QVERIFY(!q.hasQueryItem(QString::fromLatin1(key)));
    }

    void lockedIsTriState() {
        BillFilter f;
        QVERIFY(!f.toQuery().hasQueryItem(u"locked"_s));
        f.locked = BillFilter::Locked::Include;
        QCOMPARE(f.toQuery().toString(), u"locked=true"_s);
        QVERIFY(!f.isEmpty());
        f.locked = BillFilter::Locked::Exclude;
        QCOMPARE(f.toQuery().toString(), u"locked=false"_s);
    }

    void validation() {
        BillFilter f;
        f.billingFrequency = u"MONTHLY"_s;
        QVERIFY(f.validationError()); // frequency needs an exact bill date
        f.billDate = QDate(2024, 3, 1);
        QVERIFY(!f.validationError());
        f.billDateStart = QDate(2024, 1, 1); // exact date plus a range is allowed
        f.billDateEnd = QDate(2024, 12, 31);
        QVERIFY(!f.validationError());
        f.billDateEnd = f.billDateStart; // end is exclusive: an empty range
        QVERIFY(f.validationError());
        f.billDateEnd = QDate(2023, 12, 1);
        QVERIFY(f.validationError());
        f.billDateEnd = QDate();
        QVERIFY(!f.validationError()); // open-ended is fine
        f.externalInvoiceDateStart = QDate(2024, 5, 1);
        f.externalInvoiceDateEnd = QDate(2024, 4, 1);
        QVERIFY(f.validationError());
        f.externalInvoiceDateEnd = QDate();
        f.ids = QStringList{u"a,b"_s};
        QVERIFY(f.validationError());
        QVERIFY(!f.validationError()->isEmpty());
    }

    void unknownStatusIsInvalid() {
        // The list endpoint knows two statuses and refuses others; a status restored from old
        // settings is caught before it is sent.
        BillFilter f;
        for (const QString &status : {u"PENDING"_s, u"APPROVED"_s, u" APPROVED "_s, QString()}) {
            f.status = status;
            QVERIFY2(!f.validationError(), qPrintable(status));
        }
        for (const QString &status : {u"DRAFT"_s, u"pending"_s, u"PENDING,APPROVED"_s}) {
            f.status = status;
            QVERIFY2(f.validationError(), qPrintable(status));
        }
    }

    void variantMapRoundTrip() {
        const BillFilter f = fullFilter();
        QCOMPARE(BillFilter::fromVariantMap(f.toVariantMap()), f);
        BillFilter partial;
        partial.locked = BillFilter::Locked::Include;
        partial.billDateEnd = QDate(2024, 1, 1);
        QCOMPARE(BillFilter::fromVariantMap(partial.toVariantMap()), partial);
        QVERIFY(
            BillFilter::fromVariantMap({{u"garbage"_s, 1}, {u"billDate"_s, u"soon"_s}}).isEmpty());
    }

    void survivesQSettings() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"filters.ini"_s);
        BillFilter oneId = fullFilter();
        oneId.ids = QStringList{u"only"_s};
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(u"full"_s, fullFilter().toVariantMap());
            settings.setValue(u"oneId"_s, oneId.toVariantMap());
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(BillFilter::fromVariantMap(settings.value(u"full"_s).toMap()), fullFilter());
        QCOMPARE(BillFilter::fromVariantMap(settings.value(u"oneId"_s).toMap()), oneId);
    }

    void equality() {
        BillFilter a = fullFilter();
        BillFilter b = fullFilter();
        QVERIFY(a == b);
        b.locked = BillFilter::Locked::Include;
        QVERIFY(a != b);
    }

    void summaryIsReadable() {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        BillFilter f;
        f.status = u"APPROVED"_s;
        f.billDateStart = QDate(2024, 3, 1);
        f.billDateEnd = QDate(2024, 4, 1);
        f.locked = BillFilter::Locked::Exclude;
        f.ids = QStringList{u"a"_s, u"b"_s};
        const QString s = f.summary(en);
        QVERIFY2(s.contains(u"Approved"_s), qPrintable(s));
        // The exclusive end is shown as the last included day.
        QVERIFY2(s.contains(en.toString(QDate(2024, 3, 31), QLocale::ShortFormat)), qPrintable(s));
        QVERIFY2(s.contains(u"locked bills excluded"_s), qPrintable(s));
        QVERIFY2(s.contains(u"2"_s), qPrintable(s));
    }
};

QTEST_APPLESS_MAIN(TestBillFilter)
#include "tst_billfilter.moc"
