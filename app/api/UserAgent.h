#pragma once

#include <QByteArray>

namespace m3ter {

// "m3ter-bills/<version>": lets m3ter support tell this client's traffic apart in their logs.
QByteArray userAgent();

} // namespace m3ter
