#include "store/StoreSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace m3ter {

namespace {

// Migration 2: the search text of the bills that `where` selects (b: bills): the bill's id,
// invoice number, external reference and account code (from its list row), its account's code,
// name and purchase order number, the purchase order number of its opened detail, and each
// stored line item's description and product. Part of a released migration: never edit it;
// a change of what is searched is a new migration that recreates the triggers.
QString insertSearchRows(const QString &where) {
    // SQLite 3.40 (Debian 12) has no concat_ws: each part is coalesced and joined by hand.
    // (Returns a QString, not a QStringBuilder of temporaries.)
    const auto part = [](const char *expression) -> QString {
        return QStringLiteral(" || ' ' || coalesce(") + QLatin1String(expression) +
               QStringLiteral(", '')");
    };
    QString sql = QStringLiteral("INSERT INTO search (rowid, body) SELECT b.rowid, b.id");
    sql += part("json_extract(b.row_json, '$.sequentialInvoiceNumber')") +
           part("json_extract(b.row_json, '$.externalInvoiceReference')") +
           part("json_extract(b.row_json, '$.accountCode')") + part("a.code") + part("a.name") +
           part("json_extract(a.json, '$.purchaseOrderNumber')") +
           part("json_extract(d.json, '$.purchaseOrderNumber')") +
           part("(SELECT group_concat(coalesce(json_extract(l.json, '$.description'), '')"
                " || ' ' || coalesce(json_extract(l.json, '$.productName'), '')"
                " || ' ' || coalesce(json_extract(l.json, '$.productCode'), ''), ' ')"
                " FROM line_items l WHERE l.bill_id = b.id)");
    sql += QStringLiteral(" FROM bills b LEFT JOIN accounts a ON a.id = b.account_id"
                          " LEFT JOIN bill_details d ON d.bill_id = b.id WHERE ") +
           where;
    return sql;
}

// Migration 5: the trigger that keeps a bill's search row current when the bill is rewritten, only
// when what is searched of it changed (its account, invoice number, external reference or
// account code); a refresh that moves a bill's status or total leaves the index alone. Part of a
// released migration: never edit it.
QString searchUpdateTrigger() {
    const auto differs = [](const char *path) -> QString {
        return QStringLiteral(" OR json_extract(old.row_json, '") + QLatin1String(path) +
               QStringLiteral("') IS NOT json_extract(new.row_json, '") + QLatin1String(path) +
               QStringLiteral("')");
    };
    return QStringLiteral("CREATE TRIGGER bills_search_update AFTER UPDATE ON bills"
                          " WHEN old.account_id IS NOT new.account_id") +
           differs("$.sequentialInvoiceNumber") + differs("$.externalInvoiceReference") +
           differs("$.accountCode") +
           QStringLiteral(" BEGIN DELETE FROM search WHERE rowid = old.rowid; ") +
           insertSearchRows(QStringLiteral("b.rowid = new.rowid")) + QStringLiteral("; END");
}

} // namespace

