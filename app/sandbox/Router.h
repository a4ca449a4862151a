#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace m3ter::sandbox {

// Maps method + path of the Config API (docs/m3ter-api.md, "Endpoints") to a route name, the names
// faults and the request log use. Path parameters come back in order ({orgId} first for
// /organizations routes).
class Router {
public:
    struct Match {
        QString route; // empty: no such path
        QStringList params;
        bool methodAllowed = true; // false: the path exists, but not for this method
    };

    static Match match(const QByteArray &method, const QString &path);
    // Every route name, including "download" for the download origin.
    static const QStringList &routeNames();
};

} // namespace m3ter::sandbox
