#pragma once

#include "statements/StatementEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <limits>

namespace m3ter {

// What StatementQueue persists, and its JSON form:
//   {"format": "m3ter-bills/statement-queue/1", "nextEntryId": n, "nextSubmissionId": n,
//    "entries": [StatementEntry::toJson(), ...]}
// No tokens, no presigned URLs, no credentials: only ids, states, file paths and texts.
struct StatementQueueSnapshot {
    Q_DECLARE_TR_FUNCTIONS(m3ter::StatementQueueSnapshot)

public:
    static constexpr char kFormat[] = "m3ter-bills/statement-queue/1";

    QList<StatementEntry> entries;
    int nextEntryId = 1;
    int nextSubmissionId = 1;

    // Above this, the ids read from a file are renumbered (1, 2, ... in the entries' order,
    // submissions likewise) so that counting on from them can never overflow. Ids are local to
    // the queue and its file, so nothing else refers to them.
    static constexpr qint64 kRenumberAbove = std::numeric_limits<int>::max() / 2;

    QByteArray toJson() const;
    // False with a translated *error for a file that is not a queue; damaged entries inside an
    // otherwise valid file are skipped rather than failing the whole queue.
    static bool fromJson(const QByteArray &json, StatementQueueSnapshot *out, QString *error);
    // Gives the entries ids 1..n and their submissions 1..k, keeping order and grouping.
    void renumber();
};

} // namespace m3ter
