#include "FaultInjector.h"

#include "Router.h"

#include <QMutexLocker>

namespace m3ter::sandbox {

void FaultInjector::add(const QString &route, const FaultSpec &fault) {
    QMutexLocker lock(&m_mutex);
    m_rules[route].append(fault);
}

bool FaultInjector::addFromString(const QString &routeAndSpec, QString *error) {
    const int eq = routeAndSpec.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        if (error)
            *error = QStringLiteral("expected ROUTE=SPEC, got '%1'").arg(routeAndSpec);
        return false;
    }
    const QString route = routeAndSpec.left(eq).trimmed();
    if (route != QLatin1String("*") && !Router::routeNames().contains(route)) {
        if (error)
            *error = QStringLiteral("unknown route '%1' (known: %2)")
                         .arg(route, Router::routeNames().join(QStringLiteral(", ")));
        return false;
    }
    const std::optional<FaultSpec> spec = FaultSpec::parse(routeAndSpec.mid(eq + 1), error);
    if (!spec)
        return false;
    add(route, *spec);
    return true;
}

void FaultInjector::clear() {
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

void FaultInjector::clear(const QString &route) {
    QMutexLocker lock(&m_mutex);
    m_rules.remove(route);
}

std::optional<FaultSpec> FaultInjector::take(const QString &route) {
    QMutexLocker lock(&m_mutex);
    if (std::optional<FaultSpec> f = takeLocked(route))
        return f;
    return takeLocked(QStringLiteral("*"));
}

std::optional<FaultSpec> FaultInjector::takeLocked(const QString &key) {
    auto it = m_rules.find(key);
    if (it == m_rules.end() || it->isEmpty())
        return std::nullopt;
    FaultSpec &rule = it->first();
    const FaultSpec taken = rule;
    if (rule.count > 0 && --rule.count == 0)
        it->removeFirst();
    return taken;
}

int FaultInjector::pendingCount(const QString &route) const {
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const FaultSpec &f : m_rules.value(route)) {
        if (f.count < 0)
            return -1;
        n += f.count;
    }
    return n;
}

} // namespace m3ter::sandbox
