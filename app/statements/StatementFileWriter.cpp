#include "statements/StatementFileWriter.h"

#include "statements/StatementContentCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>

#include <optional>

namespace m3ter {

// Touched only by the steps, which run one at a time on the worker.
struct StatementFileWriter::Target {
    QString path;
    StatementFormat format = StatementFormat::Json;
    StatementFileFactory factory;
    std::unique_ptr<QSaveFile> file;
    std::optional<StatementContentCheck> check;
    // The first failure; every later step reports it again.
    std::optional<Outcome> failure;

    void fail(Result result, const QString &detail) {
        if (!failure)
            failure = Outcome{result, detail};
        close();
    }
    void close() {
        if (file)
            file->cancelWriting(); // QSaveFile removes what it wrote so far
        file.reset();
        check.reset();
    }
    void write(const QByteArray &bytes) {
        if (failure || !file || bytes.isEmpty())
            return;
        check->feed(bytes);
        if (file->write(bytes) != bytes.size())
            fail(Result::DiskFull, file->errorString());
    }
};

StatementFileWriter::StatementFileWriter(QObject *parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(1); // one worker: the steps of a file run in the order asked for
}

StatementFileWriter::~StatementFileWriter() {
    m_pool.waitForDone();
}

void StatementFileWriter::run(std::function<void()> step) {
    m_pool.start(std::move(step));
}

void StatementFileWriter::deliver(const QPointer<QObject> &receiver, Done done,
                                  const Outcome &outcome) {
    // Called on the worker. The writer lives on the receiver's thread and outlives every step
    // (its destructor waits for them), so the call is posted to it; the receiver's guard, made
    // on the receiver's thread, is only carried here and looked at there.
    QMetaObject::invokeMethod(
        this,
        [guard = receiver, done = std::move(done), outcome] {
            if (guard)
                done(outcome);
        },
        Qt::QueuedConnection);
}

StatementFileWriter::File StatementFileWriter::open(const QString &path, StatementFormat format,
                                                    StatementFileFactory factory, QObject *receiver,
                                                    Done done) {
    auto target = std::make_shared<Target>();
    target->path = path;
    target->format = format;
    target->factory = factory ? std::move(factory) : defaultStatementFileFactory();
    const QPointer<QObject> guard(receiver);
    run([this, target, guard, done = std::move(done)]() mutable {
        const QString folder = QFileInfo(target->path).absolutePath();
        if (!QDir().mkpath(folder)) {
            target->fail(Result::FolderNotCreatable, folder);
        } else {
            target->file = target->factory(target->path);
            if (target->file->open(QIODevice::WriteOnly))
                target->check.emplace(target->format);
            else
                target->fail(Result::FileNotWritable, target->file->errorString());
        }
        deliver(guard, std::move(done), target->failure.value_or(Outcome{}));
    });
    return target;
}

void StatementFileWriter::write(const File &file, const QByteArray &chunk, QObject *receiver,
                                Done done) {
    const QPointer<QObject> guard(receiver);
    run([this, file, chunk, guard, done = std::move(done)]() mutable {
        file->write(chunk);
        deliver(guard, std::move(done), file->failure.value_or(Outcome{}));
    });
}

void StatementFileWriter::finish(const File &file, const QByteArray &rest, QObject *receiver,
                                 Done done) {
    const QPointer<QObject> guard(receiver);
    run([this, file, rest, guard, done = std::move(done)]() mutable {
        file->write(rest);
        if (!file->failure && file->file) {
            if (!file->check->finish()) {
                // A 200 with a damaged body (cut short without Qt noticing, an error page,
                // bytes garbled on the way): not the statement, never committed.
                file->fail(Result::Damaged, file->check->errorText());
            } else if (!file->file->commit()) {
                file->fail(Result::SaveFailed, file->file->errorString());
            } else {
                file->file.reset();
                file->check.reset();
            }
        }
        deliver(guard, std::move(done), file->failure.value_or(Outcome{}));
    });
}

void StatementFileWriter::discard(const File &file, QObject *receiver, std::function<void()> done) {
    if (!file)
        return;
    const QPointer<QObject> guard(receiver);
    run([this, file, guard, done = std::move(done)]() mutable {
        file->close();
        if (done)
            deliver(guard, [done = std::move(done)](const Outcome &) { done(); }, {});
    });
}

} // namespace m3ter
