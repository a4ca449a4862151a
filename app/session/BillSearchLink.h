#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace m3ter {

class BillStore;
class BillTableModel;

// Search as you type over every stored bill: runs what the user typed through the local store's
// full-text index (BillStore::search) and has the bill table show only the matching bills
// (BillTableModel::setSearch), under whatever filter is set. While a search is on, it is run
// again as the store takes in new bills (a refresh completing, pages arriving), so bills that
// match appear without typing again.
class BillSearchLink : public QObject {
    Q_OBJECT

public:
    BillSearchLink(BillTableModel *model, BillStore *store, QObject *parent = nullptr);

    // What the user typed; text without a letter or digit ends the search.
    void setText(const QString &text);
    QString text() const { return m_text; }

signals:
    // The table shows the `matches` bills found for `text` (among those stored).
    void searched(const QString &text, int matches);

private:
    void run();

    BillTableModel *m_model;
    BillStore *m_store;
    QString m_text;
    QTimer m_again; // runs the search again, at most once a second, while pages arrive
};

} // namespace m3ter
