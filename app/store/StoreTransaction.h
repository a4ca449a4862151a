#pragma once

#include <QSqlDatabase>

namespace m3ter {

// One SQLite transaction: commit() makes its writes durable together; leaving the scope without
// it (an error, an early return) rolls every write back, so a store is never left half-written.
class StoreTransaction {
public:
    explicit StoreTransaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction()) {}
    ~StoreTransaction() {
        if (m_open)
            m_db.rollback();
    }
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit() {
        if (!m_open || !m_db.commit())
            return false;
        m_open = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace m3ter
