#pragma once

#include "api/ApiError.h"
#include "domain/StatementJob.h"
#include "statements/StatementEntry.h"
#include "statements/StatementFileFactory.h"
#include "statements/StatementQueueSaver.h"
#include "statements/StatementRequestItem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace m3ter {

class ApiClient;
class StatementDownload;
class StatementFileWriter;
class StatementJobPoller;
class StatementQueueJsonCache;
struct StatementQueueSnapshot;

// Generates bill statements and saves them to disk: the engine behind the statements panel.
//
//   auto *queue = new StatementQueue(client, stateFile, targetFolder, this);
//   queue->load();                                  // resume what a previous run left
//   const int submission = queue->submit(items, /*includeCsv=*/true);
//   connect(queue, &StatementQueue::batchFinished, ...);
//
// What happens to each bill (one StatementEntry per bill, in the order submitted):
// 1. Submit: the bills are split into batches of at most 10 for POST …/statementjobs/batch,
//    all sent at once and paced by the ApiClient's RequestPacer. Every entry exists before its
//    POST returns (Stage::Submitting). A POST is never repeated blindly: after an unclear
//    failure the bills' jobs are looked up first (see StatementBatchSubmitter for the rule).
// 2. Track: StatementJobPoller follows the jobs (paged active list for many, final states from
//    the paged status lists, GET …/statementjobs/{id} for a few; 1 s → 10 s back-off) until
//    COMPLETE, CANCELLED or FAILED. A job still unfinished after jobGiveUpAfter() (default 60 min
//    of polling) is no longer followed: its entry ends Failed with an error that says so.
// 3. Download: on COMPLETE the JSON file, and the CSV file if asked for, are streamed to
//    <targetRoot>/<organizationFolder>/<account code>/<bill date>_<bill id>.json|csv through
//    QSaveFile (never a partial file), without the bearer token, at most
//    maxConcurrentDownloads() at a time; the files are written on a thread of their own
//    (StatementFileWriter). An expired link is replaced once via
//    GET …/bills/{id}/statement/json|csv.
// 4. Persist: after every change (coalesced, 100 ms) the queue is written atomically to
//    stateFile: ids, states, target files, errors as kinds (StatementError, translated only when
//    shown, so a change of language applies to old entries too); never tokens or presigned
//    URLs (the job's links live on the entry, in memory only). A new
//    submission is written before its POST leaves (the POST waits for that write, which runs
//    off the GUI thread), so a crash can never leave jobs on the server the file does not know.
//    load() resumes: it re-checks bills whose POST was in flight (lookup, no blind resubmit),
//    polls unfinished jobs and downloads finished ones not yet on disk.
//
// Errors keep everything the user needs: a target folder that cannot be written or a full disk
// leave the entry DownloadFailed with an error that says so (the job stays COMPLETE); after
// setTargetRoot() and retryDownloads() it is fetched again with a fresh link. A FAILED job shows
// why. Polling errors are retried (ApiClient policy, then the next round) and reported with
// warning().
//
// Entries are identified by their id (StatementEntry::id), stable across restarts; rows are the
// order of addition. Entries are appended, and leave only through removeFinished(), which
// announces every removed range of rows (entriesAboutToBeRemoved / entriesRemoved).
// Lives on the ApiClient's thread (the GUI thread); nothing here blocks except the final save
// in the destructor.
class StatementQueue : public QObject {
    Q_OBJECT

public:
    using ms = std::chrono::milliseconds;
    static constexpr int kDefaultMaxConcurrentDownloads = 4;

    // stateFile: where the queue is persisted (empty: not persisted). targetRoot: the folder
    // statements are saved under (changeable with setTargetRoot()).
    StatementQueue(ApiClient *client, const QString &stateFile, const QString &targetRoot,
                   QObject *parent = nullptr);
    // Saves the state synchronously; running downloads are abandoned without a partial file and
    // resume after load() in the next run.
    ~StatementQueue() override;

