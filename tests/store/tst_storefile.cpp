#include "store/StoreFile.h"
#include "store/StoreSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace m3ter;

namespace {

const QString kConnection = QStringLiteral("tst_storefile");

constexpr QFileDevice::Permissions kGroupOrOther =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

void closeStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(kConnection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(kConnection);
}

QVariant pragma(const QString &name) {
    QSqlQuery query(QSqlDatabase::database(kConnection));
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QVariant();
    return query.value(0);
}

// A database of this schema version, made without StoreFile (as an older program left it).
void makeDatabaseAtVersion(const QString &path, int version) {
    const QString name = QStringLiteral("maker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestStoreFile : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { closeStore(); }

    void freshStoreHasTheLatestSchemaInWalWithOwnerOnlyPermissions() {
        QTemporaryDir dir;
        const QString path =
            StoreFile::pathFor(dir.path(), QStringLiteral("org-1"), QStringLiteral("Production"));
        const StoreOpenResult result = StoreFile::open(path, kConnection);
        QVERIFY(result.ok);
        QVERIFY(result.message.isEmpty());
        QVERIFY(result.movedAsidePath.isEmpty());
        QCOMPARE(pragma(QStringLiteral("user_version")).toInt(), StoreSchema::latestVersion());
        QCOMPARE(pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));

        QSqlQuery query(QSqlDatabase::database(kConnection));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO filters VALUES ('k', 1)")));
        const QFileInfo folder(QFileInfo(path).absolutePath());
        QCOMPARE(folder.permissions() & kGroupOrOther, QFileDevice::Permissions());
        QVERIFY(folder.permissions() & QFileDevice::ExeOwner);
        QCOMPARE(QFileInfo(path).permissions() & kGroupOrOther, QFileDevice::Permissions());
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).permissions() & kGroupOrOther,
                 QFileDevice::Permissions());
    }

    void anExistingFileIsMadeOwnerOnly() {
        QTemporaryDir dir;
        const QString path =
            StoreFile::pathFor(dir.path(), QStringLiteral("o"), QStringLiteral("p"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile::setPermissions(QFileInfo(path).absolutePath(),
                              QFileDevice::Permissions(0x7775)); // rwxrwxr-x
        makeDatabaseAtVersion(path, 0);
        QFile::setPermissions(path, QFileDevice::Permissions(0x6664)); // rw-rw-r--
        QVERIFY(StoreFile::open(path, kConnection).ok);
        QCOMPARE(QFileInfo(path).permissions() & kGroupOrOther, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & kGroupOrOther,
                 QFileDevice::Permissions());
    }

    void eachOrganizationAndProfileHasItsOwnFileInTheStoresFolder() {
        const QString base = QStringLiteral("/data");
        QVERIFY(StoreFile::pathFor(base, QStringLiteral("a_b"), QStringLiteral("c")) !=
                StoreFile::pathFor(base, QStringLiteral("a"), QStringLiteral("b_c")));
        const QString escaped =
            StoreFile::pathFor(base, QStringLiteral("../../etc"), QStringLiteral("x/y"));
        QCOMPARE(QFileInfo(escaped).absolutePath(), QStringLiteral("/data/stores"));
    }

    void aFileThatIsNotADatabaseIsMovedAsideAndAFreshStoreStarts() {
        QTemporaryDir dir;
        const QString path =
            StoreFile::pathFor(dir.path(), QStringLiteral("o"), QStringLiteral("p"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("this is not an SQLite database ").repeated(200);
        garbage.write(junk);
        garbage.close();

        const StoreOpenResult result = StoreFile::open(path, kConnection);
        QVERIFY(result.ok);
        QVERIFY(!result.movedAsidePath.isEmpty());
        QVERIFY(result.movedAsidePath.startsWith(path + QStringLiteral(".broken-")));
        QVERIFY(result.message.contains(QDir::toNativeSeparators(result.movedAsidePath)));
        QFile moved(result.movedAsidePath);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), junk);

        QCOMPARE(pragma(QStringLiteral("user_version")).toInt(), StoreSchema::latestVersion());
        QSqlQuery query(QSqlDatabase::database(kConnection));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO filters VALUES ('k', 1)")));
    }

    void aCorruptedDatabaseIsMovedAside() {
        QTemporaryDir dir;
        const QString path =
            StoreFile::pathFor(dir.path(), QStringLiteral("o"), QStringLiteral("p"));
        QVERIFY(StoreFile::open(path, kConnection).ok);
        {
            QSqlQuery query(QSqlDatabase::database(kConnection));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        closeStore();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(0));
        file.write(QByteArray(100, '\xff')); // the header: no longer "SQLite format 3"
        file.close();

        const StoreOpenResult result = StoreFile::open(path, kConnection);
        QVERIFY(result.ok);
        QVERIFY(!result.movedAsidePath.isEmpty());
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(pragma(QStringLiteral("user_version")).toInt(), StoreSchema::latestVersion());
    }

    void aSchemaNewerThanThisProgramIsMovedAside() {
        QTemporaryDir dir;
        const QString path =
            StoreFile::pathFor(dir.path(), QStringLiteral("o"), QStringLiteral("p"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        makeDatabaseAtVersion(path, StoreSchema::latestVersion() + 1);
        const StoreOpenResult result = StoreFile::open(path, kConnection);
        QVERIFY(result.ok);
        QVERIFY(!result.movedAsidePath.isEmpty());
        QCOMPARE(pragma(QStringLiteral("user_version")).toInt(), StoreSchema::latestVersion());
    }

    void migratesAnEmptyDatabaseFromVersionZero() {
        QTemporaryDir dir;
        const QString path =
            StoreFile::pathFor(dir.path(), QStringLiteral("o"), QStringLiteral("p"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        makeDatabaseAtVersion(path, 0);
        const StoreOpenResult result = StoreFile::open(path, kConnection);
        QVERIFY(result.ok);
        QVERIFY(result.movedAsidePath.isEmpty());
        QCOMPARE(pragma(QStringLiteral("user_version")).toInt(), StoreSchema::latestVersion());
    }

    void migrationsAreOrderedAndEndAtTheLatestVersion() {
        int previous = 0;
        for (const StoreSchema::Migration &m : StoreSchema::migrations()) {
            QCOMPARE(m.version, previous + 1);
            previous = m.version;
        }
        QCOMPARE(previous, StoreSchema::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestStoreFile)
#include "tst_storefile.moc"
