#pragma once

#include "domain/Account.h"
#include "store/StoreTypes.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace m3ter {

// Every read of the store, on the thread that owns the connection (StoreWorker). Reads see the
// last committed state: a refresh in progress shows the pages it has written so far.
class StoreReader {
public:
    explicit StoreReader(QSqlDatabase db);

    // The filter's stored rows in the API's order (apiOrder = index), at most `limit` of them
    // when it is not negative, and when it was last complete. Empty rows and an invalid asOf for
    // a filter never stored.
    StoredFilter readFilter(const QString &filterKey, int limit = -1) const;

    QVector<Account> accounts() const; // id, code, name, currency, purchase order number

    // The JSON stored for a bill that was opened; empty when none.
    QByteArray billDetail(const QString &billId) const;

    QVector<StoredStatementFile> statementFiles(const QString &billId) const;

private:
    QSqlDatabase m_db;
};

} // namespace m3ter
