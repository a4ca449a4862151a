#pragma once

#include "api/ApiConnection.h"
#include "auth/Profile.h"
#include "session/Session.h"

#include <memory>

namespace m3ter::test {

// A Session on a test connection (a sandbox over loopback), as a profile named `name` would open.
// `stateFolder`: where its statement queue keeps its state (empty: the app's data folder).
inline std::unique_ptr<Session> makeSession(const ApiConnection &connection, const QString &name,
                                            bool production = false,
                                            const QString &stateFolder = QString()) {
    Profile profile;
    profile.displayName = name;
    profile.baseUrl = connection.baseUrl;
    profile.orgId = connection.orgId;
    profile.clientId = connection.clientId;
    profile.production = production;
    Session::Options options;
    options.throwawayStore = true; // the local store as the app has one, but not the user's
    options.stateFolder = stateFolder;
    return std::make_unique<Session>(profile, connection.clientSecret, options);
}

} // namespace m3ter::test
