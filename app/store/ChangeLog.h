#pragma once

#include "models/BillRow.h"
#include "store/BillChange.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace m3ter {

// "What changed since I last looked": the store's change records and how a refresh makes them.
// Before a refresh rewrites a bill, the bill's row as stored (and whether the filter held it) is
// kept aside, once per filter until a refresh of it completes; the completion compares those
// rows with what the refresh wrote (ChangeDetector) and with the bills it no longer returned,
// and records the differences. An abandoned refresh thus loses no change: the next completed one
// still compares with the state before it. Records stay until the user marks them reviewed (the
// baseline), per bill or all at once. Runs on the thread that owns the connection, inside the
// writer's transactions.
class ChangeLog {
public:
    explicit ChangeLog(QSqlDatabase db);

    // A bill about to be written: its id and its row as BillRowCodec encodes it.
    struct StoredRow {
        QString id;
        QString json;
    };
    // Before the rows are written: keeps aside those that change or join the filter.
    bool snapshot(const QString &filterKey, const QVector<StoredRow> &rows, QString *error);

    // Records the changes of the filter's completing refresh `refreshId`; call it before the
    // bills the refresh did not return leave the filter. The number recorded, or -1.
    int recordRefresh(const QString &filterKey, quint64 refreshId, qint64 detectedAtMSecs,
                      QString *error);

    // A bill opened again: compares the line items of the detail stored for it (if any) with
    // those of `bill` (LineItemChangeDetector) and records the differences; call it before the
    // new detail replaces the stored one. The number recorded, or -1. Nothing is compared when
    // no detail was stored or either has no "lineItems" array (a bill fetched without them).
    int recordDetail(const QString &billId, const QJsonObject &bill, qint64 detectedAtMSecs,
                     QString *error);

    // The filter key a detail's changes are recorded under ("bills/<id>": what was fetched).
    static QString detailKey(const QString &billId);

    // In the order found; reviewed ones too when asked.
    QVector<BillChange> list(bool includeReviewed = false) const;

    // Moves the baseline: every change recorded so far (of `billId` only, when not empty) is
    // reviewed. The number marked, or -1.
    int markReviewed(const QString &billId, QString *error);

private:
    // Appends the records, found under `filterKey` at `detectedAtMSecs`; false with a reason.
    bool insert(const QVector<BillChange> &changes, const QString &filterKey,
                qint64 detectedAtMSecs, QString *error);

    QSqlDatabase m_db;
};

} // namespace m3ter
