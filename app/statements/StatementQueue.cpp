#include "statements/StatementQueue.h"

#include "api/ApiClient.h"
#include "api/CancelStatementJobRequest.h"
#include "statements/StatementBatchSubmitter.h"
#include "statements/StatementBatches.h"
#include "statements/StatementDownload.h"
#include "statements/StatementFileNames.h"
#include "statements/StatementFileWriter.h"
#include "statements/StatementJobPoller.h"
#include "statements/StatementQueueJsonCache.h"
#include "statements/StatementQueueSaver.h"
#include "statements/StatementQueueSnapshot.h"
#include "statements/StatementsLogging.h"

#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <QVarLengthArray>

#include <utility>

namespace m3ter {

namespace {

QDateTime nowUtc() {
    return QDateTime::currentDateTimeUtc();
}

} // namespace

StatementQueue::StatementQueue(ApiClient *client, const QString &stateFile,
                               const QString &targetRoot, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_stateFile(stateFile)
    , m_targetRoot(targetRoot)
    , m_orgFolder(client->connection().orgId)
    , m_poller(new StatementJobPoller(client, this))
    , m_saver(new StatementQueueSaver(stateFile, this))
    , m_fileWriter(new StatementFileWriter(this))
    , m_jsonCache(std::make_shared<StatementQueueJsonCache>())
    , m_fileFactory(defaultStatementFileFactory()) {
    connect(m_poller, &StatementJobPoller::jobUpdated, this, &StatementQueue::onJobUpdated);
    connect(m_poller, &StatementJobPoller::jobMissing, this, &StatementQueue::onJobMissing);
    connect(m_poller, &StatementJobPoller::gaveUp, this, &StatementQueue::onJobGaveUp);
    connect(m_poller, &StatementJobPoller::pollFailed, this, [this](const ApiError &error) {
        emit warning(tr("Checking the statement jobs failed, trying again shortly: %1")
                         .arg(error.userText()));
    });
    connect(m_saver, &StatementQueueSaver::saveFailed, this, &StatementQueue::saveFailed);
    connect(m_saver, &StatementQueueSaver::written, this, &StatementQueue::onStateWritten);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(100);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { m_saver->save(snapshotProducer()); });
}

StatementQueue::~StatementQueue() {
    m_saveTimer.stop();
    // Nothing may start from here on; submissions still waiting for their first save are saved
    // as Submitting and looked up after load().
    m_saver->disconnect(this);
    // Downloads are dropped without a trace on disk (QSaveFile); their entries are saved as
    // Downloading and resume after load().
    const auto downloads = m_downloads;
    m_downloads.clear();
    for (StatementDownload *download : downloads) {
        download->disconnect(this);
        delete download;
    }
    // Waits for the writer's thread: the dropped downloads' files are gone when this returns.
    delete m_fileWriter;
    m_fileWriter = nullptr;
    if (!m_stateFile.isEmpty()) {
        m_saver->save(snapshotProducer());
        m_saver->flush();
    }
}

void StatementQueue::setPollIntervals(ms minInterval, ms maxInterval) {
    m_poller->setIntervals(minInterval, maxInterval);
}

void StatementQueue::setIndividualPollLimit(int jobs) {
    m_poller->setIndividualLimit(jobs);
}

void StatementQueue::setJobGiveUpAfter(ms limit) {
    m_poller->setGiveUpAfter(limit);
}

StatementQueue::ms StatementQueue::jobGiveUpAfter() const {
    return m_poller->giveUpAfter();
}

void StatementQueue::setMaxConcurrentDownloads(int downloads) {
    m_maxDownloads = qMax(1, downloads);
    pumpDownloads();
}

const StatementEntry *StatementQueue::entry(int entryId) const {
    const int row = rowOf(entryId);
    return row < 0 ? nullptr : &m_entries.at(row);
}

StatementEntry *StatementQueue::find(int entryId) {
    const int row = rowOf(entryId);
    return row < 0 ? nullptr : &m_entries[row];
}

QList<int> StatementQueue::entriesOfSubmission(int submissionId) const {
    QList<int> ids;
    for (const StatementEntry &e : m_entries) {
        if (e.submissionId == submissionId)
            ids.append(e.id);
    }
    return ids;
}

int StatementQueue::finishedCount() const {
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const StatementEntry &e) { return e.isFinished(); }));
}

