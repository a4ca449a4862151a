#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace m3ter {

// Writes the queue's state file atomically (QSaveFile: the old file stays intact until the new
// one is complete and synced) on a worker thread of its own, because QSaveFile::commit() syncs
// to disk and may take long enough to stall the GUI. Writes happen in order; when several are
// requested while one is running, only the newest is written. flush() is the one blocking call,
// for shutdown: it waits for the worker and writes the newest state synchronously.
class StatementQueueSaver : public QObject {
    Q_OBJECT

public:
    explicit StatementQueueSaver(const QString &path, QObject *parent = nullptr);
    ~StatementQueueSaver() override; // flushes

    QString path() const { return m_path; }
    // Produces the bytes to write; runs on the writer's thread (or in flush()), so it must own
    // what it reads (e.g. a copy of the queue's entries: Qt's implicit sharing makes that cheap
    // on the GUI thread and safe to read elsewhere).
    using Producer = std::function<QByteArray()>;
    // Queues a write; returns the ticket that written() reports once a write of this state (or
    // of a newer one) has been attempted. 0 when there is no path. The bytes are made on the
    // writer's thread: serializing a thousand entries took the GUI thread tens of milliseconds.
    quint64 save(Producer produce);
    quint64 save(const QByteArray &bytes) {
        return save([bytes] { return bytes; });
    }
    void flush();

    // The actual write; returns a translated error or an empty string.
    static QString writeFile(const QString &path, const QByteArray &bytes);

signals:
    // Translated; the previous file is still in place.
    void saveFailed(const QString &message);
    // Every save() up to ticket has been written (or failed, after saveFailed()).
    void written(quint64 ticket);

private:
    struct Shared;

    void startWorker();

    QString m_path;
    std::shared_ptr<Shared> m_shared;
    QThreadPool m_pool;
};

} // namespace m3ter
