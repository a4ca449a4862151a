#pragma once

#include "HttpReply.h"
#include "RequestContext.h"

namespace m3ter::sandbox {

struct SandboxContext;

// GET …/bills/{id}/statement/json|csv: a fresh presigned URL for an existing JSON/CSV statement
// (404 before one exists); POST …/bills/{id}/statement/csv: generate the CSV statement now and
// return its URL.
class StatementEndpoints {
public:
    explicit StatementEndpoints(SandboxContext &context)
        : m_context(context) {}

    HttpReply getUrl(const RequestContext &request);
    HttpReply createCsv(const RequestContext &request);

private:
    SandboxContext &m_context;
};

} // namespace m3ter::sandbox
