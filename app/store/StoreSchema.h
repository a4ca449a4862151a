#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace m3ter {

// The store's tables, as an ordered list of migrations. The database's `PRAGMA user_version` is
// the number of migrations applied; opening a store applies the missing ones in order, each in
// its own transaction together with the new user_version, so a crash between two leaves a
// database at the earlier version, never half-migrated. A migration is never edited once
// released: a schema change is a new entry at the end.
class StoreSchema {
public:
    struct Migration {
        int version; // user_version after it
        QStringList statements;
    };

    static const std::vector<Migration> &migrations();
    static int latestVersion();

    // The database's user_version; -1 when it cannot be read (not a database).
    static int version(QSqlDatabase &db);

    // Applies every migration above the database's version. False with a reason (in English, for
    // the log) when a statement fails or the database is newer than this program knows.
    static bool migrate(QSqlDatabase &db, QString *error);
};

} // namespace m3ter