// Appends the entry and indexes it; no signal, no log line (the callers say it).
int StatementQueue::storeEntry(StatementEntry entry) {
    if (entry.id <= 0)
        entry.id = m_nextEntryId++;
    const int id = entry.id;
    m_rowById.insert(id, int(m_entries.size()));
    if (!entry.jobId.isEmpty())
        m_entryByJob.insert(entry.jobId, id);
    m_entries.append(std::move(entry));
    return id;
}

int StatementQueue::addEntry(StatementEntry entry) {
    const int id = storeEntry(std::move(entry));
    logStageChange(id);
    emit entryAdded(id);
    return id;
}

// A submission's entries, all at once: stored first, then announced, so the job model inserts
// them as one block of rows (its view reacted to each single-row insert in turn: most of a
// 1,000-bill submit's time on the GUI thread).
QList<int> StatementQueue::addEntries(QList<StatementEntry> entries) {
    QList<int> ids;
    ids.reserve(entries.size());
    m_entries.reserve(m_entries.size() + entries.size());
    for (StatementEntry &entry : entries)
        ids.append(storeEntry(std::move(entry)));
    logAddedEntries(ids);
    for (int id : std::as_const(ids))
        emit entryAdded(id);
    return ids;
}

// ---- submit

int StatementQueue::submit(const QList<StatementRequestItem> &bills, bool includeCsv) {
    const QList<StatementRequestItem> items = StatementBatches::unique(bills);
    if (items.isEmpty())
        return 0;
    const int submission = m_nextSubmissionId++;
    const QDateTime started = nowUtc();
    QList<StatementEntry> entries;
    entries.reserve(items.size());
    for (const StatementRequestItem &item : items) {
        StatementEntry e;
        e.submissionId = submission;
        e.item = item;
        e.includeCsv = includeCsv;
        e.stage = StatementEntry::Stage::Submitting;
        e.submittedAt = started;
        entries.append(std::move(e));
    }
    const QList<int> ids = addEntries(std::move(entries));
    checkProgress();
    if (m_stateFile.isEmpty()) {
        startSubmitters(ids, includeCsv, false);
        return submission;
    }
    // Persist the intent before the POST leaves: if the app dies while it is in flight, the
    // next run finds these entries (Submitting, no job) and looks their jobs up instead of
    // losing track of jobs the server may already have created. Written off the GUI thread;
    // the POST follows once the write was attempted (if it failed, saveFailed() said so and the
    // work goes on: the state file is a safety net, not a precondition).
    m_saveTimer.stop();
    const quint64 ticket = m_saver->save(snapshotProducer());
    m_submitsAwaitingSave.append({ticket, ids, includeCsv});
    return submission;
}

void StatementQueue::onStateWritten(quint64 ticket) {
    while (!m_submitsAwaitingSave.isEmpty() && m_submitsAwaitingSave.first().ticket <= ticket) {
        const AwaitingSave waiting = m_submitsAwaitingSave.takeFirst();
        startSubmitters(waiting.entryIds, waiting.includeCsv, false);
    }
}

void StatementQueue::startSubmitters(const QList<int> &entryIds, bool includeCsv,
                                     bool outcomeUnknown) {
    for (qsizetype i = 0; i < entryIds.size(); i += StatementBatches::kMaxPerBatch) {
        QList<StatementBatchSubmitter::Bill> bills;
        QDateTime started;
        for (int id : entryIds.mid(i, StatementBatches::kMaxPerBatch)) {
            const StatementEntry *e = entry(id);
            bills.append({id, e->item.billId});
            if (!started.isValid() || e->submittedAt < started)
                started = e->submittedAt;
        }
        if (!started.isValid())
            started = nowUtc();
        auto *submitter = new StatementBatchSubmitter(m_client, bills, includeCsv, started, this);
        submitter->setRetryDelayMs(m_submitRetryDelayMs);
        submitter->setKnownJobFilter([this](const QString &jobId) {
            return m_entryByJob.contains(jobId) || m_removedJobs.contains(jobId);
        });
        connect(submitter, &StatementBatchSubmitter::jobCreated, this,
                [this](int entryId, const StatementJob &job, bool) { onJobCreated(entryId, job); });
        connect(submitter, &StatementBatchSubmitter::submitFailed, this,
                &StatementQueue::onSubmitFailed);
        connect(submitter, &StatementBatchSubmitter::finished, submitter, &QObject::deleteLater);
        submitter->start(outcomeUnknown);
    }
}

