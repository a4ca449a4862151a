#pragma once

#include <QString>

namespace m3ter {

// The outcome of one CredentialStore operation.
struct CredentialResult {
    enum class Status {
        Ok,       // done; for a read, `secret` holds the value
        NotFound, // a read found no secret for that profile
        Error,    // the keychain refused or failed; `message` says what to tell the user
    };

    Status status = Status::Error;
    // Only set by a successful read. Never log a CredentialResult's secret.
    QString secret;
    // True when the OS keychain is unavailable and the operation was served by the in-memory
    // session store: a written secret is kept for this session only and is gone after a restart.
    bool unavailable = false;
    // User-facing, translated. For `unavailable` it is the notice to show (non-blocking); for
    // Error it explains the failure. Empty otherwise.
    QString message;
    // The backend's own text, for the log (never contains the secret).
    QString detail;

    bool ok() const { return status == Status::Ok; }
    bool notFound() const { return status == Status::NotFound; }
};

} // namespace m3ter
