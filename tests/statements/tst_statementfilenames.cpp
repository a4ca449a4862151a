#include "statements/StatementFileNames.h"

#include <QTest>

using namespace m3ter;

class TestStatementFileNames : public QObject {
    Q_OBJECT

private slots:
    void sanitizeComponent_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("ACME-01") << QStringLiteral("ACME-01");
        QTest::newRow("unicode kept")
            << QStringLiteral("Müller & Söhne ✓") << QStringLiteral("Müller & Söhne ✓");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a_b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a_b");
        QTest::newRow("traversal") << QStringLiteral("../../etc") << QStringLiteral("_._.._etc");
        QTest::newRow("dotdot") << QStringLiteral("..") << QStringLiteral("_");
        QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("_");
        QTest::newRow("hidden") << QStringLiteral(".profile") << QStringLiteral("_profile");
        QTest::newRow("empty") << QString() << QStringLiteral("_");
        QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("_");
        QTest::newRow("windows chars")
            << QStringLiteral("a<b>c:d\"e|f?g*h") << QStringLiteral("a_b_c_d_e_f_g_h");
        QTest::newRow("control") << QStringLiteral("a\nb\tc\x01"
                                                   "d\x7f")
                                 << QStringLiteral("a_b_c_d_");
        QTest::newRow("trailing dots") << QStringLiteral("name. . ") << QStringLiteral("name");
        QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("_CON");
        QTest::newRow("nul.json") << QStringLiteral("nul.json") << QStringLiteral("_nul.json");
        QTest::newRow("com1") << QStringLiteral("com1") << QStringLiteral("_com1");
        QTest::newRow("lpt9.txt") << QStringLiteral("LPT9.txt") << QStringLiteral("_LPT9.txt");
        QTest::newRow("console is fine") << QStringLiteral("CONSOLE") << QStringLiteral("CONSOLE");
        QTest::newRow("com10 is fine") << QStringLiteral("COM10") << QStringLiteral("COM10");
    }

    void sanitizeComponent() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(StatementFileNames::sanitizeComponent(input), expected);
    }

    void longNamesAreCutWithoutSplittingSurrogates() {
        const QString emoji = QStringLiteral("\U0001F600"); // two UTF-16 units
        QString name = QString(StatementFileNames::kMaxComponentLength - 1, QLatin1Char('a'));
        name += emoji + emoji;
        const QString out = StatementFileNames::sanitizeComponent(name);
        QVERIFY(out.size() <= StatementFileNames::kMaxComponentLength);
        QVERIFY(!out.back().isHighSurrogate());
        QCOMPARE(out, QString(StatementFileNames::kMaxComponentLength - 1, QLatin1Char('a')));
    }

    // The cut to kMaxComponentLength used to come after the trailing dots and spaces were
    // stripped, so a long account code could still end in "." (which Windows drops: two codes
    // then name one folder); a reserved device name plus 96 characters became 101 characters;
    // and a lone UTF-16 surrogate passed through into the file name.
    void cutNamesNeverEndInDotOrSpace_data() {
        QTest::addColumn<QString>("input");
        const int max = StatementFileNames::kMaxComponentLength;
        QTest::newRow("dot at the cut")
            << QString(max - 1, QLatin1Char('a')) + QStringLiteral(".tail");
        QTest::newRow("space at the cut")
            << QString(max - 1, QLatin1Char('a')) + QStringLiteral(" tail");
        QTest::newRow("dots and spaces before the cut")
            << QString(max - 5, QLatin1Char('a')) + QStringLiteral(". . .xyz");
        QTest::newRow("reserved name, long")
            << QStringLiteral("CON.") + QString(96, QLatin1Char('x'));
        QTest::newRow("reserved name, long, dot at the cut")
            << QStringLiteral("nul.") + QString(94, QLatin1Char('x')) + QStringLiteral(".xyz");
        QTest::newRow("reserved name after the cut")
            << QStringLiteral("AUX") + QString(max, QLatin1Char('.')) + QStringLiteral("b");
    }
    void cutNamesNeverEndInDotOrSpace() {
        QFETCH(QString, input);
        const QString out = StatementFileNames::sanitizeComponent(input);
        QVERIFY2(out.size() <= StatementFileNames::kMaxComponentLength,
                 qPrintable(QString::number(out.size())));
        QVERIFY2(!out.endsWith(QLatin1Char('.')) && !out.endsWith(QLatin1Char(' ')),
                 qPrintable(out));
        QVERIFY2(!out.startsWith(QLatin1String("CON"), Qt::CaseInsensitive) &&
                     !out.startsWith(QLatin1String("NUL"), Qt::CaseInsensitive) &&
                     !out.startsWith(QLatin1String("AUX"), Qt::CaseInsensitive),
                 qPrintable(out));
    }
    void loneSurrogatesAreReplaced() {
        const QString lone = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") +
                             QChar(0xDC00) + QStringLiteral("c") + QChar(0xD83D);
        const QString out = StatementFileNames::sanitizeComponent(lone);
        QCOMPARE(out, QStringLiteral("a_b_c_"));
        // A proper pair is kept.
        QCOMPARE(StatementFileNames::sanitizeComponent(QStringLiteral("x\U0001F600y")),
                 QStringLiteral("x\U0001F600y"));
    }

    void fileNameAndPath() {
        const QDate date(2024, 3, 31);
        QCOMPARE(StatementFileNames::fileName(date, QStringLiteral("b-1"), StatementFormat::Json),
                 QStringLiteral("2024-03-31_b-1.json"));
        QCOMPARE(StatementFileNames::fileName({}, QStringLiteral("b-1"), StatementFormat::Csv),
                 QStringLiteral("undated_b-1.csv"));
        QCOMPARE(StatementFileNames::relativePath(QStringLiteral("org/1"), QStringLiteral(".."),
                                                  date, QStringLiteral("x/../y"),
                                                  StatementFormat::Csv),
                 QStringLiteral("org_1/_/2024-03-31_x_.._y.csv"));
        QCOMPARE(StatementFileNames::filePath(QStringLiteral("/tmp/root"), QStringLiteral("org"),
                                              QStringLiteral("ACC"), date, QStringLiteral("b"),
                                              StatementFormat::Json),
                 QStringLiteral("/tmp/root/org/ACC/2024-03-31_b.json"));
    }

    void everyComponentIsOneHarmlessName() {
        // Whatever the server sends, the file stays under the root.
        const QStringList hostile{QStringLiteral("../../../../etc/passwd"),
                                  QStringLiteral("/abs"),
                                  QStringLiteral("C:\\Windows\\system32"),
                                  QString::fromUtf16(u"a\0b", 3),
                                  QStringLiteral(" .. "),
                                  QStringLiteral("AUX")};
        for (const QString &h : hostile) {
            const QString rel =
                StatementFileNames::relativePath(h, h, QDate(2024, 1, 1), h, StatementFormat::Json);
            const QStringList parts = rel.split(QLatin1Char('/'));
            QCOMPARE(parts.size(), 3);
            for (const QString &part : parts) {
                QVERIFY2(!part.isEmpty() && part != QLatin1String(".") &&
                             part != QLatin1String("..") && !part.contains(QLatin1Char('\\')) &&
                             !part.contains(QChar(0)),
                         qPrintable(rel));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStatementFileNames)
#include "tst_statementfilenames.moc"
