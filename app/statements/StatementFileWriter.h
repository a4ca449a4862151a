#pragma once

#include "api/StatementFormat.h"
#include "statements/StatementFileFactory.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace m3ter {

// Writes the statement files of StatementDownload away from the GUI thread. Every file system
// step of a download — creating its folder, opening the QSaveFile (a new inode), writing each
// chunk, checking the content (StatementContentCheck) and the commit, which syncs the file to
// disk — runs on one worker thread, in the order asked for. On the GUI thread these steps cost
// 1–2 ms per file, and a sync now and then 15–50 ms: a run of 2,000 files blocked the event
// loop for longer than a frame again and again (docs/BENCHMARKS.md, issue 15 round 4).
//
//   File file = writer->open(path, format, factory, this, [](Outcome o) { … });
//   writer->write(file, chunk, this, [](Outcome o) { … });     // each chunk, in order
//   writer->finish(file, rest, this, [](Outcome o) { … });     // check + commit
//   writer->discard(file, this, [] { … });                     // or give up: nothing is left
//
// Each step's outcome is handed to its callback as a queued call on the receiver's thread
// (the receiver's thread must be the writer's), never if the receiver is gone by then. Steps
// after a failed one of the same file do nothing but report the failure again. The destructor
// waits for the steps already asked for, so a discard asked for just before it still happens.
class StatementFileWriter : public QObject {
    Q_OBJECT

public:
    enum class Result {
        Ok,
        FolderNotCreatable, // open: detail = the folder
        FileNotWritable,    // open: detail = why (QSaveFile::errorString())
        DiskFull,           // write or finish: a write failed; detail = why
        Damaged,            // finish: not a valid statement of its format; detail = where
        SaveFailed,         // finish: the commit failed; detail = why
    };
    struct Outcome {
        Result result = Result::Ok;
        QString detail;
        bool ok() const { return result == Result::Ok; }
    };
    using Done = std::function<void(const Outcome &)>;

    // One file being written; the steps and the caller share it. Only the worker looks inside.
    struct Target;
    using File = std::shared_ptr<Target>;

    explicit StatementFileWriter(QObject *parent = nullptr);
    ~StatementFileWriter() override;

    // Creates the file's folder and opens a QSaveFile from factory for path; the content check
    // for format starts with it.
    File open(const QString &path, StatementFormat format, StatementFileFactory factory,
              QObject *receiver, Done done);
    // Writes the chunk and feeds it to the content check. done reports Ok or DiskFull.
    void write(const File &file, const QByteArray &chunk, QObject *receiver, Done done);
    // Writes rest, finishes the content check and commits: Ok, DiskFull, Damaged or SaveFailed.
    // Anything but Ok leaves no file at the path (an existing one stays untouched).
    void finish(const File &file, const QByteArray &rest, QObject *receiver, Done done);
    // Cancels the file: nothing is left at the path. done (optional) once that happened.
    void discard(const File &file, QObject *receiver = nullptr, std::function<void()> done = {});

private:
    void run(std::function<void()> step);
    // Hands outcome to done on receiver's thread, unless receiver is gone by then. Called on
    // the worker with a guard made on the receiver's thread.
    void deliver(const QPointer<QObject> &receiver, Done done, const Outcome &outcome);

    QThreadPool m_pool;
};

} // namespace m3ter
