#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace m3ter {

class BillStore;
class StatementQueue;

// Connects the statement queue to the local bill store: every statement file the queue has
// written is recorded for its bill (BillStore::storeStatementFile: the path and the format,
// never the link it came from). Entries the queue loads from its state file are recorded too,
// so files downloaded before the store kept them are known as well.
class StatementStoreLink : public QObject {
    Q_OBJECT

public:
    StatementStoreLink(StatementQueue *queue, BillStore *store, QObject *parent = nullptr);

private:
    void record(int entryId);

    StatementQueue *m_queue;
    BillStore *m_store;
    QSet<QString> m_recorded; // "<format>\n<path>" already written
};

} // namespace m3ter
