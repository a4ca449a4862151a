#pragma once

#include "HttpReply.h"
#include "RequestContext.h"

namespace m3ter::sandbox {

struct SandboxContext;

// A1 list accounts (ids/codes filters, paged, ordered by code) and A2 one account.
class AccountEndpoints {
public:
    explicit AccountEndpoints(SandboxContext &context)
        : m_context(context) {}

    HttpReply list(const RequestContext &request);
    HttpReply get(const RequestContext &request);

private:
    SandboxContext &m_context;
};

} // namespace m3ter::sandbox
