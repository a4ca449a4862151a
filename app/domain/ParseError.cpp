#include "domain/ParseError.h"

#include <QCoreApplication>

namespace m3ter {

QString ParseError::toString() const {
    if (field.isEmpty())
        return message;
    return QCoreApplication::translate("m3ter::ParseError", "%1: %2").arg(field, message);
}

ParseError ParseError::prefixed(const QString &prefix) const {
    if (prefix.isEmpty())
        return *this;
    if (field.isEmpty())
        return ParseError{prefix, message};
    if (field.startsWith(u'['))
        return ParseError{prefix + field, message};
    return ParseError{prefix + u'.' + field, message};
}

} // namespace m3ter
