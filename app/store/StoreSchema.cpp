#include "store/StoreSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace m3ter {

const std::vector<StoreSchema::Migration> &StoreSchema::migrations() {
    static const std::vector<Migration> list = {
        {1,
         {
             // A bill row as the list shows it, one per bill whatever filters returned it:
             // row_json holds the fields of kBillListFields by their JSON names (BillRowCodec),
             // so a new list field needs no migration.
             QStringLiteral("CREATE TABLE bills (id TEXT PRIMARY KEY, account_id TEXT,"
                            " row_json TEXT NOT NULL, stored_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX bills_account ON bills(account_id)"),
             // Which bills a filter returned, in the API's order, and which refresh wrote
             // them: rows of an earlier refresh that the last complete one did not return are
             // removed when it completes.
             QStringLiteral("CREATE TABLE filter_bills (filter_key TEXT NOT NULL,"
                            " bill_id TEXT NOT NULL, api_order INTEGER NOT NULL,"
                            " refresh_id INTEGER NOT NULL, PRIMARY KEY (filter_key, bill_id))"
                            " WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE INDEX filter_bills_order ON filter_bills(filter_key, api_order)"),
             QStringLiteral("CREATE INDEX filter_bills_bill ON filter_bills(bill_id)"),
             // completed_at: when a refresh of the filter last completed (ms since the epoch,
             // UTC); NULL while none has.
             QStringLiteral("CREATE TABLE filters (filter_key TEXT PRIMARY KEY,"
                            " completed_at INTEGER)"),
             QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY, code TEXT NOT NULL,"
                            " name TEXT NOT NULL, json TEXT NOT NULL, stored_at INTEGER NOT NULL)"),
             // A bill the user opened: its JSON as the API sent it (with every line item), and
             // the line items one per row for search.
             QStringLiteral("CREATE TABLE bill_details (bill_id TEXT PRIMARY KEY,"
                            " json TEXT NOT NULL, stored_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE line_items (bill_id TEXT NOT NULL,"
                            " position INTEGER NOT NULL, json TEXT NOT NULL,"
                            " PRIMARY KEY (bill_id, position)) WITHOUT ROWID"),
             // Statement files on disk: where, never the link they came from (it is signed).
             QStringLiteral("CREATE TABLE statement_files (bill_id TEXT NOT NULL,"
                            " kind TEXT NOT NULL, path TEXT NOT NULL,"
                            " downloaded_at INTEGER NOT NULL, PRIMARY KEY (bill_id, kind))"),
         }},
    };
    return list;
}

int StoreSchema::latestVersion() {
    return migrations().back().version;
}

int StoreSchema::version(QSqlDatabase &db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool StoreSchema::migrate(QSqlDatabase &db, QString *error) {
    const int from = version(db);
    if (from < 0) {
        *error = db.lastError().text();
        if (error->trimmed().isEmpty())
            *error = QStringLiteral("user_version cannot be read");
        return false;
    }
    if (from > latestVersion()) {
        *error = QStringLiteral("schema version %1 is newer than this program's %2")
                     .arg(from)
                     .arg(latestVersion());
        return false;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= from)
            continue;
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        QStringList statements = migration.statements;
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                *error = QStringLiteral("migration %1: %2 (%3)")
                             .arg(migration.version)
                             .arg(query.lastError().text(), statement);
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace m3ter
