#pragma once

#include "domain/Parsed.h"

#include <QJsonObject>
#include <QString>

namespace m3ter {

// A postal address of an Account (docs/m3ter-api.md, "Account"). Every line is optional.
struct Address {
    QString addressLine1;
    QString addressLine2;
    QString addressLine3;
    QString addressLine4;
    QString locality;
    QString region;
    QString postCode;
    QString country;

    bool isEmpty() const;
    // The non-empty parts, one per line, in postal order.
    QString toMultiLineString() const;

    friend bool operator==(const Address &a, const Address &b);
    friend bool operator!=(const Address &a, const Address &b) { return !(a == b); }

    static Parsed<Address> fromJson(const QJsonObject &json);
};

} // namespace m3ter
