#include "store/StoreFile.h"

#include "store/StoreLogging.h"
#include "store/StoreSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace m3ter {

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// SQLite's primary result codes that mean "another connection holds the file", not "the file is
// broken": such a file is left where it is.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;

QString encodedName(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(), QByteArray("_")));
}

bool isBusy(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == kSqliteBusy || code == kSqliteLocked);
}

// Creates the folder and the empty file with owner-only permissions, so that SQLite (which
// keeps an existing file's mode, and gives its -wal and -shm files the same) never writes a
// readable byte.
bool prepareFile(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder");
        return false;
    }
    QFile::setPermissions(info.absolutePath(), kOwnerOnlyDir);
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
    }
    if (!QFile::setPermissions(path, kOwnerOnlyFile)) {
        *error = QStringLiteral("cannot set the file's permissions");
        return false;
    }
    return true;
}

enum class Outcome { Ok, Broken, Busy };

Outcome openConnection(const QString &path, const QString &connectionName, QString *error) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return isBusy(db.lastError()) ? Outcome::Busy : Outcome::Broken;
    }
    QSqlQuery query(db);
    // WAL: readers never wait for the writer, and a commit is one append; NORMAL sync is
    // enough for WAL to stay consistent after a crash of the process.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        *error = query.lastError().text();
        return isBusy(query.lastError()) ? Outcome::Busy : Outcome::Broken;
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("journal mode stays %1").arg(query.value(0).toString());
        return Outcome::Broken;
    }
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Reads of a large store through the page cache and a memory map instead of a system call
    // per page (the index of search writes many small pages).
    query.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    query.exec(QStringLiteral("PRAGMA mmap_size=268435456"));
    query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    query.finish();
    if (!StoreSchema::migrate(db, error))
        return isBusy(db.lastError()) ? Outcome::Busy : Outcome::Broken;
    return Outcome::Ok;
}

void closeConnection(const QString &connectionName) {
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

// Renames the file and its WAL and shared-memory files to "<name>.broken-<UTC time>"; the
// returned path is the main file's new name, empty when it could not be moved.
QString moveAside(const QString &path) {
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = path + QStringLiteral(".broken-") + stamp;
    if (!QFile::rename(path, target))
        return QString();
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    }
    return target;
}

} // namespace

QString StoreFile::pathFor(const QString &dataDir, const QString &organizationId,
                           const QString &profileName) {
    return QDir(dataDir).filePath(QStringLiteral("stores/") + encodedName(organizationId) +
                                  QLatin1Char('_') + encodedName(profileName) +
                                  QStringLiteral(".sqlite"));
}

bool StoreFile::remove(const QString &path) {
    bool removed = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            removed = false;
    }
    return removed;
}

qint64 StoreFile::sizeOnDisk(const QString &path) {
    qint64 size = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo file(path + suffix);
        if (file.exists())
            size += file.size();
    }
    return size;
}

StoreOpenResult StoreFile::open(const QString &path, const QString &connectionName) {
    StoreOpenResult result;
    QString error;
    if (!prepareFile(path, &error)) {
        qCWarning(lcStore) << "cannot create the store file:" << error;
        result.message = tr("The local copy of your bills cannot be kept: %1").arg(error);
        return result;
    }
    const Outcome first = openConnection(path, connectionName, &error);
    if (first == Outcome::Ok) {
        result.ok = true;
        return result;
    }
    closeConnection(connectionName);
    if (first == Outcome::Busy) {
        qCWarning(lcStore) << "the store file is in use:" << error;
        result.message = tr("The local copy of your bills is in use by another window of this "
                            "program, so this one works without it.");
        return result;
    }

    qCWarning(lcStore) << "the store file is unusable and is moved aside:" << error;
    result.movedAsidePath = moveAside(path);
    if (result.movedAsidePath.isEmpty()) {
        result.message = tr("The local copy of your bills could not be read or moved aside, so "
                            "this session works without it.");
        return result;
    }
    QString retryError;
    if (!prepareFile(path, &retryError) ||
        openConnection(path, connectionName, &retryError) != Outcome::Ok) {
        closeConnection(connectionName);
        qCWarning(lcStore) << "a fresh store cannot be created either:" << retryError;
        result.message = tr("The local copy of your bills could not be read and was moved aside "
                            "as %1; a new one cannot be created, so this session works without "
                            "it.")
                             .arg(QDir::toNativeSeparators(result.movedAsidePath));
        return result;
    }
    result.ok = true;
    result.message = tr("The local copy of your bills could not be read, so it was moved aside as "
                        "%1 and a new one was started. Bills are downloaded again.")
                         .arg(QDir::toNativeSeparators(result.movedAsidePath));
    return result;
}

} // namespace m3ter