void StatementQueue::onJobCreated(int entryId, const StatementJob &job) {
    StatementEntry *e = find(entryId);
    if (!e)
        return;
    e->jobId = job.id;
    m_entryByJob.insert(job.id, entryId);
    applyJob(*e, job);
    if (!job.isTerminal()) {
        m_poller->track(job.id);
        if (e->cancelRequested)
            sendCancel(*e);
    }
    changed(entryId);
}

void StatementQueue::onSubmitFailed(int entryId, const StatementError &error) {
    StatementEntry *e = find(entryId);
    if (!e)
        return;
    setFinished(*e, StatementEntry::Stage::SubmitFailed, error);
    changed(entryId);
}

// ---- track

void StatementQueue::onJobUpdated(const StatementJob &job) {
    const int entryId = m_entryByJob.value(job.id, 0);
    StatementEntry *e = find(entryId);
    if (!e)
        return;
    applyJob(*e, job);
    changed(entryId);
}

void StatementQueue::onJobMissing(const QString &jobId, const ApiError &error) {
    const int entryId = m_entryByJob.value(jobId, 0);
    StatementEntry *e = find(entryId);
    if (!e || e->isFinished())
        return;
    StatementError failure = StatementError::withApi(StatementError::Kind::JobMissing, error);
    failure.jobId = jobId;
    setFinished(*e, StatementEntry::Stage::Failed, failure);
    changed(entryId);
}

void StatementQueue::onJobGaveUp(const QString &jobId, const QString &lastStatus, qint64 waitedMs) {
    const int entryId = m_entryByJob.value(jobId, 0);
    StatementEntry *e = find(entryId);
    if (!e || e->isFinished())
        return;
    StatementError failure = StatementError::withJob(StatementError::Kind::GaveUpWaiting, jobId);
    failure.jobStatus = lastStatus;
    failure.waitedMs = waitedMs;
    setFinished(*e, StatementEntry::Stage::Failed, failure);
    changed(entryId);
}

void StatementQueue::applyJob(StatementEntry &e, const StatementJob &job) {
    e.jobStatus = job.statementJobStatus;
    if (!job.jsonStatementStatus.isEmpty())
        e.jsonStatementStatus = job.jsonStatementStatus;
    if (!job.csvStatementStatus.isEmpty())
        e.csvStatementStatus = job.csvStatementStatus;
    if (e.stage != StatementEntry::Stage::Submitting &&
        e.stage != StatementEntry::Stage::Generating)
        return; // already past the job (downloading, or cancelled by the user)

    const QString &status = job.statementJobStatus;
    if (status == StatementJobStatus::Complete) {
        // The job's own links are fresh right now; a queued download that waits too long
        // for them gets new ones (StatementDownload).
        e.freshJsonUrl = job.presignedJsonStatementUrl;
        e.freshCsvUrl = job.presignedCsvStatementUrl;
        e.stage = StatementEntry::Stage::WaitingForDownload;
        e.error = {};
        enqueueDownload(e.id);
    } else if (status == StatementJobStatus::Failed) {
        // m3ter reports no reason with a failed job (docs/m3ter-api.md, "StatementJob"), so say
        // what we know.
        setFinished(e, StatementEntry::Stage::Failed,
                    StatementError::withJob(StatementError::Kind::JobFailed, job.id));
    } else if (status == StatementJobStatus::Cancelled) {
        setFinished(e, StatementEntry::Stage::Cancelled,
                    StatementError::of(StatementError::Kind::JobCancelled));
    } else {
        // PENDING, RUNNING, or a status this version does not know: keep polling.
        e.stage = StatementEntry::Stage::Generating;
    }
}

// ---- cancel

