#pragma once

#include "models/BillRow.h"

#include <QByteArray>

#include <optional>

namespace m3ter {

class StringPool;

// A BillRow as the store keeps it: a compact JSON object with the fields of kBillListFields
// under their API names, written and read by walking that list, so a new list field is stored
// without an edit here or a migration (older rows simply lack it). Amounts are written as
// decimal text with their scale ("12.50"), so they come back as the same exact Decimal; absent
// values (no total, an invalid date, a false flag) are left out. apiOrder is not part of it: the
// order belongs to a filter, not to a bill.
namespace BillRowCodec {

QByteArray encode(const BillRow &row);

// nullopt when `json` is not a JSON object or the id is missing. Strings that repeat across
// bills are interned through `pool`, as BillPageParser does.
std::optional<BillRow> decode(const QByteArray &json, StringPool &pool);

} // namespace BillRowCodec
} // namespace m3ter
