#include "Router.h"

#include <array>

namespace m3ter::sandbox {

namespace {

struct Route {
    const char *method;
    const char *pattern; // "*" segments are parameters
    const char *name;
};

// Longer literal patterns are listed before the ones they would shadow (statementjobs/batch).
const std::array<Route, 16> kRoutes{{
    {"POST", "oauth/token", "token"},
    {"GET", "organizations/*/bills", "bills.list"},
    {"GET", "organizations/*/bills/*", "bills.get"},
    {"GET", "organizations/*/bills/*/lineitems", "lineitems.list"},
    {"GET", "organizations/*/bills/*/lineitems/*", "lineitems.get"},
    {"GET", "organizations/*/bills/*/statement/json", "statement.get"},
    {"GET", "organizations/*/bills/*/statement/csv", "statement.get"},
    {"POST", "organizations/*/bills/*/statement/csv", "statement.csv.create"},
    {"POST", "organizations/*/statementjobs/batch", "statementjobs.batch"},
    {"POST", "organizations/*/statementjobs", "statementjobs.create"},
    {"GET", "organizations/*/statementjobs", "statementjobs.list"},
    {"GET", "organizations/*/statementjobs/*", "statementjobs.get"},
    {"POST", "organizations/*/statementjobs/*/cancel", "statementjobs.cancel"},
    {"GET", "organizations/*/accounts", "accounts.list"},
    {"GET", "organizations/*/accounts/*", "accounts.get"},
    {"GET", "_files/*/*/*", "download"},
}};

bool matchPattern(const QStringList &segments, const char *pattern, QStringList *params) {
    const QStringList parts = QString::fromLatin1(pattern).split(QLatin1Char('/'));
    if (parts.size() != segments.size())
        return false;
    QStringList found;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == QLatin1String("*"))
            found.append(segments.at(i));
        else if (parts.at(i) != segments.at(i))
            return false;
    }
    *params = found;
    return true;
}

} // namespace

Router::Match Router::match(const QByteArray &method, const QString &path) {
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    bool pathKnown = false;
    for (const Route &r : kRoutes) {
        QStringList params;
        if (!matchPattern(segments, r.pattern, &params))
            continue;
        if (method == r.method) {
            result.route = QString::fromLatin1(r.name);
            result.params = params;
            return result;
        }
        pathKnown = true;
    }
    result.methodAllowed = !pathKnown;
    return result;
}

const QStringList &Router::routeNames() {
    static const QStringList names = [] {
        QStringList n;
        for (const Route &r : kRoutes) {
            if (!n.contains(QString::fromLatin1(r.name)))
                n.append(QString::fromLatin1(r.name));
        }
        return n;
    }();
    return names;
}

} // namespace m3ter::sandbox
