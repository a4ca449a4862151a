// The statement viewer's CSV reader (CsvCells, CsvTableModel) and the CsvWriter round trip:
// whatever the reader makes of the bytes, writing those records with CsvWriter and reading them
// back must give the same records; the table model must show exactly those records.
#include "FuzzSupport.h"
#include "models/CsvCells.h"
#include "models/CsvTableModel.h"
#include "models/CsvWriter.h"

using namespace m3ter;

namespace {

QString describe(const QList<QStringList> &records) {
    QString out;
    for (const QStringList &record : records)
        out += QLatin1Char('[') + record.join(QLatin1String("|")) + QLatin1String("] ");
    return out.left(400);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = fuzz::bytes(data, size);
    const CsvCells cells = CsvCells::parse(bytes);
    const QList<QStringList> records = cells.toList();
    FUZZ_CHECK(records == CsvTableModel::parse(bytes), QStringLiteral("parse() differs"));

    // Round trip through the writer, with and without a byte-order mark.
    QByteArray written;
    for (const QStringList &record : records)
        written += CsvWriter::encodeRecord(record, /*neutralizeFormulas=*/false);
    const QList<QStringList> reread = CsvCells::parse(written).toList();
    FUZZ_CHECK(reread == records,
               QStringLiteral("wrote %1\nread back %2").arg(describe(records), describe(reread)));
    const QList<QStringList> rereadWithBom =
        CsvCells::parse(CsvWriter::byteOrderMark() + written).toList();
    FUZZ_CHECK(rereadWithBom == records,
               QStringLiteral("with a BOM, read back %1").arg(describe(rereadWithBom)));

    // The table shows the records: the first as headers, short rows padded.
    CsvTableModel model;
    model.setCsv(bytes);
    FUZZ_CHECK(model.rowCount() == qMax(qsizetype(0), records.size() - 1),
               QStringLiteral("%1 rows for %2 records").arg(model.rowCount()).arg(records.size()));
    int widest = 0;
    for (const QStringList &record : records)
        widest = qMax(widest, int(record.size()));
    FUZZ_CHECK(model.columnCount() == widest, QStringLiteral("columns"));
    if (!records.isEmpty())
        FUZZ_CHECK(model.headers() == records.first(), QStringLiteral("headers"));
    int checked = 0;
    for (int r = 0; r < model.rowCount() && checked < 2000; ++r) {
        const QStringList &record = records.at(r + 1);
        for (int c = 0; c < model.columnCount() && checked < 2000; ++c, ++checked) {
            const QString expected = c < record.size() ? record.at(c) : QString();
            FUZZ_CHECK(model.index(r, c).data(Qt::ToolTipRole).toString() == expected,
                       QStringLiteral("cell %1,%2").arg(r).arg(c));
            const QString shown = model.index(r, c).data().toString();
            FUZZ_CHECK(!shown.contains(QLatin1Char('\n')) && !shown.contains(QLatin1Char('\r')),
                       QStringLiteral("a line break shown in cell %1,%2").arg(r).arg(c));
        }
    }
    return 0;
}
