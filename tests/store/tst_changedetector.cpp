#include "StoreFixtures.h"
#include "store/ChangeDetector.h"

#include <QTest>

using namespace m3ter;
using Kind = BillChange::Kind;
using StoreFixtures::row;

class TestChangeDetector : public QObject {
    Q_OBJECT

private slots:
    void equalRowsAndEqualAmountsAreNoChange() {
        QVERIFY(ChangeDetector::compare(row(1), row(1)).isEmpty());
        BillRow rescaled = row(1, QStringLiteral("PENDING"), QStringLiteral("100.5"));
        QVERIFY(ChangeDetector::compare(row(1), rescaled).isEmpty()); // 100.50 == 100.5
    }

    void aTotalChangeKeepsOldAndNewExactlyWithTheCurrency() {
        const QVector<BillChange> changes = ChangeDetector::compare(
            row(1), row(1, QStringLiteral("PENDING"), QStringLiteral("120.00")));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::TotalChanged);
        QCOMPARE(changes[0].oldValue, QStringLiteral("100.50"));
        QCOMPARE(changes[0].newValue, QStringLiteral("120.00"));
        QCOMPARE(changes[0].currency, QStringLiteral("USD"));
        QVERIFY(changes[0].oldCurrency.isEmpty());
        QCOMPARE(changes[0].billId, row(1).id.toString());
        QCOMPARE(changes[0].accountId, row(1).accountId);
    }

    void aCurrencyChangeIsATotalChange() {
        BillRow after = row(1);
        after.currency = QStringLiteral("GBP");
        const QVector<BillChange> changes = ChangeDetector::compare(row(1), after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].currency, QStringLiteral("GBP"));
        QCOMPARE(changes[0].oldCurrency, QStringLiteral("USD"));
    }

    void statusLockedAndStatements() {
        BillRow before = row(2, QStringLiteral("APPROVED")); // JSON statement generated
        before.locked = false;
        BillRow after = row(2, QStringLiteral("PENDING"));
        after.locked = true;
        after.statementStale = true;
        after.jsonStatementGenerated = false;
        const QVector<BillChange> changes = ChangeDetector::compare(before, after);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes[0].kind, Kind::StatusChanged);
        QCOMPARE(changes[0].oldValue, QStringLiteral("APPROVED"));
        QCOMPARE(changes[0].newValue, QStringLiteral("PENDING"));
        QCOMPARE(changes[1].kind, Kind::LockedChanged);
        QCOMPARE(changes[1].newValue, QStringLiteral("true"));
        QCOMPARE(changes[2].kind, Kind::StatementStale);
        QCOMPARE(changes[3].kind, Kind::StatementInvalidated);
        QCOMPARE(changes[3].oldValue, QStringLiteral("JSON"));
        QCOMPARE(changes[3].newValue, QString());
        // A statement regenerated (stale → fresh) is not a change to review.
        QVERIFY(ChangeDetector::compare(after,
                                        [&] {
                                            BillRow fresh = after;
                                            fresh.statementStale = false;
                                            return fresh;
                                        }())
                    .isEmpty());
    }

    void addedAndRemovedCarryTheTotal() {
        QCOMPARE(ChangeDetector::added(row(3)).kind, Kind::Added);
        QCOMPARE(ChangeDetector::added(row(3)).newValue, QStringLiteral("100.50"));
        QCOMPARE(ChangeDetector::removed(row(3)).kind, Kind::Removed);
        QCOMPARE(ChangeDetector::removed(row(3)).oldValue, QStringLiteral("100.50"));
    }

    void kindNamesRoundTrip() {
        for (Kind kind : {Kind::Added, Kind::Removed, Kind::TotalChanged, Kind::StatusChanged,
                          Kind::LockedChanged, Kind::StatementStale, Kind::StatementInvalidated}) {
            Kind back = Kind::Added;
            QVERIFY(BillChange::kindFromName(BillChange::kindName(kind), &back));
            QCOMPARE(back, kind);
        }
        Kind unknown = Kind::Added;
        QVERIFY(!BillChange::kindFromName(QStringLiteral("future"), &unknown));
    }
};

QTEST_GUILESS_MAIN(TestChangeDetector)
#include "tst_changedetector.moc"
