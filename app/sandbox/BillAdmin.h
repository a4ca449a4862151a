#pragma once

#include "BillRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace m3ter::sandbox {

class SandboxStore;

// Changes bills the way m3ter does between two looks at month end, for the admin route
// (AdminEndpoint) and in-process tests: recalculate (amounts move, lastCalculatedDate is now, an
// APPROVED bill goes back to PENDING, generated statements become stale), approve, lock, add
// (new bills of a month-end bill run) and remove. Deterministic: the same requests on the same
// seed change the same bills to the same amounts; only the times are the clock's.
//
// Bills are named by id, or by a count: the newest bills (last in API order) the operation
// applies to, optionally only those of one status. An operation is all or nothing: if one bill
// cannot take it, nothing changes. Locked bills are final (docs/m3ter-api.md: they cannot be
// updated or recalculated), so only approve, lock and remove check state.
class BillAdmin {
public:
    enum class Operation { Recalculate, Approve, Lock, Add, Remove };

    // "recalculate", "approve", "lock", "add", "remove".
    static std::optional<Operation> operationFromName(const QString &name);
    static QString operationName(Operation operation);

    struct Selection {
        int count = 0;       // the newest `count` bills the operation applies to …
        QStringList billIds; // … or exactly these (not with add)
        std::optional<BillRecord::Status> status; // with count: only bills in this status
    };

    struct Result {
        int status = 200; // an HTTP status: 400 bad selection, 404 unknown bill, 409 wrong state
        QString error;
        QStringList billIds; // the bills changed, in the order changed
        // Each bill as GET …/bills lists it (with billTotal), before and after; an empty
        // object for a bill that did not exist before (add) or no longer does (remove).
        QList<QJsonObject> before;
        QList<QJsonObject> after;
    };

    explicit BillAdmin(SandboxStore &store)
        : m_store(store) {}

    Result apply(Operation operation, const Selection &selection, qint64 nowMs);

private:
    // Whether the bill at `position` can take the operation; the reason when not.
    bool applies(Operation operation, int position, QString *reason) const;
    bool select(Operation operation, const Selection &selection, QList<int> *positions,
                Result *result) const;
    void change(Operation operation, int position, qint64 nowMs);
    QStringList add(int count);
    QJsonObject render(int position);

    SandboxStore &m_store;
};

} // namespace m3ter::sandbox