const std::vector<StoreSchema::Migration> &StoreSchema::migrations() {
    static const std::vector<Migration> list = {
        {1,
         {
             // A bill row as the list shows it, one per bill whatever filters returned it:
             // row_json holds the fields of kBillListFields by their JSON names (BillRowCodec),
             // so a new list field needs no migration. stored_at: when the row last changed.
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
             QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY, code TEXT,"
                            " name TEXT, json TEXT NOT NULL, stored_at INTEGER NOT NULL)"),
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
        {2,
         {
             // Full-text search over every stored bill (BillSearch), one row per bill with the
             // bill's rowid, kept current by triggers: a bill written or removed, an account
             // written (its bills' names), a detail written (after its line items).
             QStringLiteral(
                 "CREATE VIRTUAL TABLE search USING fts5(body,"
                 " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = none)"),
             insertSearchRows(QStringLiteral("1")),
             QStringLiteral("CREATE TRIGGER bills_search_insert AFTER INSERT ON bills BEGIN ") +
                 insertSearchRows(QStringLiteral("b.rowid = new.rowid")) + QStringLiteral("; END"),
             QStringLiteral("CREATE TRIGGER bills_search_update AFTER UPDATE ON bills BEGIN"
                            " DELETE FROM search WHERE rowid = old.rowid; ") +
                 insertSearchRows(QStringLiteral("b.rowid = new.rowid")) + QStringLiteral("; END"),
             QStringLiteral("CREATE TRIGGER bills_search_delete AFTER DELETE ON bills BEGIN"
                            " DELETE FROM search WHERE rowid = old.rowid; END"),
             QStringLiteral("CREATE TRIGGER accounts_search AFTER INSERT ON accounts BEGIN"
                            " DELETE FROM search WHERE rowid IN"
                            " (SELECT rowid FROM bills WHERE account_id = new.id); ") +
                 insertSearchRows(QStringLiteral("b.account_id = new.id")) +
                 QStringLiteral("; END"),
             QStringLiteral("CREATE TRIGGER bill_details_search AFTER INSERT ON bill_details BEGIN"
                            " DELETE FROM search WHERE rowid IN"
                            " (SELECT rowid FROM bills WHERE id = new.bill_id); ") +
                 insertSearchRows(QStringLiteral("b.id = new.bill_id")) + QStringLiteral("; END"),
         }},
        {3,
         {
             // A bill's row as stored before a refresh of the filter first rewrote it, and
             // whether the filter held it then (ChangeLog); emptied when a refresh completes.
             QStringLiteral("CREATE TABLE refresh_before (filter_key TEXT NOT NULL,"
                            " bill_id TEXT NOT NULL, row_json TEXT, was_member INTEGER NOT NULL,"
                            " PRIMARY KEY (filter_key, bill_id)) WITHOUT ROWID"),
             // What completed refreshes found changed, until the user marks it reviewed.
             QStringLiteral("CREATE TABLE changes (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                            " bill_id TEXT NOT NULL, account_id TEXT, filter_key TEXT NOT NULL,"
                            " old_value TEXT, new_value TEXT, currency TEXT, old_currency TEXT,"
                            " detected_at INTEGER NOT NULL, reviewed INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX changes_unreviewed ON changes(reviewed, bill_id)"),
         }},
        {4,
         {
             // Line-item changes of a bill opened again (ChangeLog::recordDetail): which line
             // item (its id) and its description when found, for people.
             QStringLiteral("ALTER TABLE changes ADD COLUMN line_item_id TEXT"),
             QStringLiteral("ALTER TABLE changes ADD COLUMN line_item TEXT"),
         }},
        {5,
         {
             // Cheaper refreshes. A bill gets a stable number of its own (`seq`, the rowid the
             // search index already uses, now declared so that no VACUUM can renumber it), and
             // a filter's membership refers to that number instead of the bill's 36-character
             // id: a page of a refresh then updates neighbouring rows of filter_bills (bills
             // first stored together have neighbouring numbers) instead of one random page of
             // two text indexes per bill, which made every page's transaction write hundreds of
             // pages to the WAL. The search triggers are recreated with the table (the update
             // one fires only when searched text changed); the others are unchanged.
             QStringLiteral("DROP TRIGGER accounts_search"),
             QStringLiteral("DROP TRIGGER bill_details_search"),
             QStringLiteral("CREATE TABLE bills_new (seq INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE, account_id TEXT, row_json TEXT NOT NULL,"
                            " stored_at INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO bills_new (seq, id, account_id, row_json, stored_at)"
                            " SELECT rowid, id, account_id, row_json, stored_at FROM bills"),
             QStringLiteral("CREATE TABLE filter_bills_new (filter_key TEXT NOT NULL,"
                            " bill INTEGER NOT NULL, api_order INTEGER NOT NULL,"
                            " refresh_id INTEGER NOT NULL, PRIMARY KEY (filter_key, bill))"
                            " WITHOUT ROWID"),
             QStringLiteral("INSERT INTO filter_bills_new (filter_key, bill, api_order, refresh_id)"
                            " SELECT f.filter_key, b.seq, f.api_order, f.refresh_id"
                            " FROM filter_bills f JOIN bills_new b ON b.id = f.bill_id"),
             QStringLiteral("DROP TABLE filter_bills"),
             QStringLiteral("DROP TABLE bills"),
             QStringLiteral("ALTER TABLE bills_new RENAME TO bills"),
             QStringLiteral("ALTER TABLE filter_bills_new RENAME TO filter_bills"),
             QStringLiteral("CREATE INDEX bills_account ON bills(account_id)"),
             QStringLiteral(
                 "CREATE INDEX filter_bills_order ON filter_bills(filter_key, api_order)"),
             QStringLiteral("CREATE INDEX filter_bills_bill ON filter_bills(bill)"),
             QStringLiteral("CREATE TRIGGER bills_search_insert AFTER INSERT ON bills BEGIN ") +
                 insertSearchRows(QStringLiteral("b.rowid = new.rowid")) + QStringLiteral("; END"),
             searchUpdateTrigger(),
             QStringLiteral("CREATE TRIGGER bills_search_delete AFTER DELETE ON bills BEGIN"
                            " DELETE FROM search WHERE rowid = old.rowid; END"),
             QStringLiteral("CREATE TRIGGER accounts_search AFTER INSERT ON accounts BEGIN"
                            " DELETE FROM search WHERE rowid IN"
                            " (SELECT rowid FROM bills WHERE account_id = new.id); ") +
                 insertSearchRows(QStringLiteral("b.account_id = new.id")) +
                 QStringLiteral("; END"),
             QStringLiteral("CREATE TRIGGER bill_details_search AFTER INSERT ON bill_details BEGIN"
                            " DELETE FROM search WHERE rowid IN"
                            " (SELECT rowid FROM bills WHERE id = new.bill_id); ") +
                 insertSearchRows(QStringLiteral("b.id = new.bill_id")) + QStringLiteral("; END"),
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
