#pragma once

#include "statements/StatementEntry.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

namespace m3ter {

struct StatementQueueSnapshot;

// Makes the state file's text of a StatementQueueSnapshot (exactly the bytes of
// StatementQueueSnapshot::toJson()), reusing the text of every entry whose persisted fields are
// the same as in the previous call. During a run the queue is saved up to ten times a second
// while only a few entries change between two saves; making the JSON of every entry each time
// took a core's worth of CPU away from the GUI thread at 1,000 entries (docs/BENCHMARKS.md,
// issue 15 round 4). Thread-safe; the StatementQueueSaver's thread is its one user in practice.
class StatementQueueJsonCache {
public:
    QByteArray toJson(const StatementQueueSnapshot &snapshot);

    // The text of one entry inside the file's "entries" array (indented as it is there, no
    // separator): what the cache keeps per entry.
    static QByteArray entryText(const StatementEntry &entry);

private:
    struct Cached {
        StatementEntry entry;
        QByteArray text;
    };

    QMutex m_mutex;
    QHash<int, Cached> m_byId; // the entries of the previous call
};

} // namespace m3ter
