#pragma once

#include "domain/Decimal.h"

#include <QByteArrayView>

#include <optional>

namespace m3ter {

// The exact amount a JSON number stands for, straight from its spelling, with the answer the
// QJsonDocument path gives: JsonReader::readDecimal() turns Qt's double (or 64-bit integer) into
// a Decimal through the shortest text that round-trips. Whenever that is certain to be the
// number as written — at most 15 significant digits (DBL_DIG, so the double's shortest text is
// those very digits), magnitude below 10^15 (so a whole number is exact in a double) and at most
// MaxScale decimals — this gives it without a double: "12.50" -> 12.5 (scale 1, as Qt's 12.5),
// "1.0E7" -> 10000000, "-0.0" -> 0. Anything else (17 digits, 1e20, 1e-30) gives nullopt: the
// caller must then take Qt's path, which decides whether it is an error.
class JsonAmount {
public:
    // `number` must be in strict JSON grammar (as JsonScanner::readNumber() returns it).
    static std::optional<Decimal> fromNumberText(QByteArrayView number);
};

} // namespace m3ter