    // ---- settings
    QString stateFile() const { return m_stateFile; }
    QString targetRoot() const { return m_targetRoot; }
    // Applies to downloads started from now on (e.g. before retryDownloads()).
    void setTargetRoot(const QString &folder) { m_targetRoot = folder; }
    // The <org> folder level; default: the connection's organization id.
    QString organizationFolder() const { return m_orgFolder; }
    void setOrganizationFolder(const QString &name) { m_orgFolder = name; }
    void setPollIntervals(ms minInterval, ms maxInterval);
    // Up to this many active jobs are polled one by one (GET …/statementjobs/{id}); above it, the
    // active list (GET …/statementjobs?active=TRUE).
    void setIndividualPollLimit(int jobs);
    // How long a job is polled without reaching a terminal state before its entry fails
    // (StatementJobPoller::giveUpAfter()).
    void setJobGiveUpAfter(ms limit);
    ms jobGiveUpAfter() const;
    int maxConcurrentDownloads() const { return m_maxDownloads; }
    void setMaxConcurrentDownloads(int downloads);
    // Test seam: the QSaveFile statement files are streamed into (simulates a full disk). Called
    // on the file writer's thread, for downloads started from now on.
    void setFileFactory(StatementFileFactory factory) { m_fileFactory = std::move(factory); }
    // Pause before repeated lookups or a throttled POST (default 1 s); tests shorten it.
    void setSubmitRetryDelayMs(int delayMs) { m_submitRetryDelayMs = delayMs; }
    // Pause before a download is tried again after a transient failure (default 500 ms, doubled
    // for the second retry); tests shorten it.
    void setDownloadRetryDelayMs(int delayMs) { m_downloadRetryDelayMs = delayMs; }
    StatementJobPoller *poller() const { return m_poller; }

    // ---- work
    // Creates statement jobs for the bills (JSON always, CSV if includeCsv) and downloads the
    // results. Repeated bill ids and empty ones are dropped. Returns the submission id that
    // batchFinished() reports, or 0 if nothing was left to submit.
    int submit(const QList<StatementRequestItem> &bills, bool includeCsv);
    // Downloads statements that already exist (Bill.jsonStatementGenerated /
    // csvStatementGenerated) through GET …/bills/{id}/statement/json|csv, without creating jobs.
    // Returns the submission id.
    int downloadExisting(const QList<StatementRequestItem> &bills, bool includeCsv);
    // Cancels the job (POST …/cancel) or the download of these entries. An entry still being
    // submitted is cancelled as soon as its job is known. Finished entries are left alone.
    void cancel(int entryId);
    void cancel(const QList<int> &entryIds);
    void cancelAll();
    // Tries DownloadFailed entries again, into the current targetRoot(), with fresh links. An
    // entry's file already saved under another folder is downloaded again next to the rest.
    void retryDownloads();
    void retryDownloads(const QList<int> &entryIds);
    // Removes every finished entry (StatementEntry::isFinished(): downloaded, failed, cancelled)
    // from the queue and from the state file; files already saved stay on disk. Unfinished
    // entries keep their ids and order. Returns how many were removed.
    int removeFinished();
    // Reads stateFile and resumes. Only on an empty queue; false with a translated *error if
    // the file exists but cannot be read (a missing file is an empty queue, true).
    bool load(QString *error = nullptr);
    // Writes the state file now (blocking); normally not needed.
    void saveNow();

