#include "store/BillSearch.h"

#include "store/StoreLogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace m3ter {

BillSearch::BillSearch(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString BillSearch::matchExpression(const QString &text) {
    QStringList terms;
    QString term;
    const auto flush = [&] {
        if (!term.isEmpty())
            terms.append(QLatin1Char('"') + term + QStringLiteral("\"*"));
        term.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            term.append(c);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

QSet<QString> BillSearch::find(const QString &text, const QString &filterKey) const {
    QSet<QString> ids;
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT b.id FROM search s JOIN bills b ON b.rowid = s.rowid"
                                 " WHERE search MATCH ?");
    if (!filterKey.isEmpty())
        sql += QStringLiteral(" AND b.id IN (SELECT bill_id FROM filter_bills"
                              " WHERE filter_key = ?)");
    query.prepare(sql);
    query.addBindValue(match);
    if (!filterKey.isEmpty())
        query.addBindValue(filterKey);
    if (!query.exec()) {
        qCWarning(lcStore) << "search failed:" << query.lastError().text();
        return ids;
    }
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

} // namespace m3ter
