#pragma once

#include "statements/StatementRequestItem.h"

#include <QList>

namespace m3ter {

// How a selection of bills becomes batch-create requests (POST …/statementjobs/batch accepts 1 to
// 10 bill ids, docs/m3ter-api.md, "Creating statement jobs"). Pure functions, unit-tested on their
// own.
class StatementBatches {
public:
    static constexpr int kMaxPerBatch = 10;

    // Drops items without a bill id and repeats of a bill id (the first one wins), keeping the
    // order: asking twice for the same bill in one submission would only create a duplicate job.
    static QList<StatementRequestItem> unique(const QList<StatementRequestItem> &items);
    // Consecutive chunks of at most maxPerBatch items (clamped to 1..kMaxPerBatch), in order.
    static QList<QList<StatementRequestItem>> split(const QList<StatementRequestItem> &items,
                                                    int maxPerBatch = kMaxPerBatch);
};

} // namespace m3ter
