#pragma once

#include "models/BillRow.h"
#include "models/JsonScanner.h"

#include <QByteArrayView>

#include <optional>

namespace m3ter {

class StringPool;

// The fast path of BillPageParser: reads a `GET …/bills` page body, `{"data":[…],"nextToken":…}`,
// in one pass over its UTF-8 bytes and builds the BillRows directly — no QJsonDocument, no
// QString for values that are dates, amounts, flags, canonical ids or already-interned texts.
//
// It answers only when it is sure to give what BillPageParser's QJsonDocument path gives for the
// same body (the same rows, field by field). Anything else — malformed JSON, a value of an
// unexpected type, a date it would refuse, an amount it cannot convert exactly, a duplicate key,
// a key written with escapes, a missing id, JSON that Qt might read differently (see
// JsonScanner) — gives nullopt, and the caller parses the body the QJsonDocument way, which then
// also produces the error. So this class never reports an error itself.
class BillRowScanner {
public:
    static std::optional<BillPage> scan(QByteArrayView body, StringPool &pool);

private:
    BillRowScanner(QByteArrayView body, StringPool &pool)
        : m_json(body)
        , m_pool(pool) {}

    bool readPage(BillPage *page);
    bool readBills(QVector<BillRow> *rows);
    bool readBill(BillRow *row);
    bool readField(int field, BillRow *row);
    bool readInterned(QString *out);

    JsonScanner m_json;
    StringPool &m_pool;
};

} // namespace m3ter
