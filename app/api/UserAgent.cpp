#include "api/UserAgent.h"

#ifndef M3TER_BILLS_VERSION
#define M3TER_BILLS_VERSION "0.0.0"
#endif

namespace m3ter {

QByteArray userAgent() {
    return QByteArrayLiteral("m3ter-bills/" M3TER_BILLS_VERSION);
}

} // namespace m3ter
