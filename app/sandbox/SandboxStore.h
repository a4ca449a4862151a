#pragma once

#include "AccountRecord.h"
#include "BillEvents.h"
#include "BillRecord.h"
#include "LineItemRecord.h"
#include "SandboxConfig.h"
#include "StatementJobRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace m3ter::sandbox {

// The sandbox's data: accounts, compact bills (ordered by billDate then id; a bill's position in
// that order is its handle), the indexes the list filters use, and statement jobs.
// Not thread-safe: it lives in the server's thread. Tests running the server in their own thread
// read it to compute the answer they expect from the API.
class SandboxStore {
public:
    // `config.orgId` must already be resolved (SandboxServer does that).
    explicit SandboxStore(const SandboxConfig &config);

    const SandboxConfig &config() const { return m_config; }
    QString orgId() const { return m_config.orgId; }
    QDate referenceDate() const { return m_referenceDate; }

    const QList<AccountRecord> &accounts() const { return m_accounts; }
    int accountIndex(QStringView id) const;
    int accountIndexByCode(const QString &code) const;
    // Accounts ordered by code: the order of GET …/accounts.
    const QList<int> &accountsByCode() const { return m_accountsByCode; }

    int billCount() const { return int(m_bills.size()); }
    const BillRecord &bill(int position) const { return m_bills.at(position); }
    // Mutable access so tests can set up states (e.g. statementStale) the generator did not.
    BillRecord &bill(int position) { return m_bills[position]; }
    int billPosition(QStringView id) const;
    QString billId(int position) const;
    const AccountRecord &accountOf(int position) const;
    QString billJobId(int position) const;
    int billJobIndex(QStringView id) const;
    const QList<int> &billsOfAccount(int account) const { return m_byAccount.at(account); }
    const QList<int> &billsOfBillJob(int job) const { return m_byBillJob.at(job); }

    QList<LineItemRecord> lineItems(int position) const;
    qint64 billTotalMinor(int position);

    // Month-end changes (BillAdmin, the admin route). Adding or removing bills keeps the API
    // order, so every position may move: a position is valid until the next add or remove.
    // Statement jobs follow their bills; those of a removed bill go with it.
    // Adds bills (sequence numbers are assigned here); their ids must be new.
    void addBills(const QList<BillRecord> &bills);
    void removeBills(const QList<int> &positions);
    // Bills added so far: BillAdmin numbers the next ones from it, so they repeat per seed.
    quint64 addedBillCount() const { return m_addedBills; }
    // A new bill run (bill job) id for bills added together; its index.
    int addBillJob();
    // The bill's amounts changed (a recalculation): its total is computed again when asked.
    void forgetTotal(int position) { m_bills[position].totalKnown = false; }
    // When the admin route changed the bill; null when it never did.
    const BillEvents *eventsOf(int position) const;
    BillEvents &editEvents(int position);

    // Test helpers: every bill as the API renders it (list form), and the ids of the bills a
    // GET …/bills filter query such as "status=APPROVED&locked=false" matches, in API order,
    // computed by a plain scan (the API itself uses the indexes). Empty list + *error on an invalid
    // query.
    QList<QJsonObject> bills(bool includeBillTotal = true, bool excludeLineItems = true);
    QStringList matchingBillIds(const QString &filterQuery, QString *error = nullptr) const;

    // Statement jobs, in creation order.
    StatementJobRecord &addJob(int billPosition, bool includeCsv, bool hasFilters,
                               const QStringList &meterIds, qint64 nowMs);
    int jobCount() const { return int(m_jobs.size()); }
    const StatementJobRecord &job(int index) const { return m_jobs.at(index); }
    StatementJobRecord &job(int index) { return m_jobs[index]; }
    int jobIndex(QStringView id) const;
    // Applies finished jobs to their bills (statement flags). Called before every request, so
    // job progress needs no timers.
    void settleJobs(qint64 nowMs);

private:
    // Rebuilds every position-keyed index after bills were added or removed (positions of
    // statement jobs included); `jobBills` holds each job's bill id from before the change.
    void reindex(const QList<QUuid> &jobBills);
    QList<QUuid> jobBillIds() const;

    SandboxConfig m_config;
    QDate m_referenceDate;
    QList<AccountRecord> m_accounts;
    QList<int> m_accountsByCode;
    QHash<QUuid, int> m_accountById;
    QHash<QString, int> m_accountByCode;
    QList<BillRecord> m_bills;
    QHash<QUuid, int> m_billById;
    QList<QUuid> m_billJobIds;
    QHash<QUuid, int> m_billJobById;
    QList<QList<int>> m_byAccount;
    QList<QList<int>> m_byBillJob;
    QList<StatementJobRecord> m_jobs;
    QHash<QUuid, int> m_jobById;
    QList<int> m_unsettledJobs;
    quint64 m_jobCounter = 0;
    QHash<QUuid, BillEvents> m_events;
    int m_nextSequenceNumber = 1;
    quint64 m_addedBills = 0;
    quint64 m_addedBillJobs = 0;
};

} // namespace m3ter::sandbox
