#pragma once

#include "api/ApiConnection.h"

#include <memory>

namespace m3ter {

namespace sandbox {
class SandboxThread;
}

// --demo: the m3ter-compatible sandbox, started in-process on 127.0.0.1 (ephemeral ports) in its
// own thread, with generated data. The app then talks to it over real HTTP exactly as it would to
// api.m3ter.com; only the connection differs.
class DemoBackend {
public:
    DemoBackend();
    ~DemoBackend();

    // Blocks until the server listens (a few milliseconds); false if it could not start.
    bool start();
    ApiConnection connection() const;

private:
    std::unique_ptr<sandbox::SandboxThread> m_thread;
};

} // namespace m3ter
