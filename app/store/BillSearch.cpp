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

void BillSearch::billsRemoved() {
    // SQLite numbers a new row max(rowid) + 1, so a number is given again only when the highest
    // rows were removed: the map is cut back to the highest row left. Entries of rows removed
    // below it stay but are never matched (their search rows went with them).
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM bills")) || !query.next()) {
        m_ids.clear();
        m_maxRowid = 0;
        return;
    }
    const qint64 highest = query.value(0).toLongLong();
    if (highest < m_maxRowid) {
        m_maxRowid = highest;
        m_ids.resize(qMin<qsizetype>(m_ids.size(), highest + 1));
    }
}

bool BillSearch::readNewIds() {
    // One text for all new rows ("<rowid>\x1f<id>\x1e…"), joined inside SQLite: a row per bill
    // through QSqlQuery would cost more than the rest of a search.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT CAST(group_concat(rowid || char(31) || id, char(30))"
                                 " AS BLOB) FROM bills WHERE rowid > ?"));
    query.addBindValue(m_maxRowid);
    if (!query.exec() || !query.next()) {
        qCWarning(lcStore) << "reading bill ids failed:" << query.lastError().text();
        return false;
    }
    const QByteArray text = query.value(0).toByteArray();
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\x1e', start);
        if (end < 0)
            end = text.size();
        const qsizetype separator = text.indexOf('\x1f', start);
        if (separator > start && separator < end) {
            const qint64 rowid = text.mid(start, separator - start).toLongLong();
            if (rowid >= m_ids.size())
                m_ids.resize(qMax<qsizetype>(rowid + 1, m_ids.size() * 2));
            m_ids[rowid] = QString::fromUtf8(text.constData() + separator + 1, end - separator - 1);
            m_maxRowid = qMax(m_maxRowid, rowid);
        }
        start = end + 1;
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
    // The row numbers come back as one text ("12,40,41"), joined inside SQLite: a first letter
    // matches most bills, and a row per match through QSqlQuery costs more than the search.
    QString sql =
        QStringLiteral("SELECT CAST(group_concat(rowid) AS BLOB) FROM search WHERE search MATCH ?");
    if (!filterKey.isEmpty())
        sql += QStringLiteral(" AND rowid IN (SELECT bill FROM filter_bills WHERE filter_key = ?)");
    query.prepare(sql);
    query.addBindValue(match);
    if (!filterKey.isEmpty())
        query.addBindValue(filterKey);
    if (!query.exec() || !query.next()) {
        qCWarning(lcStore) << "search failed:" << query.lastError().text();
        return ids;
    }
    const QByteArray rowids = query.value(0).toByteArray();
    ids.reserve(rowids.count(',') + 1);
    qint64 rowid = 0;
    for (const char c : rowids) {
        if (c >= '0' && c <= '9') {
            rowid = rowid * 10 + (c - '0');
            continue;
        }
        if (rowid < m_ids.size() && !m_ids.at(rowid).isNull())
            ids.insert(m_ids.at(rowid));
        rowid = 0;
    }
    if (!rowids.isEmpty() && rowid < m_ids.size() && !m_ids.at(rowid).isNull())
        ids.insert(m_ids.at(rowid));
    return ids;
}

} // namespace m3ter
