#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

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

    // Reads the ids of the bills stored since the last call (all of them the first time), which
    // find() otherwise does first: the store calls it when it is idle after a read.
    bool readNewIds();
    // Bills were removed: row numbers they held may be given to new bills.
    void billsRemoved();

private:
    QSqlDatabase m_db;
    // Every stored bill's id at the index of its row number (null where none), read once and
    // then only for bills added since: a search that matches most bills, as the first letters
    // typed do, then costs an index per match instead of a read of the bill.
    QVector<QString> m_ids;
    qint64 m_maxRowid = 0;
};

} // namespace m3ter
