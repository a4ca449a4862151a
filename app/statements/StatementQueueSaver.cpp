#include "statements/StatementQueueSaver.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QSaveFile>

#include <optional>

namespace m3ter {

struct StatementQueueSaver::Shared {
    QMutex mutex;
    std::optional<Producer> pending; // newest state not yet handed to a write
    quint64 pendingTicket = 0;       // its save() ticket
    quint64 lastTicket = 0;
};

StatementQueueSaver::StatementQueueSaver(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_shared(std::make_shared<Shared>()) {
    m_pool.setMaxThreadCount(1); // one writer: files are written in order
}

StatementQueueSaver::~StatementQueueSaver() {
    flush();
}

quint64 StatementQueueSaver::save(Producer produce) {
    if (m_path.isEmpty())
        return 0;
    bool workerIdle;
    quint64 ticket;
    {
        QMutexLocker lock(&m_shared->mutex);
        workerIdle = !m_shared->pending.has_value();
        m_shared->pending = std::move(produce);
        ticket = ++m_shared->lastTicket;
        m_shared->pendingTicket = ticket;
    }
    if (workerIdle)
        startWorker();
    return ticket;
}

void StatementQueueSaver::startWorker() {
    QPointer<StatementQueueSaver> self(this);
    m_pool.start([shared = m_shared, path = m_path, self] {
        std::optional<Producer> produce;
        quint64 ticket;
        {
            QMutexLocker lock(&shared->mutex);
            produce.swap(shared->pending);
            ticket = shared->pendingTicket;
        }
        if (!produce)
            return; // flush() took it already
        const QString error = writeFile(path, (*produce)());
        QMetaObject::invokeMethod(
            self.data(),
            [self, error, ticket] {
                if (!self)
                    return;
                if (!error.isEmpty())
                    emit self->saveFailed(error);
                emit self->written(ticket);
            },
            Qt::QueuedConnection);
    });
}

void StatementQueueSaver::flush() {
    m_pool.waitForDone();
    std::optional<Producer> produce;
    quint64 ticket;
    {
        QMutexLocker lock(&m_shared->mutex);
        produce.swap(m_shared->pending);
        ticket = m_shared->pendingTicket;
    }
    if (!produce)
        return;
    const QString error = writeFile(m_path, (*produce)());
    if (!error.isEmpty())
        emit saveFailed(error);
    emit written(ticket);
}

QString StatementQueueSaver::writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("m3ter::StatementQueueSaver",
                                           "Could not save the statement queue to %1: %2")
            .arg(QDir::toNativeSeparators(path), reason);
    }
    return {};
}

} // namespace m3ter
