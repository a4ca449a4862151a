#pragma once

#include "AccessTokenStore.h"
#include "HttpReply.h"
#include "RequestContext.h"

#include <optional>

namespace m3ter::sandbox {

struct SandboxContext;

// The client-credentials token endpoint (§2.1) and the bearer check every /organizations route
// goes through (§2.6: missing, invalid or expired token and a foreign orgId are all 403).
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
