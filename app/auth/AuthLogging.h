#pragma once

#include <QLoggingCategory>

namespace m3ter {

// Part of the m3ter.* family so that --verbose turns it on together with the other layers.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace m3ter
