#include "store/StoreLogging.h"

namespace m3ter {

Q_LOGGING_CATEGORY(lcStore, "m3ter.store", QtInfoMsg)

} // namespace m3ter
