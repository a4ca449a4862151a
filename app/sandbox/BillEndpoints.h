#pragma once

#include "HttpReply.h"
#include "RequestContext.h"

namespace m3ter::sandbox {

struct SandboxContext;

// B1 list bills (all §5.2 filters, cursor paging), B2 one bill, L1 a bill's line items (paged),
// L2 one line item.
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
