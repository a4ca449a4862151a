#include "DetailFixtures.h"
#include "models/CsvTableModel.h"
#include "models/CsvWriter.h"
#include "models/LineItemCsv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace m3ter;

namespace {

QByteArray readAll(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void writeText(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void quotesOnlyWhatRfc4180Requires() {
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("line 1\nline 2")),
                 QStringLiteral("\"line 1\nline 2\""));
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
        QCOMPARE(CsvWriter::quoteField(QString()), QString());
    }

    void recordsAreUtf8WithCrlf() {
        const QByteArray record = CsvWriter::encodeRecord(
            {QStringLiteral("Größe Ω"), QString(), QStringLiteral("¥12,000"), QStringLiteral("x")});
        QCOMPARE(record, QByteArray("Gr\xC3\xB6\xC3\x9F"
                                    "e \xCE\xA9,,\"\xC2\xA5"
                                    "12,000\",x\r\n"));
    }

    // Found by fuzz_csv: a record of one empty field was written as a blank line, which a
    // reader skips, so the record vanished on the way back (an empty "Note" column exported on
    // its own, or a table with one column and an empty cell).
    void everyRecordReadsBackAsWritten_data() {
        QTest::addColumn<QList<QStringList>>("records");
        QTest::newRow("one empty field")
            << QList<QStringList>{{QStringLiteral("Note")}, {QString()}, {QStringLiteral("x")}};
        QTest::newRow("two empty fields") << QList<QStringList>{{QString(), QString()}};
        // Also found by fuzz_csv: a first field starting with U+FEFF was taken for a
        // byte-order mark on reading, and dropped.
        QTest::newRow("first field starts with U+FEFF") << QList<QStringList>{
            {QString(QChar(0xFEFF)) + QStringLiteral("x"), QString()}, {QString(QChar(0xFEFF))}};
        QTest::newRow("quotes and breaks")
            << QList<QStringList>{{QStringLiteral("a\r\nb"), QStringLiteral("\""), QString()}};
    }
    void everyRecordReadsBackAsWritten() {
        QFETCH(QList<QStringList>, records);
        QByteArray file;
        for (const QStringList &record : records)
            file += CsvWriter::encodeRecord(record, false);
        QCOMPARE(CsvTableModel::parse(file), records);
    }

