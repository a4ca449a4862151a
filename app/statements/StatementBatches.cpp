#include "statements/StatementBatches.h"

#include <QSet>

namespace m3ter {

QList<StatementRequestItem> StatementBatches::unique(const QList<StatementRequestItem> &items) {
    QList<StatementRequestItem> out;
    QSet<QString> seen;
    for (const StatementRequestItem &item : items) {
        if (item.billId.isEmpty() || seen.contains(item.billId))
            continue;
        seen.insert(item.billId);
        out.append(item);
    }
    return out;
}

QList<QList<StatementRequestItem>> StatementBatches::split(const QList<StatementRequestItem> &items,
                                                           int maxPerBatch) {
    const int size = qBound(1, maxPerBatch, kMaxPerBatch);
    QList<QList<StatementRequestItem>> batches;
    for (qsizetype i = 0; i < items.size(); i += size)
        batches.append(items.mid(i, size));
    return batches;
}

} // namespace m3ter
