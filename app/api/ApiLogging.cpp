#include "api/ApiLogging.h"

namespace m3ter {

Q_LOGGING_CATEGORY(lcApi, "m3ter.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiAuth, "m3ter.api.auth", QtInfoMsg)

} // namespace m3ter