void StatementQueue::cancel(int entryId) {
    StatementEntry *e = find(entryId);
    if (!e || e->isFinished())
        return;
    switch (e->stage) {
    case StatementEntry::Stage::Submitting:
        e->cancelRequested = true; // sent once the job id is known
        break;
    case StatementEntry::Stage::Generating:
        e->cancelRequested = true;
        sendCancel(*e);
        break;
    case StatementEntry::Stage::WaitingForDownload:
    case StatementEntry::Stage::Downloading:
        m_downloadQueue.removeAll(entryId);
        if (StatementDownload *download = m_downloads.value(entryId))
            download->abort();
        setFinished(*e, StatementEntry::Stage::Cancelled,
                    StatementError::of(StatementError::Kind::DownloadCancelled));
        break;
    default:
        return;
    }
    changed(entryId);
}

void StatementQueue::cancel(const QList<int> &entryIds) {
    for (int id : entryIds)
        cancel(id);
}

void StatementQueue::cancelAll() {
    QList<int> ids;
    for (const StatementEntry &e : std::as_const(m_entries)) {
        if (!e.isFinished())
            ids.append(e.id);
    }
    cancel(ids);
}

void StatementQueue::sendCancel(StatementEntry &e) {
    if (e.jobId.isEmpty() || m_cancelsInFlight.contains(e.jobId))
        return;
    const QString jobId = e.jobId;
    m_cancelsInFlight.insert(jobId);
    auto *request = new CancelStatementJobRequest(m_client, jobId, this);
    connect(request, &CancelStatementJobRequest::succeeded, this, [this](const StatementJob &job) {
        m_poller->untrack(job.id);
        onJobUpdated(job);
    });
    connect(request, &CancelStatementJobRequest::failed, this,
            [this, jobId](const ApiError &error) {
                if (error.kind == ApiError::Kind::Cancelled)
                    return;
                // Most likely the job finished first (400): the poller learns its final state.
                // Otherwise the answer was lost; the next poll shows whether it took effect.
                if (error.httpStatus != 400)
                    emit warning(
                        tr("The statement job could not be cancelled: %1").arg(error.userText()));
                m_poller->pollSoon();
            });
    connect(request, &CancelStatementJobRequest::finished, this, [this, request, jobId] {
        m_cancelsInFlight.remove(jobId);
        request->deleteLater();
    });
    request->start();
}

// ---- download

int StatementQueue::downloadExisting(const QList<StatementRequestItem> &bills, bool includeCsv) {
    const QList<StatementRequestItem> items = StatementBatches::unique(bills);
    if (items.isEmpty())
        return 0;
    const int submission = m_nextSubmissionId++;
    const QDateTime started = nowUtc();
    QList<StatementEntry> entries;
    entries.reserve(items.size());
    for (const StatementRequestItem &item : items) {
        StatementEntry e;
        e.submissionId = submission;
        e.item = item;
        e.includeCsv = includeCsv;
        e.existingStatement = true;
        e.stage = StatementEntry::Stage::WaitingForDownload;
        e.submittedAt = started;
        entries.append(std::move(e));
    }
    for (int id : addEntries(std::move(entries)))
        enqueueDownload(id);
    checkProgress();
    scheduleSave();
    return submission;
}

void StatementQueue::retryDownloads() {
    QList<int> ids;
    for (const StatementEntry &e : std::as_const(m_entries)) {
        if (e.stage == StatementEntry::Stage::DownloadFailed)
            ids.append(e.id);
    }
    retryDownloads(ids);
}

void StatementQueue::retryDownloads(const QList<int> &entryIds) {
    for (int id : entryIds) {
        StatementEntry *e = find(id);
        if (!e || e->stage != StatementEntry::Stage::DownloadFailed)
            continue;
        // One entry's files belong together: a file already saved elsewhere (before the user
        // chose another folder) is fetched again into the current one. The old copy stays.
        const auto movedAway = [&](const QString &saved, StatementFormat format) {
            return !saved.isEmpty() && saved != StatementFileNames::filePath(
                                                    m_targetRoot, m_orgFolder, e->item.accountCode,
                                                    e->item.billDate, e->item.billId, format);
        };
        if (movedAway(e->jsonFile, StatementFormat::Json))
            e->jsonFile.clear();
        if (movedAway(e->csvFile, StatementFormat::Csv))
            e->csvFile.clear();
        e->stage = StatementEntry::Stage::WaitingForDownload;
        e->error = {};
        e->finishedAt = QDateTime();
        m_reportedSubmissions.remove(e->submissionId);
        changed(id);
        enqueueDownload(id);
    }
}

