#pragma once

#include <QObject>

namespace m3ter::sandbox {

// Turns SIGINT/SIGTERM into QCoreApplication::quit() on POSIX. A signal handler may only do
// async-signal-safe work, so it writes a byte to a pipe and a QSocketNotifier quits from the
// event loop (the self-pipe trick). A no-op elsewhere; Ctrl-C then ends the process directly.
class SignalQuitter : public QObject {
public:
    explicit SignalQuitter(QObject *parent = nullptr);
    ~SignalQuitter() override;
};

} // namespace m3ter::sandbox
