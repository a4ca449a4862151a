#pragma once

#include "HttpReply.h"
#include "RequestContext.h"

namespace m3ter::sandbox {

struct SandboxContext;

// The download origin (a listener of its own, like the foreign host of real presigned URLs).
// It behaves like S3 (docs/m3ter-api.md, "Presigned downloads"): any Authorization header -> 400
// (one auth mechanism per request), bad or expired signature -> 403, unknown file -> 404; errors
// are S3-style XML.
class DownloadEndpoint {
public:
    explicit DownloadEndpoint(SandboxContext &context)
        : m_context(context) {}

    HttpReply handle(const RequestContext &request);

private:
    static HttpReply s3Error(int status, const char *code, const QString &message);

    SandboxContext &m_context;
};

} // namespace m3ter::sandbox
