#pragma once

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace m3ter {

// Full-text search over every stored bill (the FTS5 table of migration 2): bill id, invoice
// number, external reference, account code and name, purchase order number, line-item
// description and product. Every word typed is a prefix that must match, so results narrow as
// the user types ("acme inv-00" finds Acme's bills whose invoice number starts INV-00). Runs on
// the thread that owns the connection (StoreWorker).
class BillSearch {
public:
    explicit BillSearch(QSqlDatabase db);

    // The FTS5 query for what the user typed: each run of letters and digits as a quoted prefix
    // term, all required. Empty when the text has no letter or digit.
    static QString matchExpression(const QString &text);

    // Ids of the bills that match; within the bills of `filterKey` when it is not empty.
    QSet<QString> find(const QString &text, const QString &filterKey = QString());

    // Bills were removed: their row numbers may be given to new bills, so the ids known by row
    // number are read again at the next search.
    void forgetIds();

private:
    bool readNewIds();

    QSqlDatabase m_db;
    // Every stored bill's id by its row number, read once (and then only for bills added since):
    // a search that matches most bills, as the first letters typed do, then costs a hash lookup
    // per match instead of a read of the bill.
    QHash<qint64, QString> m_ids;
    qint64 m_maxRowid = 0;
};

} // namespace m3ter
