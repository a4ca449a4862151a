#pragma once

#include "store/StoreFile.h"

#include <QObject>
#include <QString>

#include <memory>

namespace m3ter {

class BillSearch;
class ChangeLog;
class StoreReader;
class StoreWriter;

// The store's side of its thread: owns the one QSqlDatabase connection (which Qt allows only on
// the thread that opened it) and the readers and writers over it. BillStore moves it to its
// thread and runs every call there, one after the other, in the order they were made.
class StoreWorker : public QObject {
    Q_OBJECT
public:
    StoreWorker();
    ~StoreWorker() override;

    // Closes what was open, then opens the store at `path` (StoreFile::open).
    StoreOpenResult open(const QString &path);
    void close();
    bool isOpen() const { return m_writer != nullptr; }

    // Null while no store is open.
    StoreWriter *writer() { return m_writer.get(); }
    StoreReader *reader() { return m_reader.get(); }
    BillSearch *search() { return m_search.get(); }
    ChangeLog *changes() { return m_changes.get(); }

private:
    QString m_connectionName;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<BillSearch> m_search;
    std::unique_ptr<ChangeLog> m_changes;
};

} // namespace m3ter
