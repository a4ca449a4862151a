#pragma once

#include <QLoggingCategory>

namespace m3ter {

// "m3ter.store": the local bill store opening, migrating, moving a broken file aside and failing
// a write (info and warnings; a debug line per refresh written).
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace m3ter