void StatementQueue::enqueueDownload(int entryId) {
    if (m_downloads.contains(entryId) || m_downloadQueue.contains(entryId))
        return;
    m_downloadQueue.append(entryId);
    // Not right away: the caller may be in the middle of updating the entry.
    QMetaObject::invokeMethod(this, &StatementQueue::pumpDownloads, Qt::QueuedConnection);
}

void StatementQueue::pumpDownloads() {
    while (m_downloads.size() < m_maxDownloads && !m_downloadQueue.isEmpty()) {
        const int id = m_downloadQueue.takeFirst();
        startNextFile(id);
    }
}

// Starts the next missing file of the entry; false (and the entry settled) when none is left.
bool StatementQueue::startNextFile(int entryId) {
    StatementEntry *e = find(entryId);
    if (!e || (e->stage != StatementEntry::Stage::WaitingForDownload &&
               e->stage != StatementEntry::Stage::Downloading))
        return false;
    StatementFormat format;
    if (e->jsonFile.isEmpty())
        format = StatementFormat::Json;
    else if (e->includeCsv && e->csvFile.isEmpty())
        format = StatementFormat::Csv;
    else {
        setFinished(*e, StatementEntry::Stage::Downloaded, {});
        changed(entryId);
        return false;
    }
    const QString path = StatementFileNames::filePath(
        m_targetRoot, m_orgFolder, e->item.accountCode, e->item.billDate, e->item.billId, format);
    // A link is good for one download: a retry asks for a fresh one.
    const QUrl freshUrl =
        std::exchange(format == StatementFormat::Json ? e->freshJsonUrl : e->freshCsvUrl, QUrl());
    auto *download = new StatementDownload(m_client, e->item.billId, format, path, freshUrl,
                                           m_fileWriter, m_fileFactory, this);
    download->setRetryDelayMs(m_downloadRetryDelayMs);
    m_downloads.insert(entryId, download);
    e->stage = StatementEntry::Stage::Downloading;
    e->bytesReceived = 0;
    e->bytesTotal = -1;
    connect(download, &StatementDownload::progress, this,
            [this, entryId](qint64 received, qint64 total) {
                if (StatementEntry *entry = find(entryId)) {
                    entry->bytesReceived = received;
                    entry->bytesTotal = total;
                    emit downloadProgress(entryId, received, total);
                    emit entryChanged(entryId); // live only: not worth a save
                }
            });
    connect(download, &StatementDownload::finished, this,
            [this, entryId, download] { onDownloadFinished(entryId, download); });
    download->start();
    changed(entryId);
    return true;
}

void StatementQueue::onDownloadFinished(int entryId, StatementDownload *download) {
    if (m_downloads.value(entryId) == download)
        m_downloads.remove(entryId);
    download->deleteLater();
    StatementEntry *e = find(entryId);
    if (e && e->stage == StatementEntry::Stage::Downloading) {
        if (download->ok()) {
            if (download->format() == StatementFormat::Json)
                e->jsonFile = download->targetPath();
            else
                e->csvFile = download->targetPath();
            changed(entryId);
            // The entry keeps its slot for its next file.
            m_downloadQueue.prepend(entryId);
        } else {
            // The job stays COMPLETE on the server; retryDownloads() picks it up again.
            setFinished(*e, StatementEntry::Stage::DownloadFailed, download->error());
            changed(entryId);
        }
    }
    pumpDownloads();
}

// ---- clear

int StatementQueue::removeFinished() {
    int removed = 0;
    // Contiguous ranges from the bottom up, so the rows of the next (higher) range never move.
    for (int last = count() - 1; last >= 0; --last) {
        if (!m_entries.at(last).isFinished())
            continue;
        int first = last;
        while (first > 0 && m_entries.at(first - 1).isFinished())
            --first;
        emit entriesAboutToBeRemoved(first, last);
        for (int row = first; row <= last; ++row)
            forget(m_entries.at(row));
        m_entries.remove(first, last - first + 1);
        reindex();
        emit entriesRemoved(first, last);
        removed += last - first + 1;
        last = first;
    }
    if (removed > 0) {
        checkProgress();
        scheduleSave();
    }
    return removed;
}

