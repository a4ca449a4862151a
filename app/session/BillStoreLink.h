#pragma once

#include "models/BillRow.h"

#include <QObject>
#include <QString>
#include <QVector>

namespace m3ter {

class BillStore;
class BillTableModel;
struct BillFilter;
struct BillPage;

// Connects the bill table model to the local bill store, both ways:
// - every page the model takes in is written to the store, as one refresh of the model's
//   filter that completes with the filter's last page (so "as of" and the changes are recorded
//   only for a list that was read to its end);
// - when the model's filter changes, the stored rows of that filter are read and shown in the
//   model, which merges the filter's pages into them as they arrive (instant reopen, and offline
//   reading when they never do). A long list is read a screenful first, then whole, and handed
//   over in slices of at most ~2 ms per event-loop turn, so the GUI thread never adds 100,000
//   rows in one go.
class BillStoreLink : public QObject {
    Q_OBJECT

public:
    BillStoreLink(BillTableModel *model, BillStore *store, QObject *parent = nullptr);

    static constexpr int FirstRows = 200;
    static constexpr qint64 SliceBudgetNs = 2'000'000; // of the GUI thread per slice

private:
    void appendNextSlice(quint64 generation);
    void releaseSlices();
    void onFilterApplied(const BillFilter &filter);
    void onPageAccepted(const BillFilter &filter, int firstRow, const BillPage &page);

    BillTableModel *m_model;
    BillStore *m_store;
    QString m_refreshKey; // the filter the current refresh writes
    quint64 m_refreshId = 0;
    quint64 m_readGeneration = 0; // a stored read for an older filter is dropped
    QVector<BillRow> m_slices;    // stored rows still to hand to the model
    qsizetype m_sliceAt = 0;
    qsizetype m_rowsPerSlice = 200; // adapts to what a slice costs on this machine
};

} // namespace m3ter
