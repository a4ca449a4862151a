#pragma once

#include "FaultSpec.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace m3ter::sandbox {

// Faults armed per route name ("bills.list", "token", "download", ... see Router::routeNames();
// "*" matches every route). Rules for a route apply in the order added; each consumes one of its
// count per request. Thread-safe, so tests can arm faults on a server running in a SandboxThread.
class FaultInjector {
public:
    void add(const QString &route, const FaultSpec &fault);
    // "bills.list=503:2" (see FaultSpec for the grammar). Rejects unknown route names.
    bool addFromString(const QString &routeAndSpec, QString *error = nullptr);
    void clear();
    void clear(const QString &route);
    // Takes the next fault for a request on `route` (specific rules before "*").
    std::optional<FaultSpec> take(const QString &route);
    int pendingCount(const QString &route) const;

private:
    std::optional<FaultSpec> takeLocked(const QString &key);

    mutable QMutex m_mutex;
    QHash<QString, QList<FaultSpec>> m_rules;
};

} // namespace m3ter::sandbox
