#include "statements/StatementsLogging.h"

namespace m3ter {

Q_LOGGING_CATEGORY(lcStatements, "m3ter.statements", QtInfoMsg)

} // namespace m3ter