    // ---- state
    int count() const { return int(m_entries.size()); }
    const StatementEntry &at(int row) const { return m_entries.at(row); }
    int rowOf(int entryId) const { return m_rowById.value(entryId, -1); }
    // nullptr for an unknown id.
    const StatementEntry *entry(int entryId) const;
    QList<StatementEntry> entries() const { return m_entries; }
    QList<int> entriesOfSubmission(int submissionId) const;
    int finishedCount() const;
    // Nothing submitting, generating or downloading.
    bool isIdle() const { return finishedCount() == count(); }

signals:
    // A new entry, at row count() - 1.
    void entryAdded(int entryId);
    // removeFinished(): rows firstRow..lastRow (inclusive) are about to go / have gone. Ranges
    // come from the last row up, so the rows of a later signal are still valid; between the
    // two signals of a range the queue's rows already are the new ones.
    void entriesAboutToBeRemoved(int firstRow, int lastRow);
    void entriesRemoved(int firstRow, int lastRow);
    // Anything about the entry changed (stage, job status, files, error, progress bytes).
    void entryChanged(int entryId);
    void downloadProgress(int entryId, qint64 received, qint64 total);
    // Entries finished (any final stage) of all entries.
    void progressChanged(int done, int total);
    // Every entry of one submit()/downloadExisting() call is finished: completeCount were
    // downloaded, failedCount did not make it (failed, cancelled, not submitted, download
    // failed). Emitted again if a retry re-opens the submission.
    void batchFinished(int submissionId, int completeCount, int failedCount);
    // Every entry is finished.
    void idle();
    // A transient problem the queue works around (polling failed, retrying); translated.
    void warning(const QString &text);
    // The state file could not be written; translated. The queue goes on and tries again.
    void saveFailed(const QString &text);

private:
    StatementEntry *find(int entryId);
    int storeEntry(StatementEntry entry);
    int addEntry(StatementEntry entry);
    QList<int> addEntries(QList<StatementEntry> entries); // new ids; one submission's entries
    void logAddedEntries(const QList<int> &entryIds);
    void startSubmitters(const QList<int> &entryIds, bool includeCsv, bool outcomeUnknown);
    void onStateWritten(quint64 ticket);
    void onJobCreated(int entryId, const StatementJob &job);
    void onSubmitFailed(int entryId, const StatementError &error);
    void onJobUpdated(const StatementJob &job);
    void onJobMissing(const QString &jobId, const ApiError &error);
    void onJobGaveUp(const QString &jobId, const QString &lastStatus, qint64 waitedMs);
    void forget(const StatementEntry &entry);
    void reindex();
    void applyJob(StatementEntry &entry, const StatementJob &job);
    void sendCancel(StatementEntry &entry);
    void enqueueDownload(int entryId);
    void pumpDownloads();
    bool startNextFile(int entryId);
    void onDownloadFinished(int entryId, StatementDownload *download);
    void setFinished(StatementEntry &entry, StatementEntry::Stage stage,
                     const StatementError &error);
    void changed(int entryId);
    // One m3ter.statements info line when the entry's stage differs from the last one logged.
    void logStageChange(int entryId);
    void checkProgress();
    void scheduleSave();
    StatementQueueSaver::Producer snapshotProducer() const;

    ApiClient *m_client;
    QString m_stateFile;
    QString m_targetRoot;
    QString m_orgFolder;
    StatementJobPoller *m_poller;
    StatementQueueSaver *m_saver;
    StatementFileWriter *m_fileWriter;
    // The text of unchanged entries, reused by the next save (on the saver's thread).
    std::shared_ptr<StatementQueueJsonCache> m_jsonCache;
    StatementFileFactory m_fileFactory;
    int m_maxDownloads = kDefaultMaxConcurrentDownloads;
    int m_submitRetryDelayMs = 1000;
    int m_downloadRetryDelayMs = 500;

    QList<StatementEntry> m_entries;
    QHash<int, int> m_rowById;
    QHash<QString, int> m_entryByJob;
    int m_nextEntryId = 1;
    int m_nextSubmissionId = 1;

    // submit() calls whose POSTs wait until the state file holds their entries.
    struct AwaitingSave {
        quint64 ticket = 0;
        QList<int> entryIds;
        bool includeCsv = false;
    };
    QList<AwaitingSave> m_submitsAwaitingSave;

    QList<int> m_downloadQueue;
    QHash<int, int> m_loggedStage; // entry id -> the StatementEntry::Stage last logged
    QHash<int, StatementDownload *> m_downloads;
    QSet<QString> m_cancelsInFlight; // job ids
    QSet<int> m_reportedSubmissions;
    // removeFinished(): outcomes of removed entries, so a submission still under way reports
    // all of its bills in batchFinished(); and their job ids, never adopted by a lookup again.
    QHash<int, QPair<int, int>> m_removedOutcomes; // submission -> (complete, failed)
    QSet<QString> m_removedJobs;
    int m_lastDone = -1;
    int m_lastTotal = -1;
    QTimer m_saveTimer;
};

} // namespace m3ter
