#pragma once

#include "HttpReply.h"
#include "RequestContext.h"

namespace m3ter::sandbox {

struct SandboxContext;

// The account endpoints: GET …/accounts (ids/codes filters, paged, ordered by code) and
// GET …/accounts/{id}.
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
