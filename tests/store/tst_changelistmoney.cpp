// The Changes list as the user reads it: every amount — a total that changed, and the total of
// a bill that is new or gone — is money in the bill's currency, never raw decimal text.
#include "domain/Decimal.h"
#include "domain/Money.h"
#include "store/ChangeListModel.h"

#include <QLocale>
#include <QTest>

using namespace m3ter;
using Kind = BillChange::Kind;

namespace {

BillChange change(Kind kind, const QString &oldValue, const QString &newValue,
                  const QString &currency) {
    BillChange c;
    c.kind = kind;
    c.billId = QStringLiteral("5f0c3c5e-8a47-4d55-9d34-2c1b0c7e9a10");
    c.oldValue = oldValue;
    c.newValue = newValue;
    c.currency = currency;
    return c;
}

QString money(const char *amount, const char *currency) {
    return formatMoney(*Decimal::fromString(QString::fromLatin1(amount)),
                       QString::fromLatin1(currency), QLocale());
}

} // namespace

class TestChangeListMoney : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void amountsReadAsMoney_data() {
        QTest::addColumn<BillChange>("change");
        QTest::addColumn<QString>("was");
        QTest::addColumn<QString>("now");
        QTest::newRow("total") << change(Kind::TotalChanged, QStringLiteral("1234.5"),
                                         QStringLiteral("1300"), QStringLiteral("USD"))
                               << money("1234.5", "USD") << money("1300", "USD");
        QTest::newRow("new bill") << change(Kind::Added, QString(), QStringLiteral("98765.432"),
                                            QStringLiteral("KWD"))
                                  << QString() << money("98765.432", "KWD");
        QTest::newRow("bill gone")
            << change(Kind::Removed, QStringLiteral("1500"), QString(), QStringLiteral("JPY"))
            << money("1500", "JPY") << QString();
    }

    void amountsReadAsMoney() {
        QFETCH(BillChange, change);
        QFETCH(QString, was);
        QFETCH(QString, now);
        QCOMPARE(ChangeListModel::valueText(change, false), was);
        QCOMPARE(ChangeListModel::valueText(change, true), now);
        ChangeListModel model;
        model.setChanges({change});
        QCOMPARE(model.index(0, ChangeListModel::BeforeColumn).data().toString(), was);
        QCOMPARE(model.index(0, ChangeListModel::AfterColumn).data().toString(), now);
        // A raw "1234.5" would hide the currency and its decimals.
        for (const QString &shown : {was, now}) {
            if (!shown.isEmpty())
                QVERIFY2(shown != change.oldValue && shown != change.newValue, qPrintable(shown));
        }
    }

    void statusesAndLocksAreWords() {
        QCOMPARE(ChangeListModel::valueText(change(Kind::LockedChanged, QStringLiteral("false"),
                                                   QStringLiteral("true"), QString()),
                                            true),
                 ChangeListModel::tr("Locked"));
        QVERIFY(ChangeListModel::valueText(change(Kind::StatusChanged, QStringLiteral("APPROVED"),
                                                  QStringLiteral("PENDING"), QString()),
                                           false) != QLatin1String("APPROVED"));
    }
};

QTEST_GUILESS_MAIN(TestChangeListMoney)
#include "tst_changelistmoney.moc"
