#include "store/StoreWorker.h"

#include "store/BillSearch.h"
#include "store/ChangeLog.h"
#include "store/StoreReader.h"
#include "store/StoreWriter.h"

#include <QSqlDatabase>

namespace m3ter {

StoreWorker::StoreWorker()
    : m_connectionName(QStringLiteral("m3ter-store-%1").arg(quintptr(this), 0, 16)) {}

StoreWorker::~StoreWorker() {
    close();
}

StoreOpenResult StoreWorker::open(const QString &path) {
    close();
    StoreOpenResult result = StoreFile::open(path, m_connectionName);
    if (result.ok) {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        m_writer = std::make_unique<StoreWriter>(db);
        m_reader = std::make_unique<StoreReader>(db);
        m_search = std::make_unique<BillSearch>(db);
        m_changes = std::make_unique<ChangeLog>(db);
    }
    return result;
}

void StoreWorker::close() {
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    m_writer.reset();
    m_reader.reset();
    m_search.reset();
    m_changes.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace m3ter
