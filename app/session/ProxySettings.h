#pragma once

#include <QCoreApplication>
#include <QString>

namespace m3ter {

// The network proxy preference: the system's (default; on Linux this includes the HTTPS_PROXY
// and NO_PROXY environment variables), none, or a manual HTTP proxy. Stored by AppSettings under
// "network/"; a proxy password is never stored (Qt asks for proxy credentials per session).
struct ProxySettings {
    Q_DECLARE_TR_FUNCTIONS(m3ter::ProxySettings)

public:
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QString host;
    int port = 8080;

    // An empty string, or a translated reason why a manual proxy cannot be used.
    QString problem() const;

    // Makes every QNetworkAccessManager of the application use this proxy from now on.
    void apply() const;

    friend bool operator==(const ProxySettings &a, const ProxySettings &b) {
        return a.mode == b.mode && a.host == b.host && a.port == b.port;
    }
};

} // namespace m3ter
