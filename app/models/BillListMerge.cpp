#include "models/BillListMerge.h"

#include "models/BillRowStore.h"

namespace m3ter {

void BillListMerge::begin(const BillRowStore &rows, Until until) {
    clear();
    m_active = true;
    m_until = until;
    m_index.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        addShown(rows.id(i), i);
}

void BillListMerge::clear() {
    m_active = false;
    m_shownCount = 0;
    m_index.clear();
    m_arrivedFlags.clear();
    m_arrivals.clear();
}

void BillListMerge::addShown(const BillId &id, int storageIndex) {
    m_index.insert(id, storageIndex);
    ++m_shownCount;
}

int BillListMerge::take(const BillId &id) {
    const int at = find(id);
    if (at < 0 || hasArrived(at))
        return -1;
    return at;
}

void BillListMerge::arrived(const BillId &id, int storageIndex) {
    if (find(id) < 0)
        m_index.insert(id, storageIndex);
    if (m_arrivedFlags.size() <= storageIndex)
        m_arrivedFlags.resize(storageIndex + 1, false);
    m_arrivedFlags[storageIndex] = true;
    m_arrivals.append(storageIndex);
}

} // namespace m3ter
