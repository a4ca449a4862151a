#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace m3ter {

// What opening a store gave: a usable database (possibly a fresh one that replaces a broken
// file), and what the user should be told about it.
struct StoreOpenResult {
    bool ok = false;
    QString movedAsidePath; // the broken file's new name; empty when nothing was moved
    QString message;        // translated, for the UI; empty when there is nothing to tell
};

// The database file of one store: where it lives, with which permissions, and opening it with
// the store's connection settings and schema. A file that SQLite cannot open or read, or whose
// schema this program cannot use, is renamed with a timestamp (together with its WAL) and a fresh
// empty store takes its place, so the app always starts.
class StoreFile {
    Q_DECLARE_TR_FUNCTIONS(m3ter::StoreFile)

public:
    // <dataDir>/stores/<organization>_<profile>.sqlite; both names percent-encoded (also "_"),
    // so no two organization+profile pairs share a file and no name leaves the folder.
    static QString pathFor(const QString &dataDir, const QString &organizationId,
                           const QString &profileName);

    // Opens (creating when missing) the database at `path` as QSQLITE connection
    // `connectionName` on the calling thread, which is then the only thread that may use it. The
    // folder is made owner-only (0700) and the file owner read/write (0600) before SQLite
    // writes a byte; WAL journal; schema migrated to StoreSchema::latestVersion().
    static StoreOpenResult open(const QString &path, const QString &connectionName);

    // Deletes the store's file with its WAL and shared-memory files ("Forget local data", a
    // profile deleted). The store must be closed. False when a file remains.
    static bool remove(const QString &path);
    // Bytes the store takes on disk: the file with its WAL and shared-memory files; 0 when
    // there is none. For "Forget local data" to say how much it deletes.
    static qint64 sizeOnDisk(const QString &path);
};

} // namespace m3ter

Q_DECLARE_METATYPE(m3ter::StoreOpenResult)
