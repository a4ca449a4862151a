#pragma once

#include "domain/Decimal.h"
#include "models/BillRowStore.h"

#include <QString>
#include <QVector>

#include <functional>

namespace m3ter {

// One sort of the bill table by one column, by what BillTableColumns says the column shows (its
// field's kind, or the column's own rule). prepare() runs on the GUI thread: one pass over the
// store that turns every row into a small key (a day number, a number, or the index of its text
// among the column's distinct texts: for most columns a few dozen labels, so no text is built
// per row). run() may then run on any thread: it ranks the distinct texts with the same
// locale-aware comparison as QString::localeAwareCompare, sorts the keys and returns the storage
// indexes in their new order. The job holds its own (implicitly shared) copies of every text it
// reads, so the store may change or go away meanwhile.
//
// The order is the one the table has always had, per column: texts as displayed, compared
// locale-aware; dates by date (none first); Locked no before yes; Last calculated by time; ties
// in API order, also when descending. Total is the exception: by currency (as the Currency
// column), then bills without a total, then the exact amount, so amounts in different currencies
// never interleave.
class BillSortJob {
public:
    // What the row shows that the store does not hold: the account directory's names and codes
    // and the translated statement labels (enum labels come from kBillListFields). Called on the
    // GUI thread, once per distinct value.
    struct Labels {
        std::function<QString(const QString &accountId)> accountName;
        std::function<QString(const QString &accountId)> accountCode; // for rows without a code
        std::function<QString(bool json, bool csv, bool stale)> statementState;
    };

    static BillSortJob prepare(const BillRowStore &store, int column, Qt::SortOrder order,
                               const Labels &labels);
    QVector<int> run() const;

    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }
    int rowCount() const { return int(m_numbers.size()); }

private:
    struct Slice {
        quint32 buffer;
        quint32 offset;
        quint32 length;
    };
    quint32 addLabel(const QString &text);
    QVector<quint32> rankTexts() const;

    int m_column = 0;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_byText = false;
    bool m_byAmount = false;
    QVector<QString> m_buffers; // chunk texts and labels
    QVector<Slice> m_texts;     // the distinct texts (per row for invoice no. / reference)
    QVector<quint32> m_textOf;  // per row: index into m_texts
    QVector<qint64> m_numbers;  // per row: number key (day, ms, flag, has-total)
    QVector<Decimal> m_amounts; // per row, Total only
};

} // namespace m3ter
