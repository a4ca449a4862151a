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
//
// Two paths with one answer: BillRowScanner reads ordinary pages straight from the bytes (about
// three times cheaper), and whenever it is not sure — malformed JSON, an error to report, an
// unusual value — parseDocument() reads the page through QJsonDocument and gives the rows or
// the error. tst_billpageparser holds the two to the same rows on many pages.
class BillPageParser {
public:
    struct Result {
        BillPage page;
        ApiError error; // kind Parse when the body breaks the contract
    };

    Result parse(const QByteArray &body);
    // The QJsonDocument path alone: what parse() answers when the scanner declines. Public so
    // that tests can compare the two paths.
    Result parseDocument(const QByteArray &body);

private:
    QMutex m_poolMutex;
    StringPool m_pool;
};

} // namespace m3ter
