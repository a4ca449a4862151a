#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace m3ter {

// The body of a successful client-credentials token response (docs/m3ter-api.md,
// "Getting a token"): {"access_token": "...", "token_type": "Bearer", "expires_in": 18000}. A pure
// function of the bytes, apart from TokenProvider so that it can be tested and fuzzed without a
// network.
struct TokenResponse {
    QString accessToken;
    // Whole seconds, at least 1 and at most 10^9: a lifetime the timers can hold.
    std::chrono::seconds lifetime{0};

    // An ApiError of kind Parse naming the field when the body breaks the contract; then *out
    // is left unchanged.
    static ApiError parse(const QByteArray &body, TokenResponse *out);
};

} // namespace m3ter
