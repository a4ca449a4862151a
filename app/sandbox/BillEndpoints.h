#pragma once

#include "HttpReply.h"
#include "RequestContext.h"

namespace m3ter::sandbox {

struct SandboxContext;

// The bill endpoints: GET …/bills (every documented filter, cursor paging), GET …/bills/{id},
// GET …/bills/{billId}/lineitems (paged) and GET …/bills/{billId}/lineitems/{id}.
class BillEndpoints {
public:
    explicit BillEndpoints(SandboxContext &context)
        : m_context(context) {}

    HttpReply list(const RequestContext &request);
    HttpReply get(const RequestContext &request);
    HttpReply listLineItems(const RequestContext &request);
    HttpReply getLineItem(const RequestContext &request);

private:
    SandboxContext &m_context;
};

} // namespace m3ter::sandbox
