#pragma once

#include "domain/BillFilter.h"
#include "domain/MoneyTotals.h"
#include "models/BillIdMap.h"
#include "models/BillListMerge.h"
#include "models/BillRow.h"
#include "models/BillRowStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <optional>

namespace m3ter {

class AccountDirectory;
class BillPageSource;
class ApiError;

// The bill list, paged lazily from the API (cursor `nextToken`, 100 bills a page) as the view
// scrolls, under one BillFilter at a time.
//
// - A new filter bumps a generation counter: replies to requests of an older filter are dropped.
// - The API cannot sort, so sort() only sorts when every matching bill is loaded; otherwise it
//   emits sortNeedsAllRows() and the UI may offer loadAll(). sortColumn() is -1 while the rows are
//   in API order, so a sort indicator never claims an order over rows that are not loaded.
// - A sort by a column runs on a worker thread (BillSortJob): sort() returns at once and the new
//   order arrives with layoutChanged() and sortChanged(); sorting 100,000 bills would otherwise
//   block the GUI thread for a quarter of a second. A newer sort, filter or page supersedes a
//   sort still running. sort(-1) (API order) is immediate.
// - Rows are kept in a BillRowStore (compact, chunked) in API order; a sort only reorders a list
//   of indexes into it.
// - Failures put the model in the Error state (no further fetchMore) until retry().
class BillTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Documented column order; persisted header state refers to these positions. What each
    // column shows is in BillTableColumns.cpp (one entry per column, in this order).
    enum Column {
        AccountCodeColumn,
        AccountNameColumn,
        BillDateColumn,
        DueDateColumn,
        ServicePeriodColumn,
        StatusColumn,
        LockedColumn,
        CurrencyColumn,
        TotalColumn,
        BillingFrequencyColumn,
        InvoiceNumberColumn,
        ExternalInvoiceDateColumn,
        ExternalInvoiceReferenceColumn,
        StatementColumn,
        LastCalculatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        BillIdRole = Qt::UserRole + 1,
        AccountIdRole,
        CurrencyRole,
        AmountTextRole, // exact total as plain decimal text, e.g. "1234.50"
        SortRole,       // a value that orders the column correctly (dates, decimals, text)
        StatementStaleRole,
        // What changed in the bill since the user last looked (the local store's change
        // records), one line; empty when nothing did.
        ChangeSummaryRole,
    };

    enum class LoadState { Idle, Loading, Error };
    Q_ENUM(LoadState)

    static constexpr int PageSize = 100;

    explicit BillTableModel(BillPageSource *source, QObject *parent = nullptr);
    ~BillTableModel() override;

    // Account names come from a directory that may fill in later; the name column updates then.
    void setAccountDirectory(AccountDirectory *directory);

    // Clears the rows and loads the first page under `filter` (also when equal: a refresh).
    void setFilter(const BillFilter &filter);
    const BillFilter &filter() const { return m_filter; }
    // Loads the bills again under the same filter. The rows on screen stay and are updated in
    // place as the pages arrive (BillListMerge): the model pages on by itself until the list
    // has been read as far as the rows went (to its end when they were the whole list), then
    // removes the rows that did not come back and takes the list's order, keeping the
    // selection. If a page fails the rows stay, with the error, and retry() goes on from there
    // (isRefreshing() is true until the refresh is finished or a new filter is set).
    void refresh();
    bool isRefreshing() const { return m_refreshing; }
    // After an error: asks again for the page (or the refresh) that failed.
    void retry();

    // Rows kept from an earlier run (the local bill store) for the current filter, shown at once
    // and then merged with the filter's pages as a refresh() merges them. `asOf`: when the
    // stored list was last complete (invalid: never; then it is read again only as far as the
    // stored rows go). Ignored (false) once a page of the filter has arrived or when there are
    // none. A whole stored list can be sorted and totalled before the API answers.
    bool showStoredRows(const QVector<BillRow> &rows, const QDateTime &asOf);
    // More stored rows of the same list (read in slices so the GUI thread never waits for a
    // large list): added at the end, except bills already shown. Returns how many were added.
    int appendStoredRows(const QVector<BillRow> &rows);
    bool isShowingStoredRows() const { return m_showingStored; }
    QDateTime storedAsOf() const { return m_storedAsOf; }

