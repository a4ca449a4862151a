#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTableView;

namespace m3ter {

class BillTableModel;

// The bill table as the user sees it (visible columns in their visual order) written out: as a
// CSV file, with the ids and exact totals an auditor reconciles against, or as tab-separated
// text for the clipboard.
class BillTableExport {
    Q_DECLARE_TR_FUNCTIONS(BillTableExport)

public:
    // Writes `rows` (model rows) to fileName; returns false with a translated error.
    static bool writeCsv(const QTableView &view, const BillTableModel &model,
                         const QList<int> &rows, const QString &fileName, bool withBom,
                         QString *error);
    // One line per row, cells separated by tabs (pastes into a spreadsheet as cells).
    static QString tabSeparated(const QTableView &view, const BillTableModel &model,
                                const QList<int> &rows);

private:
    static QList<int> visibleColumns(const QTableView &view);
};

} // namespace m3ter
