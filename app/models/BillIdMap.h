#pragma once

#include "models/BillRow.h"

#include <QHash>
#include <QString>
#include <QUuid>

namespace m3ter {

// Values keyed by bill id, asked about once per row: UUID ids are kept (and looked up) by value,
// so no id text is made per row; any other id by its text. The model's search matches, the
// changed bills' summaries and a merge's index of the rows shown use it.
template <class T>
class BillIdMap {
public:
    void insert(const BillId &id, const T &value) {
        if (id.isUuid())
            m_byUuid.insert(id.uuid(), value);
        else
            m_byText.insert(id.toString(), value);
    }
    bool contains(const BillId &id) const {
        return id.isUuid() ? m_byUuid.contains(id.uuid()) : m_byText.contains(id.toString());
    }
    T value(const BillId &id, const T &fallback = T()) const {
        return id.isUuid() ? m_byUuid.value(id.uuid(), fallback)
                           : m_byText.value(id.toString(), fallback);
    }
    // For a row of a BillRowStore: `uuid` is null when the id is not a UUID; only then is
    // `idOf()` asked for the id.
    template <class IdOf>
    T value(const QUuid &uuid, IdOf idOf, const T &fallback = T()) const {
        return uuid.isNull() ? m_byText.value(idOf().toString(), fallback)
                             : m_byUuid.value(uuid, fallback);
    }
    template <class IdOf>
    bool contains(const QUuid &uuid, IdOf idOf) const {
        return uuid.isNull() ? m_byText.contains(idOf().toString()) : m_byUuid.contains(uuid);
    }
    bool isEmpty() const { return m_byUuid.isEmpty() && m_byText.isEmpty(); }
    void reserve(qsizetype size) { m_byUuid.reserve(size); }
    void clear() {
        m_byUuid.clear();
        m_byText.clear();
    }

private:
    QHash<QUuid, T> m_byUuid;
    QHash<QString, T> m_byText;
};

} // namespace m3ter
