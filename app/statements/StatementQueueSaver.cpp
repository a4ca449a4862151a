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
    std::optional<QByteArray> pending; // newest state not yet handed to a write
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

void StatementQueueSaver::save(const QByteArray &bytes) {
    if (m_path.isEmpty())
        return;
    bool workerIdle;
    {
        QMutexLocker lock(&m_shared->mutex);
        workerIdle = !m_shared->pending.has_value();
        m_shared->pending = bytes;
    }
    if (workerIdle)
        startWorker();
}

void StatementQueueSaver::startWorker() {
    QPointer<StatementQueueSaver> self(this);
    m_pool.start([shared = m_shared, path = m_path, self] {
        std::optional<QByteArray> bytes;
        {
            QMutexLocker lock(&shared->mutex);
            bytes.swap(shared->pending);
        }
        if (!bytes)
            return; // flush() took it already
        const QString error = writeFile(path, *bytes);
        if (!error.isEmpty()) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, error] {
                    if (self)
                        emit self->saveFailed(error);
                },
                Qt::QueuedConnection);
        }
    });
}

void StatementQueueSaver::flush() {
    m_pool.waitForDone();
    std::optional<QByteArray> bytes;
    {
        QMutexLocker lock(&m_shared->mutex);
        bytes.swap(m_shared->pending);
    }
    if (!bytes)
        return;
    const QString error = writeFile(m_path, *bytes);
    if (!error.isEmpty())
        emit saveFailed(error);
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
