#pragma once

#include "HttpReply.h"
#include "RequestContext.h"

namespace m3ter::sandbox {

struct SandboxContext;

// The sandbox's control route, outside the m3ter API: POST /_admin/{orgId}/bills/{operation}
// with {"count": N[, "status": "PENDING"|"APPROVED"]} or {"billIds": [...]} changes bills as
// month end does (BillAdmin: recalculate, approve, lock, add, remove) and answers
// {"operation", "billIds", "bills": [{"id", "before", "after"}]} (bills as GET …/bills lists
// them with billTotal; null before an add and after a remove). It exists only when
// SandboxConfig::adminRoute is on (m3ter-sandbox --admin); SandboxServer answers it on the
// loopback API listener only, with no token, no rate limit and no faults.
class AdminEndpoint {
public:
    explicit AdminEndpoint(SandboxContext &context)
        : m_context(context) {}

    static bool isAdminPath(const QString &path);
    HttpReply handle(const RequestContext &request);

private:
    SandboxContext &m_context;
};

} // namespace m3ter::sandbox
