#pragma once

namespace m3ter {

// Whether a POST may be retried after a transient failure. m3ter has no idempotency key, so a
// POST that creates something (a statement job) must stay Never: after an unclear failure the
// caller looks the job up before submitting again. Idempotent is for POSTs that only read or
// whose repetition is harmless (e.g. generating a fresh CSV statement URL).
enum class PostRetry { Never, Idempotent };

} // namespace m3ter