void StatementQueue::forget(const StatementEntry &e) {
    if (!m_reportedSubmissions.contains(e.submissionId)) {
        auto &outcome = m_removedOutcomes[e.submissionId];
        ++(e.isSuccess() ? outcome.first : outcome.second);
    }
    if (!e.jobId.isEmpty()) {
        m_removedJobs.insert(e.jobId);
        m_poller->untrack(e.jobId); // finished entries are not tracked; this makes sure
    }
    m_downloadQueue.removeAll(e.id);
    m_loggedStage.remove(e.id);
    // A cancelled download may still be winding down: onDownloadFinished() finds no entry.
}

void StatementQueue::reindex() {
    m_rowById.clear();
    m_entryByJob.clear();
    for (int row = 0; row < count(); ++row) {
        const StatementEntry &e = m_entries.at(row);
        m_rowById.insert(e.id, row);
        if (!e.jobId.isEmpty())
            m_entryByJob.insert(e.jobId, e.id);
    }
}

// ---- bookkeeping

void StatementQueue::setFinished(StatementEntry &e, StatementEntry::Stage stage,
                                 const StatementError &error) {
    e.stage = stage;
    e.error = error;
    e.finishedAt = nowUtc();
    e.bytesReceived = 0;
    e.bytesTotal = -1;
}

void StatementQueue::changed(int entryId) {
    logStageChange(entryId);
    emit entryChanged(entryId);
    checkProgress();
    scheduleSave();
}

// One line for a submission's new entries, each with its bill, instead of one line per entry:
// written one by one, the lines of a 1,000-bill submission were most of the click's time on the
// GUI thread (each a formatted message and a write of its own).
void StatementQueue::logAddedEntries(const QList<int> &entryIds) {
    for (int id : entryIds)
        m_loggedStage.insert(id, int(entry(id)->stage));
    if (entryIds.isEmpty() || !lcStatements().isInfoEnabled())
        return;
    const StatementEntry *first = entry(entryIds.first());
    QString text;
    text.reserve(entryIds.size() * 60);
    for (int id : entryIds) {
        const StatementEntry *e = entry(id);
        if (!text.isEmpty())
            text += QLatin1String(", ");
        text += QStringLiteral("entry %1 (bill %2)").arg(id).arg(e->item.billId);
    }
    qCInfo(lcStatements).noquote().nospace()
        << "submission " << first->submissionId << ", " << entryIds.size() << " entries, "
        << StatementEntry::stageKey(first->stage) << ": " << text;
}

void StatementQueue::logStageChange(int entryId) {
    const StatementEntry *e = entry(entryId);
    if (!e || m_loggedStage.value(entryId, -1) == int(e->stage))
        return;
    m_loggedStage.insert(entryId, int(e->stage));
    const QJsonValue error = e->error.toJson();
    qCInfo(lcStatements).noquote().nospace()
        << "entry " << e->id << " (bill " << e->item.billId << ", job "
        << (e->jobId.isEmpty() ? QStringLiteral("none") : e->jobId)
        << "): " << StatementEntry::stageKey(e->stage)
        << (error.isObject() ? QStringLiteral(", error ") + error[QStringLiteral("kind")].toString()
                             : QString());
}

