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

void BillSearch::forgetIds() {
    m_ids.clear();
    m_maxRowid = 0;
}

bool BillSearch::readNewIds() {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid, id FROM bills WHERE rowid > ? ORDER BY rowid"));
    query.addBindValue(m_maxRowid);
    if (!query.exec()) {
        qCWarning(lcStore) << "reading bill ids failed:" << query.lastError().text();
        return false;
    }
    while (query.next()) {
        const qint64 rowid = query.value(0).toLongLong();
        m_ids.insert(rowid, query.value(1).toString());
        m_maxRowid = qMax(m_maxRowid, rowid);
    }
    return true;
}

QSet<QString> BillSearch::find(const QString &text, const QString &filterKey) {
    QSet<QString> ids;
    const QString match = matchExpression(text);
    if (match.isEmpty() || !readNewIds())
        return ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT rowid FROM search WHERE search MATCH ?");
    if (!filterKey.isEmpty())
        sql += QStringLiteral(" AND rowid IN (SELECT b.rowid FROM filter_bills f"
                              " JOIN bills b ON b.id = f.bill_id WHERE f.filter_key = ?)");
    query.prepare(sql);
    query.addBindValue(match);
    if (!filterKey.isEmpty())
        query.addBindValue(filterKey);
    if (!query.exec()) {
        qCWarning(lcStore) << "search failed:" << query.lastError().text();
        return ids;
    }
    while (query.next()) {
        const auto it = m_ids.constFind(query.value(0).toLongLong());
        if (it != m_ids.constEnd())
            ids.insert(*it);
    }
    return ids;
}

} // namespace m3ter