    // Bills that changed since the user last looked, with what changed (bill id → one line of
    // text): their rows are marked (ChangeSummaryRole, and the text in their tooltips) until
    // the next call.
    void setChangedBills(const QHash<QString, QString> &summaries);
    QString changeSummary(int row) const;

    // A statement was generated for the bill since it was loaded (the statements queue saw it
    // through): the Statement column says so without a reload. False if the bill is not loaded.
    bool markStatementGenerated(const QString &billId, bool csv);

    // Keeps fetching pages until none remain; loadAllProgress() reports the rows loaded so far.
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }

    LoadState loadState() const { return m_state; }
    QString errorText() const { return m_errorText; }
    bool hasMore() const { return m_firstPageLoaded && !m_nextToken.isEmpty(); }
    bool isComplete() const {
        return m_firstPageLoaded && m_nextToken.isEmpty() && m_state == LoadState::Idle;
    }
    // Bills loaded (or shown from the store), also those a search hides; rowCount() is what is
    // shown.
    int loadedCount() const { return m_rows.size(); }
    // Every row of the list is in the model: it was read to its end, or a whole list is shown
    // while it is read again.
    bool hasEveryRow() const {
        return (m_firstPageLoaded && m_nextToken.isEmpty() && !m_merge.isActive()) ||
               (m_merge.isActive() && m_merge.until() == BillListMerge::Until::Complete);
    }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // A sort by a column is still running (sortChanged() follows).
    bool isSorting() const { return m_sortRunning; }

    // The bill shown in a row, built from the store (by value: the store keeps no BillRow).
    BillRow billAt(int row) const { return m_rows.row(storageIndex(row)); }
    // A row's total (nullopt: none) and currency, without building the row: the view's column
    // widths read them for every loaded bill.
    std::optional<Decimal> totalAt(int row) const;
    const QString &currencyAt(int row) const { return m_rows.currency(storageIndex(row)); }
    // Of every currency and sign, the loaded total of the largest magnitude (its text is the
    // widest): the table's column widths measure only these. The revision changes when one
    // does, also when a refresh made a bill's total larger in place.
    QVector<std::pair<QString, Decimal>> widestTotals() const;
    quint64 widestTotalsRevision() const { return m_widestRevision; }
    // Whether any loaded bill's statement is stale, without building the rows.
    bool hasStaleStatement() const;
    // Row of a bill id among the loaded rows, or -1.
    int rowOfBill(const QString &billId) const;

    // A search of the local store (BillStore::search): only the bills among `matchingIds` are
    // shown, under whatever filter, as pages and stored rows arrive, until clearSearch().
    void setSearch(const QString &text, const QSet<QString> &matchingIds);
    void clearSearch();
    bool isSearching() const { return m_searching; }
    QString searchText() const { return m_searchText; }

    // Sums per currency: of every loaded bill, of the shown ones (those a search lets
    // through), and of the given rows.
    const MoneyTotals &loadedTotals() const { return m_totals; }
    MoneyTotals shownTotals() const;
    MoneyTotals totalsOfRows(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(int column);
    // Whether a new window shows the column (the others are offered in the column menu).
    static bool isColumnShownByDefault(int column);

signals:
    void loadStateChanged(m3ter::BillTableModel::LoadState state);
    void rowsLoaded(); // after each page, and after a reset
    void loadAllProgress(int loaded);
    // setFilter() cleared the rows and asked for the first page of `filter`.
    void filterApplied(const m3ter::BillFilter &filter);
    // A page of the current filter was taken in: its rows are at firstRow… (0: the first page,
    // which replaced the rows shown before: stored ones or those kept during a refresh). The
    // local store records pages from here.
    void pageAccepted(const m3ter::BillFilter &filter, int firstRow, const m3ter::BillPage &page);
    // Stored rows were shown, or replaced by the filter's first page.
    void storedRowsChanged();
    void loadAllFinished(bool complete);
    // setSearch() or clearSearch(): the rows shown were replaced (a reset).
    void searchChanged();
    // sort() was asked for while more pages remain; nothing was sorted.
    void sortNeedsAllRows(int column, Qt::SortOrder order);
    // The row order changed: column -1 means API order.
    void sortChanged(int column, Qt::SortOrder order);

private:
    void requestNextPage();
    void onPageLoaded(quint64 ticket, const BillPage &page);
    void onPageFailed(quint64 ticket, const ApiError &error);
    // Shown: rows on screen that a list read again will be merged into (BillListMerge).
    enum class RowOrigin { Page, Shown };
    static QVector<const BillRow *> pointersTo(const QVector<BillRow> &rows);
    void appendRows(const QVector<const BillRow *> &rows, RowOrigin origin);
    QVector<int> searchView(const QVector<int> &order) const;
    // A loaded bill's index in m_rows, shown or not (-1: none); the row showing it (-1: none).
    int storageIndexOfBill(const QString &billId) const;
    int rowOfStorage(int at) const;
    void noteTotal(const BillRow &row);
    void appendPage(const QVector<BillRow> &rows);
    void mergePage(const QVector<BillRow> &rows);
    void finishMerge();
    void emitRowsChanged(const QVector<int> &storageIndexes);
    void setLoadState(LoadState state);
    void applySort(int column, Qt::SortOrder order);
    void applyPendingSort();
    void applyOrder(QVector<int> order, int column, Qt::SortOrder sortOrder);
    void cancelRunningSort();
    int storageIndex(int row) const {
        if (m_searching)
            return m_view.at(row);
        return m_ordered ? m_order.at(row) : row;
    }
    static QString statementStateText(bool json, bool csv, bool stale);
    QVariant displayData(int index, int column) const;
    QVariant sortData(int index, int column) const;
    QString accountName(const QString &accountId) const;
    void accountNamesChanged();

    BillPageSource *m_source;
    QPointer<AccountDirectory> m_accounts;
    BillFilter m_filter;
    BillRowStore m_rows;  // API order
    QVector<int> m_order; // row -> index into m_rows, when m_ordered (else the row is the index)
    bool m_ordered = false;
    // setSearch(): the rows shown are these storage indexes, in the order of m_order.
    bool m_searching = false;
    QString m_searchText;
    BillIdMap<bool> m_search; // the matching bills
    QVector<int> m_view;
    BillListMerge m_merge;               // while a list is read again over the rows shown
    BillIdMap<QString> m_changed;        // setChangedBills(): what changed, by bill
    QHash<QString, Decimal> m_widest[2]; // by currency; [1]: negative totals
    quint64 m_widestRevision = 0;
    MoneyTotals m_totals;
    QString m_nextToken;
    QString m_errorText;
    quint64 m_inFlightTicket = 0; // 0 = nothing in flight
    LoadState m_state = LoadState::Idle;
    quint64 m_lastTicket = 0;
    bool m_firstPageLoaded = false;
    bool m_loadingAll = false;
    bool m_refreshing = false;
    bool m_showingStored = false;
    QDateTime m_storedAsOf; // refresh(): the old rows stay until its first page arrives
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pendingSortColumn = -1;
    Qt::SortOrder m_pendingSortOrder = Qt::AscendingOrder;
    quint64 m_sortGeneration = 0; // a running sort's result is applied only if still current
    bool m_sortRunning = false;
    int m_runningSortColumn = -1;
    Qt::SortOrder m_runningSortOrder = Qt::AscendingOrder;
};

} // namespace m3ter
