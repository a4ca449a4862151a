#pragma once

#include <QString>

#include <optional>

namespace m3ter::sandbox {

// One injected fault and how many more requests it applies to.
//
// Text form (used by `m3ter-sandbox --fault ROUTE=SPEC` and FaultInjector::addFromString):
//   SPEC  := KIND [":" COUNT]          COUNT: next N requests (default 1); -1 or "*" = always
//   KIND  := 400..599                  answer with that status and {"message": ...}
//          | "429@" SECONDS            429 with "Retry-After: SECONDS" (plain "429" sends none)
//          | "delay@" MS               answer normally, MS milliseconds late
//          | "reset"                   abort the TCP connection without answering
//          | "stall"                   never answer (the client must time out)
//          | "malformed"               200 with a body that is not valid JSON
//          | "truncated"               Content-Length larger than the body, then close
// Examples: "503:2", "429@3", "429:-1", "delay@1500:*", "reset:3".
// Note: QNetworkAccessManager silently resends a request once or twice when a connection is
// closed before any reply byte arrives, so a single "reset" of a GET may be invisible to a Qt
// client; use a count of 3 or more (or -1) to make it observable. The client's non-idempotent
// POSTs refuse that resend (api/OneShotUploadDevice), so for them every reset shows.
struct FaultSpec {
    enum class Kind { Status, Delay, Reset, Stall, MalformedJson, TruncatedBody };

    Kind kind = Kind::Status;
    int status = 500;
    int retryAfterSeconds = -1; // 429 only; -1 = no Retry-After header
    int delayMs = 0;
    int count = 1; // -1 = always

    static FaultSpec httpStatus(int status, int count = 1);
    static FaultSpec tooManyRequests(int retryAfterSeconds = -1, int count = 1);
    static FaultSpec delay(int ms, int count = 1);
    static FaultSpec reset(int count = 1);
    static FaultSpec stall(int count = 1);
    static FaultSpec malformedJson(int count = 1);
    static FaultSpec truncatedBody(int count = 1);

    static std::optional<FaultSpec> parse(const QString &text, QString *error = nullptr);
    QString toString() const;
    // The kind without the count ("503", "429@3", "reset"): what the request log records.
    QString kindString() const;
};

} // namespace m3ter::sandbox