    void formulasFromServerDataAreNeutralized() {
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("=HYPERLINK(\"http://x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("-2+3+cmd|' /C calc'!A0")),
                 QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
        // Signed amounts are data and must reach the spreadsheet untouched.
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("-$1,234.00")),
                 QStringLiteral("\"-$1,234.00\""));
        // The option can be turned off for machine consumers.
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("=1"), false), QStringLiteral("=1"));
    }

    void writesTheFileExactly_data() {
        QTest::addColumn<bool>("bom");
        QTest::newRow("plain UTF-8") << false;
        QTest::newRow("with BOM for Excel") << true;
    }

    void writesTheFileExactly() {
        QFETCH(bool, bom);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        CsvWriter::Options options;
        options.withBom = bom;
        QString error;
        QVERIFY(CsvWriter::write(path,
                                 {{QStringLiteral("Description"), QStringLiteral("Subtotal")},
                                  {QStringLiteral("Fee, monthly"), QStringLiteral("12.50")},
                                  {QStringLiteral("Crédit \"Q1\""), QStringLiteral("-5")}},
                                 options, &error));
        QVERIFY(error.isEmpty());
        const QByteArray body = "Description,Subtotal\r\n"
                                "\"Fee, monthly\",12.50\r\n"
                                "\"Cr\xC3\xA9"
                                "dit \"\"Q1\"\"\",-5\r\n";
        QCOMPARE(readAll(path), bom ? CsvWriter::byteOrderMark() + body : body);
    }

    void missingFolderIsAClearErrorAndNoFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-such-folder/out.csv"));
        QString error;
        QVERIFY(!CsvWriter::write(path, {{QStringLiteral("a")}}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-folder")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void unwritableFolderIsAnErrorAndNoPartialFile() {
        // A "folder" that is really a file cannot hold the temporary file QSaveFile needs; this
        // fails for root too, unlike a chmod'ed directory.
        QTemporaryDir dir;
        writeText(dir.filePath(QStringLiteral("blocker")), "x");
        const QString path = dir.filePath(QStringLiteral("blocker/out.csv"));
        CsvWriter csv;
        QVERIFY(!csv.open(path));
        QVERIFY(!csv.errorString().isEmpty());
        QVERIFY(!csv.writeRecord({QStringLiteral("a")}));
        QVERIFY(!csv.commit());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("blocker")});
    }

    void failedCommitLeavesNothingBehind() {
        // The folder disappears between writing and committing (a removed USB stick, a network
        // share gone): every write() succeeded, only commit() can tell.
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(sub));
        const QString path = sub + QStringLiteral("/out.csv");
        CsvWriter csv;
        QVERIFY(csv.open(path));
        QVERIFY(csv.writeRecord({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(QDir(sub).removeRecursively());
        QVERIFY(!csv.commit());
        QVERIFY2(csv.errorString().contains(QStringLiteral("out.csv")),
                 qPrintable(csv.errorString()));
        QVERIFY(!QFile::exists(path));
    }

    void abandonedExportKeepsThePreviousFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        writeText(path, "previous export\r\n");
        {
            CsvWriter csv;
            QVERIFY(csv.open(path));
            QVERIFY(csv.writeRecord({QStringLiteral("half"), QStringLiteral("written")}));
            // destroyed without commit(), e.g. the user cancelled or an error came up
        }
        QCOMPARE(readAll(path), QByteArray("previous export\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("out.csv")});
    }

    void lineItemExportHasExactNumbersAndBothTypeForms() {
        const Bill bill = parseBill(detailBillJson());
        const QList<QStringList> table = LineItemCsv::table(bill);
        QCOMPARE(table.size(), 1 + bill.lineItems.size());
        const QStringList header = table.at(0);
        auto column = [&](const QString &title) { return header.indexOf(title); };
        QVERIFY(column(QStringLiteral("Subtotal")) >= 0);

        const QStringList kwd = table.at(3);
        QCOMPARE(kwd.at(column(QStringLiteral("Subtotal"))), QStringLiteral("1.2345"));
        QCOMPARE(kwd.at(column(QStringLiteral("Currency"))), QStringLiteral("KWD"));
        QCOMPARE(kwd.at(column(QStringLiteral("Type"))), QStringLiteral("QUANTUM_SURCHARGE"));
        const QStringList usage = table.at(1);
        QCOMPARE(usage.at(column(QStringLiteral("Type"))), QStringLiteral("Usage"));
        QCOMPARE(usage.at(column(QStringLiteral("Type code"))), QStringLiteral("USAGE"));
        QCOMPARE(usage.at(column(QStringLiteral("Average unit price"))),
                 QStringLiteral("0.0000081"));
        QCOMPARE(usage.at(column(QStringLiteral("Service period start (UTC)"))),
                 QStringLiteral("2024-02-01T00:00:00Z"));
        QCOMPARE(table.at(4).at(column(QStringLiteral("Subtotal"))), QStringLiteral("-5"));

        QTemporaryDir dir;
        const QString path = dir.filePath(LineItemCsv::suggestedFileName(bill));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("ACME-EU 2024-02-01 line items.csv"));
        CsvWriter::Options options;
        options.withBom = true;
        QVERIFY(LineItemCsv::write(path, bill, options));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith(CsvWriter::byteOrderMark()));
        QCOMPARE(bytes.count("\r\n"), 1 + bill.lineItems.size());
        QVERIFY(bytes.contains("\"Goodwill credit, \"\"Q1\"\"\""));
    }

    void suggestedFileNameIsSafe() {
        Bill bill;
        bill.id = QStringLiteral("id-1");
        bill.accountCode = QStringLiteral("ACME/EU:*1?.");
        const QString name = LineItemCsv::suggestedFileName(bill);
        QCOMPARE(name, QStringLiteral("ACME_EU__1_. line items.csv"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
