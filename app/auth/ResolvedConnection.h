#pragma once

#include "auth/Profile.h"

#include <QString>
#include <QStringList>

namespace m3ter {

// What the application should connect to after the command line has been applied to the saved
// profiles (see AppOptions::resolve()).
struct ResolvedConnection {
    enum class Source {
        None,        // nothing chosen: the UI asks the user to create or pick a profile
        Demo,        // --demo: the embedded sandbox; `profile` is unused
        Profile,     // a saved profile, possibly overridden field by field by flags
        CommandLine, // no saved profile: built from the flags alone
    };

    Source source = Source::None;
    // The effective connection. For Source::CommandLine its id is empty.
    m3ter::Profile profile;
    // From M3TER_CLIENT_SECRET when set, else empty.
    QString secret;
    bool secretFromEnvironment = false;
    // The profile whose keychain entry holds the secret; empty when the secret comes from the
    // environment or when --client-id replaced the profile's access key (the stored secret
    // belongs to the other key, and sending it would only fail and could lock the key).
    QString keychainProfileId;
    QStringList errors;
    QStringList warnings;

    bool isValid() const { return errors.isEmpty(); }
};

} // namespace m3ter
