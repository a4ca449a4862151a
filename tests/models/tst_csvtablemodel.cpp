// CsvTableModel: RFC 4180 parsing (quoted commas, quotes and line breaks, CRLF/LF/CR, BOM) and
// the statement viewer's CSV table under QAbstractItemModelTester.
#include "models/CsvTableModel.h"
#include "support/HeapBytes.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace m3ter;

using Records = QList<QStringList>;

namespace {

Records recs(std::initializer_list<std::initializer_list<const char *>> rows) {
    Records out;
    for (const auto &row : rows) {
        QStringList record;
        for (const char *field : row)
            record << QString::fromUtf8(field);
        out << record;
    }
    return out;
}

} // namespace

class TestCsvTableModel : public QObject {
    Q_OBJECT

private slots:
    void parse_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<Records>("expected");
        QTest::newRow("simple LF") << QByteArray("a,b\n1,2\n") << recs({{"a", "b"}, {"1", "2"}});
        QTest::newRow("CRLF, no final break")
            << QByteArray("a,b\r\n1,2") << recs({{"a", "b"}, {"1", "2"}});
        QTest::newRow("old Mac CR") << QByteArray("a\r1\r") << recs({{"a"}, {"1"}});
        QTest::newRow("quoted comma") << QByteArray("\"x,y\",z\n") << recs({{"x,y", "z"}});
        QTest::newRow("escaped quote")
            << QByteArray("\"say \"\"hi\"\"\",2\n") << recs({{"say \"hi\"", "2"}});
        QTest::newRow("quoted LF and CRLF")
            << QByteArray("\"line 1\nline 2\",\"a\r\nb\"\r\nnext,row\r\n")
            << recs({{"line 1\nline 2", "a\r\nb"}, {"next", "row"}});
        QTest::newRow("empty fields")
            << QByteArray(",,\n\"\",x,\n") << recs({{"", "", ""}, {"", "x", ""}});
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << recs({{"a"}, {"b"}});
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFname,total\nCaf\xC3\xA9,1\n")
                             << recs({{"name", "total"}, {"Café", "1"}});
        QTest::newRow("unicode") << QByteArray("\xE6\x9D\xB1\xE4\xBA\xAC,\xE2\x9C\x93\n")
                                 << recs({{"東京", "✓"}});
        QTest::newRow("stray quote kept")
            << QByteArray("5\" disk,x\n") << recs({{"5\" disk", "x"}});
        QTest::newRow("unterminated quote runs to the end")
            << QByteArray("\"open,1\n2") << recs({{"open,1\n2"}});
        QTest::newRow("empty") << QByteArray() << recs({});
    }

    void parse() {
        QFETCH(QByteArray, csv);
        QFETCH(Records, expected);
        QCOMPARE(CsvTableModel::parse(csv), expected);
    }

    void modelUnderTheTester() {
        CsvTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCsv("\xEF\xBB\xBF"
                     "Description,Amount,Note\r\n"
                     "\"Usage, metered\",10.50,\"two\r\nlines\"\r\n"
                     "Short row\r\n"
                     "a,b,c,extra\r\n");
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4); // the widest row
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Description"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Column 4"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Usage, metered"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("10.50"));
        QVERIFY(!model.index(0, 2).data().toString().contains(QLatin1Char('\n')));
        QCOMPARE(model.index(0, 2).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("two\r\nlines"));
        QCOMPARE(model.index(1, 2).data().toString(), QString()); // padded
        QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("extra"));

        model.setCsv("x,y\n1,2\n", CsvTableModel::Header::None);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Column 1"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    // The table's memory is bounded per byte of the file, whatever its shape. A QString per
    // cell in a QList<QStringList> cost 28-80 times the file's size (8 MiB took 235-660 MB).
    void memoryIsBoundedPerByteOfInput_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("short cells") << QByteArray("a,b,c,d,e,f,g,h\n").repeated(20000);
        QTest::newRow("empty cells") << QByteArray(",,,,,,,,,,,,,,,\n").repeated(20000);
        QTest::newRow("one column") << QByteArray("1\n").repeated(100000);
        QTest::newRow("statement rows")
            << QByteArray("Description,Amount,Currency\n") +
                   QByteArray("\"Usage, metered\",10.50,USD\r\n").repeated(10000);
        QTest::newRow("one wide row") << QByteArray("x,").repeated(100000);
    }
    void memoryIsBoundedPerByteOfInput() {
        if (!bills::test::kCanMeasureHeap)
            QSKIP("no heap counter on this platform");
        QFETCH(QByteArray, csv);
        CsvTableModel model;
        const qint64 before = bills::test::liveHeapBytes();
        model.setCsv(csv);
        const qint64 held = bills::test::liveHeapBytes() - before;
        QVERIFY(model.rowCount() > 0 || model.columnCount() > 0);
        // 4 bytes per cell and per row plus 2 per character: an empty cell (",", one byte) is
        // the densest input at 4 bytes per byte; "1\n" costs 10 bytes per 2.
        constexpr qint64 kBytesPerInputByte = 6;
        QVERIFY2(
            held <= kBytesPerInputByte * csv.size(),
            qPrintable(
                QStringLiteral("%1 bytes held for %2 bytes of CSV").arg(held).arg(csv.size())));
    }
};

QTEST_GUILESS_MAIN(TestCsvTableModel)
#include "tst_csvtablemodel.moc"
