#pragma once

#include <QStringList>
#include <QUuid>

namespace m3ter::sandbox {

// A statement job. Its status is not stored: it is computed from the timestamps on every read
// (StatementJobRecord::statusAt), so no timers run and a paused debugger does not skew it.
struct StatementJobRecord {
    enum Status { Pending, Running, Complete, Cancelled, Failed };

    QUuid id;
    int bill = 0; // bill position in SandboxStore
    bool includeCsvFormat = false;
    bool hasFilters = false;
    QStringList meterIds;
    qint64 createdMs = 0;
    qint64 runningAtMs = 0;
    qint64 finishedAtMs = 0;
    qint64 cancelledMs = 0; // 0 = not cancelled
    bool willFail = false;
    bool settled = false; // its effect on the bill's statement flags has been applied

    Status statusAt(qint64 nowMs) const {
        if (cancelledMs > 0 && cancelledMs <= nowMs)
            return Cancelled;
        if (nowMs >= finishedAtMs)
            return willFail ? Failed : Complete;
        return nowMs >= runningAtMs ? Running : Pending;
    }

    qint64 lastModifiedAt(qint64 nowMs) const {
        switch (statusAt(nowMs)) {
        case Pending:
            return createdMs;
        case Running:
            return runningAtMs;
        case Cancelled:
            return cancelledMs;
        case Complete:
        case Failed:
            break;
        }
        return finishedAtMs;
    }

    static const char *statusName(Status s) {
        switch (s) {
        case Pending:
            return "PENDING";
        case Running:
            return "RUNNING";
        case Complete:
            return "COMPLETE";
        case Cancelled:
            return "CANCELLED";
        case Failed:
            break;
        }
        return "FAILED";
    }
};

} // namespace m3ter::sandbox
