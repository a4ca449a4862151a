#pragma once

#include "auth/CredentialStore.h"

#include <QDeadlineTimer>
#include <QTest>

#include <optional>

// Runs one CredentialStore operation to completion for a test. The store itself never blocks;
// only the test spins the event loop, with a deadline so a stuck keychain fails instead of hangs.
class CredentialWaiter {
public:
    explicit CredentialWaiter(int timeoutMs = 15000)
        : m_timeoutMs(timeoutMs) {}

    m3ter::CredentialStore::Callback callback() {
        m_result.reset();
        return [this](const m3ter::CredentialResult &r) { m_result = r; };
    }

    // False on timeout.
    bool wait() {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, m_timeoutMs);
    }

    const m3ter::CredentialResult &result() const { return *m_result; }

    static const char *statusName(const m3ter::CredentialResult &r) {
        switch (r.status) {
        case m3ter::CredentialResult::Status::Ok:
            return "Ok";
        case m3ter::CredentialResult::Status::NotFound:
            return "NotFound";
        case m3ter::CredentialResult::Status::Error:
            return "Error";
        }
        return "?";
    }

private:
    int m_timeoutMs;
    std::optional<m3ter::CredentialResult> m_result;
};

// One-line helpers so each step reads like the scenario it checks.
#define CREDENTIAL_STEP(waiter, call)                                                              \
    do {                                                                                           \
        call;                                                                                      \
        QVERIFY2((waiter).wait(), "credential operation timed out: " #call);                       \
    } while (false)
