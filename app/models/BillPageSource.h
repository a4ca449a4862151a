#pragma once

#include "api/ApiError.h"
#include "domain/BillFilter.h"
#include "models/BillRow.h"

#include <QObject>

namespace m3ter {

// Where BillTableModel gets its pages from. The model knows nothing about HTTP: it asks for the
// page after `nextToken` under `filter`, tagged with a ticket, and receives exactly one of
// pageLoaded/pageFailed with the same ticket (unless cancelled). ApiBillPageSource is the real
// implementation; tests may substitute their own.
class BillPageSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void requestPage(quint64 ticket, const BillFilter &filter,
                             const QString &nextToken) = 0;
    // Abandons every request in flight; no signal is emitted for them afterwards.
    virtual void cancelAll() = 0;

signals:
    void pageLoaded(quint64 ticket, const m3ter::BillPage &page);
    void pageFailed(quint64 ticket, const m3ter::ApiError &error);
};

} // namespace m3ter
