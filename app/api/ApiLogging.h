#pragma once

#include <QLoggingCategory>

namespace m3ter {

// "m3ter.api" covers requests, retries and pacing; "m3ter.api.auth" the token flow, so that a
// support engineer can turn on one without the other. Nothing logged under either may contain a
// secret or a token: pass untrusted text through redact() first.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcApiAuth)

} // namespace m3ter
