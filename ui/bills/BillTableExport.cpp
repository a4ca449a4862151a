#include "BillTableExport.h"

#include "models/BillTableModel.h"
#include "models/CsvWriter.h"

#include <QHeaderView>
#include <QStringList>
#include <QTableView>

namespace m3ter {

QList<int> BillTableExport::visibleColumns(const QTableView &view) {
    const QHeaderView *header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

bool BillTableExport::writeCsv(const QTableView &view, const BillTableModel &model,
                               const QList<int> &rows, const QString &fileName, bool withBom,
                               QString *error) {
    const QList<int> columns = visibleColumns(view);
    QList<QStringList> records;
    records.reserve(rows.size() + 1);
    QStringList titles;
    for (int c : columns)
        titles.append(BillTableModel::columnTitle(c));
    // Ids and exact amounts are what a spreadsheet or an auditor reconciles against.
    //: CSV export headers: bill ID, account ID, and the bill total with every decimal.
    titles << tr("Bill id") << tr("Account id") << tr("Total (exact)");
    records.append(titles);
    for (int r : rows) {
        QStringList record;
        record.reserve(columns.size() + 3);
        for (int c : columns)
            record.append(model.index(r, c).data().toString());
        const QModelIndex first = model.index(r, 0);
        record << first.data(BillTableModel::BillIdRole).toString()
               << first.data(BillTableModel::AccountIdRole).toString()
               << first.data(BillTableModel::AmountTextRole).toString();
        records.append(record);
    }
    CsvWriter::Options options;
    options.withBom = withBom;
    return CsvWriter::write(fileName, records, options, error);
}

QString BillTableExport::tabSeparated(const QTableView &view, const BillTableModel &model,
                                      const QList<int> &rows) {
    const QList<int> columns = visibleColumns(view);
    QStringList lines;
    lines.reserve(rows.size());
    for (int r : rows) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int c : columns)
            cells.append(model.index(r, c).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace m3ter
