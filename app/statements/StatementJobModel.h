#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace m3ter {

class ApiError;
class StatementQueue;

// A read-only table over a StatementQueue, one row per entry in queue order, for the statements
// panel. Rows are appended as the queue grows and removed when StatementQueue::removeFinished()
// drops finished entries. Live columns (status,
// elapsed time, download percentage) update through dataChanged; the elapsed column of
// unfinished rows ticks once a second. While polling fails (server down), the waiting rows say
// so. The JSON/CSV columns stay empty for rows without a statement (cancelled, failed).
class StatementJobModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        AccountCodeColumn,
        BillDateColumn,
        BillIdColumn,
        StatusColumn,
        JsonStatusColumn,
        CsvStatusColumn,
        ElapsedColumn,
        FilesColumn, // the saved file(s), or the error text
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // int, StatementEntry::id
        StageRole,                      // int, StatementEntry::Stage
        ErrorRole,                      // QString, empty when fine
        FinishedRole,                   // bool
    };

    explicit StatementJobModel(StatementQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "1:05", "12:00", "1:02:03".
    static QString formatElapsed(qint64 ms);

private:
    void onEntryAdded();
    void onEntryChanged(int entryId);
    void onPollFailed(const ApiError &error);
    void onAboutToRemove(int firstRow, int lastRow);
    void onRemoved(int firstRow, int lastRow);
    void tickElapsed();

    QPointer<StatementQueue> m_queue;
    int m_rows = 0; // rows announced to views (the queue may be one ahead inside a signal)
    QTimer m_elapsedTimer;
    // Entry id -> why its job could not be checked (the last failed poll); shown on its row
    // until the entry changes.
    QHash<int, QString> m_problems;
};

} // namespace m3ter
