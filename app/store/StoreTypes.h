#pragma once

#include "models/BillRow.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace m3ter {

// The stored rows of one filter, in the API's order, as a table shows them before (or instead
// of) a refresh: `rows` is what BillTableModel takes as a page (apiOrder = index).
struct StoredFilter {
    QVector<BillRow> rows;
    QDateTime asOf; // when a refresh of the filter last completed (UTC); invalid: never
};

// A statement file the app downloaded for a bill: where it is, never the link it came from.
struct StoredStatementFile {
    QString billId;
    QString kind; // "JSON" or "CSV", as StatementFormat names it
    QString path;
    QDateTime downloadedAt; // UTC
};

} // namespace m3ter

Q_DECLARE_METATYPE(m3ter::StoredFilter)
