#pragma once

#include "AccessTokenStore.h"
#include "HttpReply.h"
#include "RequestContext.h"

#include <optional>

namespace m3ter::sandbox {

struct SandboxContext;

// The client-credentials token endpoint (docs/m3ter-api.md, "Getting a token") and the bearer check
// every /organizations route goes through (docs/m3ter-api.md, "Authentication failures": missing,
// invalid or expired token and a foreign orgId are all 403).
class AuthEndpoint {
public:
    explicit AuthEndpoint(const SandboxContext &context)
        : m_context(context) {}

    HttpReply issueToken(const RequestContext &request);
    // An error reply when the request may not touch the organization in its path.
    std::optional<HttpReply> authorize(const RequestContext &request, const QString &orgId) const;

    AccessTokenStore &tokens() { return m_tokens; }

private:
    bool clientCredentialsValid(const QByteArray &authorization) const;

    const SandboxContext &m_context;
    AccessTokenStore m_tokens;
};

} // namespace m3ter::sandbox