void StatementQueue::checkProgress() {
    // Runs after every change of every entry, so one pass without a hash lookup per entry:
    // the entries of a submission lie next to each other, so the previous entry's tally is
    // nearly always the one to count in.
    struct Tally {
        int submission = 0;
        bool reported = false;
        bool open = false;
        int complete = 0;
        int failed = 0;
    };
    QVarLengthArray<Tally, 4> tallies;
    QHash<int, qsizetype> tallyOf; // submission -> index in tallies
    qsizetype current = -1;
    int done = 0;
    for (const StatementEntry &e : std::as_const(m_entries)) {
        const bool finished = e.isFinished();
        done += finished ? 1 : 0;
        if (current < 0 || tallies[current].submission != e.submissionId) {
            const auto it = tallyOf.constFind(e.submissionId);
            if (it != tallyOf.constEnd()) {
                current = *it;
            } else {
                current = tallies.size();
                tallyOf.insert(e.submissionId, current);
                Tally tally;
                tally.submission = e.submissionId;
                tally.reported = m_reportedSubmissions.contains(e.submissionId);
                tallies.append(tally);
            }
        }
        Tally &tally = tallies[current];
        if (tally.reported)
            continue;
        if (!finished)
            tally.open = true;
        else if (e.isSuccess())
            ++tally.complete;
        else
            ++tally.failed;
    }
    const int total = count();
    if (done != m_lastDone || total != m_lastTotal) {
        m_lastDone = done;
        m_lastTotal = total;
        emit progressChanged(done, total);
    }
    // Submissions whose every entry just became final, in submission order.
    QList<Tally> finished;
    for (const Tally &tally : std::as_const(tallies)) {
        if (!tally.reported && !tally.open)
            finished.append(tally);
    }
    std::sort(finished.begin(), finished.end(),
              [](const Tally &a, const Tally &b) { return a.submission < b.submission; });
    for (const Tally &tally : std::as_const(finished)) {
        m_reportedSubmissions.insert(tally.submission);
        const auto gone = m_removedOutcomes.take(tally.submission);
        emit batchFinished(tally.submission, tally.complete + gone.first,
                           tally.failed + gone.second);
    }
    if (!finished.isEmpty() && done == total)
        emit idle();
}

void StatementQueue::scheduleSave() {
    if (!m_stateFile.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

void StatementQueue::saveNow() {
    m_saveTimer.stop();
    m_saver->save(snapshotProducer());
    m_saver->flush();
}

StatementQueueSaver::Producer StatementQueue::snapshotProducer() const {
    // A copy of the entries (shared, copied only when the queue changes them next) is all the
    // GUI thread does; the JSON is made where the file is written, anew only for the entries
    // that changed since the last save.
    StatementQueueSnapshot snapshot;
    snapshot.entries = m_entries;
    snapshot.nextEntryId = m_nextEntryId;
    snapshot.nextSubmissionId = m_nextSubmissionId;
    return [snapshot, cache = m_jsonCache] { return cache->toJson(snapshot); };
}

// ---- resume

bool StatementQueue::load(QString *error) {
    if (!m_entries.isEmpty()) {
        if (error)
            *error = tr("The statement queue is already in use.");
        return false;
    }
    if (m_stateFile.isEmpty() || !QFile::exists(m_stateFile))
        return true;
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read the saved statement queue %1: %2")
                         .arg(m_stateFile, file.errorString());
        return false;
    }
    StatementQueueSnapshot snapshot;
    if (!StatementQueueSnapshot::fromJson(file.readAll(), &snapshot, error))
        return false;
    m_nextEntryId = snapshot.nextEntryId;
    m_nextSubmissionId = snapshot.nextSubmissionId;

    // Submissions interrupted in the POST, by submission and CSV choice.
    QMap<QPair<int, bool>, QList<int>> interrupted;
    QSet<int> unfinishedSubmissions;
    for (StatementEntry &e : snapshot.entries) {
        if (e.stage == StatementEntry::Stage::Downloading)
            e.stage = StatementEntry::Stage::WaitingForDownload;
        if (!e.isFinished())
            unfinishedSubmissions.insert(e.submissionId);
    }
    for (StatementEntry &e : snapshot.entries) {
        if (!unfinishedSubmissions.contains(e.submissionId))
            m_reportedSubmissions.insert(e.submissionId);
        const int id = addEntry(e);
        switch (e.stage) {
        case StatementEntry::Stage::Submitting:
            if (e.jobId.isEmpty())
                interrupted[qMakePair(e.submissionId, e.includeCsv)].append(id);
            else
                m_poller->track(e.jobId);
            break;
        case StatementEntry::Stage::Generating:
            m_poller->track(e.jobId);
            if (e.cancelRequested)
                sendCancel(*find(id));
            break;
        case StatementEntry::Stage::WaitingForDownload:
            enqueueDownload(id);
            break;
        default:
            break;
        }
    }
    // Whether those POSTs reached m3ter is unknown: look before posting again.
    for (auto it = interrupted.cbegin(); it != interrupted.cend(); ++it)
        startSubmitters(it.value(), it.key().second, true);
    checkProgress();
    return true;
}

} // namespace m3ter
