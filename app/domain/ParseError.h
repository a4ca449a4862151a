#pragma once

#include <QString>

namespace m3ter {

// Why a response could not be turned into domain values. `field` is a path into the document
// ("data[3].lineItems[0].subtotal") so a support engineer can find the offending value in the
// raw reply; it is empty when the document as a whole is unusable (not JSON, wrong top level).
struct ParseError {
    QString field;
    QString message; // translated

    // "data[3].subtotal: expected a number, got a string" (or only the message without a field).
    QString toString() const;

    // The same error seen from one level up: prefixed("data[3]") turns "subtotal" into
    // "data[3].subtotal" and "[2]" into "data[3][2]".
    ParseError prefixed(const QString &prefix) const;

    friend bool operator==(const ParseError &a, const ParseError &b) {
        return a.field == b.field && a.message == b.message;
    }
    friend bool operator!=(const ParseError &a, const ParseError &b) { return !(a == b); }
};

} // namespace m3ter
