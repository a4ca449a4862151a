#include "store/ChangeDetector.h"

namespace m3ter {

namespace {

BillChange change(BillChange::Kind kind, const BillRow &row, const QString &oldValue,
                  const QString &newValue) {
    BillChange c;
    c.kind = kind;
    c.billId = row.id.toString();
    c.accountId = row.accountId;
    c.currency = row.currency;
    c.oldValue = oldValue;
    c.newValue = newValue;
    return c;
}

QString totalText(const BillRow &row) {
    return row.hasTotal ? row.total.toString() : QString();
}

QString flagText(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QVector<BillChange> ChangeDetector::compare(const BillRow &before, const BillRow &after) {
    QVector<BillChange> changes;
    // Exact: 1.5 and 1.50 are the same total; a currency change is a change even at equal value.
    if (before.hasTotal != after.hasTotal || before.currency != after.currency ||
        (after.hasTotal && before.total != after.total)) {
        BillChange c =
            change(BillChange::Kind::TotalChanged, after, totalText(before), totalText(after));
        if (before.currency != after.currency)
            c.oldCurrency = before.currency;
        changes.append(c);
    }
    if (before.status != after.status)
        changes.append(change(BillChange::Kind::StatusChanged, after, before.status, after.status));
    if (before.locked != after.locked)
        changes.append(change(BillChange::Kind::LockedChanged, after, flagText(before.locked),
                              flagText(after.locked)));
    if (!before.statementStale && after.statementStale)
        changes.append(
            change(BillChange::Kind::StatementStale, after, flagText(false), flagText(true)));
    const auto generated = [](const BillRow &row) {
        QStringList kinds;
        if (row.jsonStatementGenerated)
            kinds.append(QStringLiteral("JSON"));
        if (row.csvStatementGenerated)
            kinds.append(QStringLiteral("CSV"));
        return kinds;
    };
    if ((before.jsonStatementGenerated && !after.jsonStatementGenerated) ||
        (before.csvStatementGenerated && !after.csvStatementGenerated))
        changes.append(change(BillChange::Kind::StatementInvalidated, after,
                              generated(before).join(QLatin1Char(' ')),
                              generated(after).join(QLatin1Char(' '))));
    return changes;
}

BillChange ChangeDetector::added(const BillRow &after) {
    return change(BillChange::Kind::Added, after, QString(), totalText(after));
}

BillChange ChangeDetector::removed(const BillRow &before) {
    return change(BillChange::Kind::Removed, before, totalText(before), QString());
}

} // namespace m3ter
