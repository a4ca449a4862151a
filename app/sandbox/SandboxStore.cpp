#include "SandboxStore.h"

#include "BillListQuery.h"
#include "DataGenerator.h"
#include "JsonRenderer.h"
#include "LineItemGenerator.h"
#include "Prng.h"
#include "QueryParams.h"

#include <QDateTime>
#include <QUrlQuery>

#include <algorithm>
#include <functional>

namespace m3ter::sandbox {

namespace {
QUuid parseUuid(QStringView id) {
    return QUuid::fromString(id);
}
} // namespace

SandboxStore::SandboxStore(const SandboxConfig &config)
    : m_config(config)
    , m_referenceDate(config.referenceDate.isValid() ? config.referenceDate
                                                     : QDateTime::currentDateTimeUtc().date()) {
    DataGenerator::Output data = DataGenerator::generate(m_config, m_referenceDate);
    m_accounts = std::move(data.accounts);
    m_billJobIds = std::move(data.billJobIds);
    m_bills = std::move(data.bills);

    // API order: billDate, then id. QUuid's operator< agrees with the order of the lowercase
    // text form, so clients that sort the strings see the same order.
    std::sort(m_bills.begin(), m_bills.end(), [](const BillRecord &a, const BillRecord &b) {
        return a.billDate != b.billDate ? a.billDate < b.billDate : a.id < b.id;
    });

    m_accountById.reserve(m_accounts.size());
    for (int i = 0; i < m_accounts.size(); ++i) {
        m_accountById.insert(m_accounts.at(i).id, i);
        m_accountByCode.insert(m_accounts.at(i).code, i);
        m_accountsByCode.append(i);
    }
    std::sort(m_accountsByCode.begin(), m_accountsByCode.end(),
              [this](int a, int b) { return m_accounts.at(a).code < m_accounts.at(b).code; });
    for (int i = 0; i < m_billJobIds.size(); ++i)
        m_billJobById.insert(m_billJobIds.at(i), i);

    for (BillRecord &b : m_bills)
        b.sequenceNumber = m_nextSequenceNumber++;
    reindex({});
}

void SandboxStore::reindex(const QList<QUuid> &jobBills) {
    m_billById.clear();
    m_billById.reserve(m_bills.size());
    m_byAccount = QList<QList<int>>(m_accounts.size());
    m_byBillJob = QList<QList<int>>(m_billJobIds.size());
    for (int pos = 0; pos < m_bills.size(); ++pos) {
        const BillRecord &b = m_bills.at(pos);
        m_billById.insert(b.id, pos);
        m_byAccount[b.account].append(pos);
        m_byBillJob[b.billJob].append(pos);
    }
    if (jobBills.isEmpty())
        return;
    // Jobs of bills that are gone go too; the others point at their bill's new position.
    QList<StatementJobRecord> kept;
    for (int i = 0; i < m_jobs.size(); ++i) {
        const int pos = m_billById.value(jobBills.at(i), -1);
        if (pos < 0)
            continue;
        kept.append(m_jobs.at(i));
        kept.last().bill = pos;
    }
    m_jobs = std::move(kept);
    m_jobById.clear();
    m_unsettledJobs.clear();
    for (int i = 0; i < m_jobs.size(); ++i) {
        m_jobById.insert(m_jobs.at(i).id, i);
        if (!m_jobs.at(i).settled)
            m_unsettledJobs.append(i);
    }
}

QList<QUuid> SandboxStore::jobBillIds() const {
    QList<QUuid> ids;
    ids.reserve(m_jobs.size());
    for (const StatementJobRecord &job : m_jobs)
        ids.append(m_bills.at(job.bill).id);
    return ids;
}

void SandboxStore::addBills(const QList<BillRecord> &bills) {
    const QList<QUuid> jobBills = jobBillIds();
    for (BillRecord b : bills) {
        b.sequenceNumber = m_nextSequenceNumber++;
        m_bills.append(b);
        ++m_addedBills;
    }
    std::sort(m_bills.begin(), m_bills.end(), [](const BillRecord &a, const BillRecord &b) {
        return a.billDate != b.billDate ? a.billDate < b.billDate : a.id < b.id;
    });
    reindex(jobBills);
}

void SandboxStore::removeBills(const QList<int> &positions) {
    const QList<QUuid> jobBills = jobBillIds();
    QList<int> sorted = positions;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (int pos : sorted) {
        m_events.remove(m_bills.at(pos).id);
        m_bills.removeAt(pos); // the order of the others stays
    }
    reindex(jobBills);
}

int SandboxStore::addBillJob() {
    Prng rng(Prng::mix(Prng::mix(m_config.seed, "added bill runs"), m_addedBillJobs++));
    const QUuid id = rng.uuid();
    m_billJobById.insert(id, int(m_billJobIds.size()));
    m_billJobIds.append(id);
    m_byBillJob.append(QList<int>());
    return int(m_billJobIds.size()) - 1;
}

const BillEvents *SandboxStore::eventsOf(int position) const {
    const auto it = m_events.constFind(m_bills.at(position).id);
    return it == m_events.cend() ? nullptr : &it.value();
}

BillEvents &SandboxStore::editEvents(int position) {
    return m_events[m_bills.at(position).id];
}

int SandboxStore::accountIndex(QStringView id) const {
    return m_accountById.value(parseUuid(id), -1);
}

int SandboxStore::accountIndexByCode(const QString &code) const {
    return m_accountByCode.value(code, -1);
}

int SandboxStore::billPosition(QStringView id) const {
    const QUuid uuid = parseUuid(id);
    return uuid.isNull() ? -1 : m_billById.value(uuid, -1);
}

QString SandboxStore::billId(int position) const {
    return m_bills.at(position).id.toString(QUuid::WithoutBraces);
}

const AccountRecord &SandboxStore::accountOf(int position) const {
    return m_accounts.at(m_bills.at(position).account);
}

QString SandboxStore::billJobId(int position) const {
    return m_billJobIds.at(m_bills.at(position).billJob).toString(QUuid::WithoutBraces);
}

int SandboxStore::billJobIndex(QStringView id) const {
    return m_billJobById.value(parseUuid(id), -1);
}

QList<LineItemRecord> SandboxStore::lineItems(int position) const {
    return LineItemGenerator::generate(m_config.seed, m_bills.at(position), accountOf(position));
}

qint64 SandboxStore::billTotalMinor(int position) {
    BillRecord &b = m_bills[position];
    if (!b.totalKnown) {
        qint64 sum = 0;
        for (const LineItemRecord &li : lineItems(position))
            sum += li.subtotalMinor;
        b.totalMinor = sum + b.totalAdjustmentMinor;
        b.totalKnown = true;
    }
    return b.totalMinor;
}

QList<QJsonObject> SandboxStore::bills(bool includeBillTotal, bool excludeLineItems) {
    QList<QJsonObject> out;
    out.reserve(m_bills.size());
    for (int pos = 0; pos < m_bills.size(); ++pos)
        out.append(JsonRenderer::bill(*this, pos, includeBillTotal, !excludeLineItems));
    return out;
}

QStringList SandboxStore::matchingBillIds(const QString &filterQuery, QString *error) const {
    QString parseError;
    const BillListQuery query =
        BillListQuery::parse(QueryParams(QUrlQuery(filterQuery)), *this, &parseError);
    if (!parseError.isEmpty()) {
        if (error)
            *error = parseError;
        return {};
    }
    QStringList ids;
    for (int pos = 0; pos < m_bills.size(); ++pos) {
        if (query.matches(m_bills.at(pos), pos))
            ids.append(billId(pos));
    }
    return ids;
}

StatementJobRecord &SandboxStore::addJob(int billPosition, bool includeCsv, bool hasFilters,
                                         const QStringList &meterIds, qint64 nowMs) {
    const quint64 n = m_jobCounter++;
    Prng rng(Prng::mix(Prng::mix(m_config.seed, "statementjobs"), n));
    StatementJobRecord job;
    job.id = rng.uuid();
    job.bill = billPosition;
    job.includeCsvFormat = includeCsv;
    job.hasFilters = hasFilters;
    job.meterIds = meterIds;
    const qint64 durationMs = qMax<qint64>(0, qRound64(m_config.jobSeconds * 1000.0));
    job.createdMs = nowMs;
    job.runningAtMs = nowMs + durationMs / 4;
    job.finishedAtMs = nowMs + durationMs;
    const bool randomFailure = rng.unit() < m_config.jobFailureRate;
    job.willFail = randomFailure || m_bills.at(billPosition).statementJobsFail;
    m_jobById.insert(job.id, int(m_jobs.size()));
    m_unsettledJobs.append(int(m_jobs.size()));
    m_jobs.append(job);
    settleJobs(nowMs);
    return m_jobs.last();
}

int SandboxStore::jobIndex(QStringView id) const {
    const QUuid uuid = parseUuid(id);
    return uuid.isNull() ? -1 : m_jobById.value(uuid, -1);
}

void SandboxStore::settleJobs(qint64 nowMs) {
    for (auto it = m_unsettledJobs.begin(); it != m_unsettledJobs.end();) {
        StatementJobRecord &job = m_jobs[*it];
        const StatementJobRecord::Status status = job.statusAt(nowMs);
        if (status == StatementJobRecord::Pending || status == StatementJobRecord::Running) {
            ++it;
            continue;
        }
        if (status == StatementJobRecord::Complete) {
            BillRecord &b = m_bills[job.bill];
            b.jsonStatementGenerated = true;
            b.csvStatementGenerated = b.csvStatementGenerated || job.includeCsvFormat;
            // A job asked for before the bill's last recalculation made its statement from the
            // numbers that recalculation replaced.
            const BillEvents *ev = eventsOf(job.bill);
            b.statementStale = ev && job.createdMs < ev->recalculatedMs;
        }
        job.settled = true;
        it = m_unsettledJobs.erase(it);
    }
}

} // namespace m3ter::sandbox
