#include "domain/Address.h"

#include "domain/JsonReader.h"

#include <QStringList>

namespace m3ter {

using namespace Qt::Literals::StringLiterals;

bool Address::isEmpty() const {
    return toMultiLineString().isEmpty();
}

QString Address::toMultiLineString() const {
    QStringList lines;
    for (const QString *part : {&addressLine1, &addressLine2, &addressLine3, &addressLine4,
                                &locality, &region, &postCode, &country}) {
        const QString trimmed = part->trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines.join(u'\n');
}

bool operator==(const Address &a, const Address &b) {
    return a.addressLine1 == b.addressLine1 && a.addressLine2 == b.addressLine2 &&
           a.addressLine3 == b.addressLine3 && a.addressLine4 == b.addressLine4 &&
           a.locality == b.locality && a.region == b.region && a.postCode == b.postCode &&
           a.country == b.country;
}

Parsed<Address> Address::fromJson(const QJsonObject &json) {
    JsonReader r(json);
    Address address;
    address.addressLine1 = r.string("addressLine1"_L1);
    address.addressLine2 = r.string("addressLine2"_L1);
    address.addressLine3 = r.string("addressLine3"_L1);
    address.addressLine4 = r.string("addressLine4"_L1);
    address.locality = r.string("locality"_L1);
    address.region = r.string("region"_L1);
    address.postCode = r.string("postCode"_L1);
    address.country = r.string("country"_L1);
    if (!r.ok())
        return r.error();
    return address;
}

} // namespace m3ter
