#pragma once

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
    QSet<QString> find(const QString &text, const QString &filterKey = QString()) const;

private:
    QSqlDatabase m_db;
};

} // namespace m3ter
