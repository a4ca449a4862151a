// The token endpoint's body (TokenResponse): any bytes give either a Parse error naming a field
// or a non-empty token with a lifetime the timers can hold (1 s to 10^9 s).
#include "FuzzSupport.h"
#include "api/TokenResponse.h"

using namespace m3ter;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    TokenResponse response;
    const ApiError error = TokenResponse::parse(fuzz::bytes(data, size), &response);
    if (error.isError()) {
        FUZZ_CHECK(error.kind == ApiError::Kind::Parse && !error.field.isEmpty(), error.field);
        FUZZ_CHECK(response.accessToken.isEmpty(), QStringLiteral("token set on an error"));
        return 0;
    }
    FUZZ_CHECK(!response.accessToken.isEmpty(), QStringLiteral("empty token accepted"));
    FUZZ_CHECK(response.lifetime.count() >= 1 && response.lifetime.count() <= 1000000000,
               QStringLiteral("lifetime %1 s").arg(response.lifetime.count()));
    return 0;
}
