#pragma once

#include "models/BillRow.h"

#include <QSet>
#include <QString>
#include <QUuid>

namespace m3ter {

// A set of bill ids that is asked about once per row: UUID ids are kept (and looked up) by
// value, so no id text is made per row; any other id by its text.
class BillIdSet {
public:
    BillIdSet() = default;
    explicit BillIdSet(const QSet<QString> &ids) {
        for (const QString &text : ids)
            insert(BillId::fromString(text));
    }
    void insert(const BillId &id) {
        if (id.isUuid())
            m_uuids.insert(id.uuid());
        else
            m_texts.insert(id.toString());
    }
    bool contains(const BillId &id) const {
        return id.isUuid() ? m_uuids.contains(id.uuid()) : m_texts.contains(id.toString());
    }
    // For rows of a BillRowStore: `uuid` null when the id is not a UUID, then `id` is asked for.
    template <class IdOf>
    bool contains(const QUuid &uuid, IdOf id) const {
        return uuid.isNull() ? m_texts.contains(id().toString()) : m_uuids.contains(uuid);
    }
    int size() const { return int(m_uuids.size() + m_texts.size()); }

private:
    QSet<QUuid> m_uuids;
    QSet<QString> m_texts;
};

} // namespace m3ter
