#include "auth/AuthLogging.h"

namespace m3ter {

// Warnings stay on by default: a failing keychain must be visible in a bug report even without
// --verbose. Debug output is opt-in.
Q_LOGGING_CATEGORY(lcAuth, "m3ter.auth", QtWarningMsg)

} // namespace m3ter
