#include "BillAdmin.h"

#include "DataGenerator.h"
#include "JsonRenderer.h"
#include "SandboxStore.h"

#include <QSet>

namespace m3ter::sandbox {

namespace {

struct OperationName {
    BillAdmin::Operation operation;
    const char *name;
};

const OperationName kOperations[] = {
    {BillAdmin::Operation::Recalculate, "recalculate"},
    {BillAdmin::Operation::Approve, "approve"},
    {BillAdmin::Operation::Lock, "lock"},
    {BillAdmin::Operation::Add, "add"},
    {BillAdmin::Operation::Remove, "remove"},
};

BillAdmin::Result failure(int status, const QString &error) {
    BillAdmin::Result result;
    result.status = status;
    result.error = error;
    return result;
}

} // namespace

std::optional<BillAdmin::Operation> BillAdmin::operationFromName(const QString &name) {
    for (const OperationName &o : kOperations) {
        if (name == QLatin1String(o.name))
            return o.operation;
    }
    return std::nullopt;
}

QString BillAdmin::operationName(Operation operation) {
    for (const OperationName &o : kOperations) {
        if (o.operation == operation)
            return QString::fromLatin1(o.name);
    }
    return QString();
}

bool BillAdmin::applies(Operation operation, int position, QString *reason) const {
    const BillRecord &b = m_store.bill(position);
    if (b.locked) {
        *reason = QStringLiteral("is locked");
        return false;
    }
    if (operation == Operation::Approve && b.status != BillRecord::Pending) {
        *reason = QStringLiteral("is not PENDING");
        return false;
    }
    // docs/m3ter-api.md: a PENDING bill cannot be locked; approve it first.
    if (operation == Operation::Lock && b.status != BillRecord::Approved) {
        *reason = QStringLiteral("is not APPROVED");
        return false;
    }
    return true;
}

bool BillAdmin::select(Operation operation, const Selection &selection, QList<int> *positions,
                       Result *result) const {
    const QString name = operationName(operation);
    QString reason;
    if (!selection.billIds.isEmpty()) {
        QSet<int> seen;
        for (const QString &id : selection.billIds) {
            const int pos = m_store.billPosition(id);
            if (pos < 0) {
                *result = failure(404, QStringLiteral("Bill not found: %1").arg(id));
                return false;
            }
            if (seen.contains(pos)) {
                *result = failure(400, QStringLiteral("Bill %1 is named twice").arg(id));
                return false;
            }
            if (!applies(operation, pos, &reason)) {
                *result =
                    failure(409, QStringLiteral("Cannot %1 bill %2: it %3").arg(name, id, reason));
                return false;
            }
            seen.insert(pos);
            positions->append(pos);
        }
        return true;
    }
    // The newest bills first: month-end work is on the latest bill runs.
    for (int pos = m_store.billCount() - 1; pos >= 0 && positions->size() < selection.count;
         --pos) {
        if (selection.status && m_store.bill(pos).status != *selection.status)
            continue;
        if (applies(operation, pos, &reason))
            positions->append(pos);
    }
    if (positions->size() < selection.count) {
        *result = failure(409, QStringLiteral("Cannot %1 %2 bills: only %3 can be")
                                   .arg(name)
                                   .arg(selection.count)
                                   .arg(positions->size()));
        return false;
    }
    return true;
}

void BillAdmin::change(Operation operation, int position, qint64 nowMs) {
    BillRecord &b = m_store.bill(position);
    ++b.version;
    switch (operation) {
    case Operation::Recalculate:
        // New usage arrived (LineItemGenerator adds it per recalculation), so the line items
        // and the total move; a recalculated APPROVED bill returns to PENDING, and statements
        // generated from the old numbers no longer match (docs/m3ter-api.md, "statementStale").
        ++b.recalculations;
        m_store.forgetTotal(position);
        if (b.status == BillRecord::Approved)
            b.status = BillRecord::Pending;
        if (b.jsonStatementGenerated || b.csvStatementGenerated)
            b.statementStale = true;
        m_store.editEvents(position).recalculatedMs = nowMs;
        break;
    case Operation::Approve:
        b.status = BillRecord::Approved;
        m_store.editEvents(position).approvedMs = nowMs;
        break;
    case Operation::Lock:
        b.locked = true;
        m_store.editEvents(position).lockedMs = nowMs;
        break;
    case Operation::Add:
    case Operation::Remove:
        break;
    }
}

QStringList BillAdmin::add(int count) {
    // One bill run adds them all: they share a new billJobId.
    const int billJob = m_store.addBillJob();
    QList<BillRecord> bills;
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        BillRecord b = DataGenerator::monthEndBill(m_store.config(), m_store.accounts(),
                                                   m_store.referenceDate(),
                                                   m_store.addedBillCount() + quint64(i));
        b.billJob = billJob;
        ids.append(b.id.toString(QUuid::WithoutBraces));
        bills.append(b);
    }
    m_store.addBills(bills);
    return ids;
}

QJsonObject BillAdmin::render(int position) {
    return JsonRenderer::bill(m_store, position, true, false);
}

BillAdmin::Result BillAdmin::apply(Operation operation, const Selection &selection, qint64 nowMs) {
    constexpr int kMaxCount = 100000;
    const bool byIds = !selection.billIds.isEmpty();
    if (byIds == (selection.count > 0))
        return failure(400, QStringLiteral("Give either count (1..%1) or billIds").arg(kMaxCount));
    if (selection.count < 0 || selection.count > kMaxCount)
        return failure(400, QStringLiteral("count must be in 1..%1").arg(kMaxCount));
    if (byIds && selection.status)
        return failure(400, QStringLiteral("status selects among the newest bills; it does not "
                                           "go with billIds"));
    Result result;
    if (operation == Operation::Add) {
        if (byIds || selection.status)
            return failure(400, QStringLiteral("add takes only a count: new bills get new ids"));
        result.billIds = add(selection.count);
        for (const QString &id : std::as_const(result.billIds)) {
            result.before.append(QJsonObject());
            result.after.append(render(m_store.billPosition(id)));
        }
        return result;
    }

    QList<int> positions;
    if (!select(operation, selection, &positions, &result))
        return result;
    for (int pos : std::as_const(positions)) {
        result.billIds.append(m_store.billId(pos));
        result.before.append(render(pos));
    }
    if (operation == Operation::Remove) {
        m_store.removeBills(positions);
        for (int i = 0; i < positions.size(); ++i)
            result.after.append(QJsonObject());
        return result;
    }
    for (int pos : std::as_const(positions)) {
        change(operation, pos, nowMs);
        result.after.append(render(pos));
    }
    return result;
}

} // namespace m3ter::sandbox
