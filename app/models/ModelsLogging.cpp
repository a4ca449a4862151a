#include "models/ModelsLogging.h"

namespace m3ter {

Q_LOGGING_CATEGORY(lcModels, "m3ter.models", QtInfoMsg)

} // namespace m3ter
