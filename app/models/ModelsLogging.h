#pragma once

#include <QLoggingCategory>

namespace m3ter {

// "m3ter.models": what the models ask the API for (one debug line per bill page and per bill
// detail request), so that a support log shows why a request was made next to "m3ter.api"'s
// line for the request itself. Off below info by default:
// QT_LOGGING_RULES="m3ter.models.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace m3ter
