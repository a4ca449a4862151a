#pragma once

#include "models/BillIdMap.h"
#include "models/BillRow.h"

#include <QVector>

namespace m3ter {

class BillRowStore;

// The bookkeeping of a bill list read again over rows already on screen (a refresh, or the rows
// kept from an earlier run): which of the rows shown each new page brings again, in what order
// the API returns them, and which rows are new. BillTableModel updates the rows in place as the
// pages arrive, so the table keeps its selection and scroll position and does not flicker, and
// when the list has been read far enough it removes the rows that did not come back and puts
// the rest in the API's order.
class BillListMerge {
public:
    // How far the new list is read before the rows not brought again are taken as gone.
    enum class Until {
        Complete, // to its end: the rows shown were a whole list
        Covered,  // as many rows as were shown: they were the first pages of a longer list
    };

    // Starts a merge over every row of `rows` (storage indexes 0…size-1).
    void begin(const BillRowStore &rows, Until until);
    void clear();
    bool isActive() const { return m_active; }
    Until until() const { return m_until; }

    // A row added to those shown while the merge runs (more stored rows read).
    void addShown(const BillId &id, int storageIndex);
    // Whether a row with this id is shown or arrived (so a stored row is not added twice).
    bool contains(const BillId &id) const { return find(id) >= 0; }

    // The new list brings a bill: the storage index of the shown row it updates (then taken),
    // or -1 when it is new to the table (or came already in this list).
    int take(const BillId &id);
    // The new list's next row is at `storageIndex` (updated or new).
    void arrived(const BillId &id, int storageIndex);

    // Storage indexes in the new list's order.
    const QVector<int> &arrivals() const { return m_arrivals; }
    int arrivedCount() const { return int(m_arrivals.size()); }
    int shownCount() const { return m_shownCount; }
    // The row at `storageIndex` came in the new list.
    bool hasArrived(int storageIndex) const {
        return storageIndex < m_arrivedFlags.size() && m_arrivedFlags.at(storageIndex);
    }
    // The new list has been read far enough to finish (the caller also finishes at its end).
    bool isCovered() const { return m_until == Until::Covered && arrivedCount() >= m_shownCount; }

private:
    int find(const BillId &id) const { return m_index.value(id, -1); }

    bool m_active = false;
    Until m_until = Until::Complete;
    int m_shownCount = 0;
    BillIdMap<int> m_index;       // bill id → storage index
    QVector<bool> m_arrivedFlags; // per storage index
    QVector<int> m_arrivals;
};

} // namespace m3ter
