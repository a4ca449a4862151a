#pragma once

#include <QtGlobal>

#include <algorithm>

namespace m3ter::sandbox {

// When the admin route (BillAdmin) last recalculated, approved or locked a bill, in ms since the
// epoch (0 = never; the generated times apply). Kept beside the compact BillRecord, for the few
// bills changed, so a large generated data set pays nothing for them.
struct BillEvents {
    qint64 recalculatedMs = 0;
    qint64 approvedMs = 0;
    qint64 lockedMs = 0;

    qint64 latestMs() const { return std::max({recalculatedMs, approvedMs, lockedMs}); }
};

} // namespace m3ter::sandbox
