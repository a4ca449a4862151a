#pragma once

#include "api/ApiError.h"
#include "models/BillRow.h"
#include "models/StringPool.h"

#include <QByteArray>
#include <QMutex>

namespace m3ter {

// Turns the body of one `GET …/bills` page into table rows. A pure function of the bytes, so it
// runs on a worker thread: parsing 100 bills must not stall the GUI thread. Strings shared across
// pages (account ids, currencies, enum values) are interned in one pool, guarded by a mutex.
// The fields it reads, and how, come from kBillListFields (BillListFields.h).
class BillPageParser {
public:
    struct Result {
        BillPage page;
        ApiError error; // kind Parse when the body breaks the contract
    };

    Result parse(const QByteArray &body);

private:
    QMutex m_poolMutex;
    StringPool m_pool;
};

} // namespace m3ter
