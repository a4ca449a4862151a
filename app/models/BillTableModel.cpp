#include "models/BillTableModel.h"

#include "api/ApiError.h"
#include "domain/Money.h"
#include "models/AccountDirectory.h"
#include "models/BillPageSource.h"
#include "models/BillSortJob.h"
#include "models/BillTableColumns.h"
#include "models/DisplayFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace m3ter {

BillTableModel::BillTableModel(BillPageSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source) {
    connect(m_source, &BillPageSource::pageLoaded, this, &BillTableModel::onPageLoaded);
    connect(m_source, &BillPageSource::pageFailed, this, &BillTableModel::onPageFailed);
}

BillTableModel::~BillTableModel() = default;

void BillTableModel::setAccountDirectory(AccountDirectory *directory) {
    if (m_accounts)
        disconnect(m_accounts, nullptr, this, nullptr);
    m_accounts = directory;
    if (m_accounts) {
        connect(m_accounts, &AccountDirectory::accountsChanged, this,
                &BillTableModel::accountNamesChanged);
    }
    accountNamesChanged();
}

void BillTableModel::setFilter(const BillFilter &filter) {
    m_source->cancelAll();
    const bool wasSorted = m_sortColumn >= 0;
    beginResetModel();
    m_filter = filter;
    cancelRunningSort();
    m_rows.clear();
    m_order.clear();
    m_ordered = false;
    m_view.clear(); // the search stays, over the new filter's rows
    m_merge.clear();
    m_totals = MoneyTotals();
    m_widest[0].clear();
    m_widest[1].clear();
    ++m_widestRevision;
    m_nextToken.clear();
    m_errorText.clear();
    m_inFlightTicket = 0;
    m_firstPageLoaded = false;
    m_refreshing = false;
    const bool wasShowingStored = m_showingStored;
    m_showingStored = false;
    m_storedAsOf = QDateTime();
    m_sortColumn = -1;
    m_pendingSortColumn = -1;
    endResetModel();
    if (m_loadingAll) {
        m_loadingAll = false;
        emit loadAllFinished(false);
    }
    if (wasSorted)
        emit sortChanged(-1, m_sortOrder);
    if (wasShowingStored)
        emit storedRowsChanged();
    emit rowsLoaded();
    emit filterApplied(m_filter);
    requestNextPage();
}

bool BillTableModel::showStoredRows(const QVector<BillRow> &rows, const QDateTime &asOf) {
    if (rows.isEmpty() || m_firstPageLoaded || m_refreshing || !m_rows.isEmpty())
        return false;
    m_showingStored = true;
    m_storedAsOf = asOf;
    // A list stored whole is read again to its end, so the bills gone from it can be told; one
    // that was never read whole only as far as it goes.
    m_merge.begin(m_rows,
                  asOf.isValid() ? BillListMerge::Until::Complete : BillListMerge::Until::Covered);
    appendRows(pointersTo(rows), RowOrigin::Shown);
    emit storedRowsChanged();
    emit rowsLoaded();
    return true;
}

int BillTableModel::appendStoredRows(const QVector<BillRow> &rows) {
    if (!m_showingStored || !m_merge.isActive())
        return 0;
    QVector<const BillRow *> added;
    added.reserve(rows.size());
    for (const BillRow &row : rows) {
        if (!m_merge.contains(row.id))
            added.append(&row);
    }
    if (added.isEmpty())
        return 0;
    appendRows(added, RowOrigin::Shown);
    emit rowsLoaded();
    return int(added.size());
}

QVector<const BillRow *> BillTableModel::pointersTo(const QVector<BillRow> &rows) {
    QVector<const BillRow *> pointers;
    pointers.reserve(rows.size());
    for (const BillRow &row : rows)
        pointers.append(&row);
    return pointers;
}

// Appends rows to the storage (and last to a sorted order), showing those the search lets
// through.
void BillTableModel::appendRows(const QVector<const BillRow *> &rows, RowOrigin origin) {
    int shown = int(rows.size());
    if (m_searching) {
        shown = 0;
        for (const BillRow *row : rows)
            shown += m_search.contains(row->id) ? 1 : 0;
    }
    const int first = rowCount();
    if (shown > 0)
        beginInsertRows(QModelIndex(), first, first + shown - 1);
    for (const BillRow *row : rows) {
        const int at = m_rows.size();
        m_rows.append(*row);
        if (m_ordered)
            m_order.append(at); // new rows go last in a sorted list
        if (m_searching && m_search.contains(row->id))
            m_view.append(at);
        if (origin == RowOrigin::Shown)
            m_merge.addShown(row->id, at);
        noteTotal(*row);
        if (row->hasTotal)
            m_totals.add(row->currency, row->total);
    }
    if (shown > 0)
        endInsertRows();
}

void BillTableModel::setSearch(const QString &text, const QSet<QString> &matchingIds) {
    const bool wasSearching = m_searching;
    m_search.clear();
    for (const QString &id : matchingIds)
        m_search.insert(BillId::fromString(id), true);
    m_searchText = text;
    QVector<int> view = searchView(m_ordered ? m_order : QVector<int>());
    if (wasSearching && view == m_view)
        return; // the same rows: the selection and scroll position stay
    beginResetModel();
    m_searching = true;
    m_view = std::move(view);
    endResetModel();
    emit searchChanged();
    emit rowsLoaded();
}

void BillTableModel::clearSearch() {
    if (!m_searching)
        return;
    beginResetModel();
    m_searching = false;
    m_searchText.clear();
    m_search.clear();
    m_view.clear();
    endResetModel();
    emit searchChanged();
    emit rowsLoaded();
}

QVector<int> BillTableModel::searchView(const QVector<int> &order) const {
    QVector<int> view;
    const int count = order.isEmpty() ? m_rows.size() : int(order.size());
    for (int i = 0; i < count; ++i) {
        const int at = order.isEmpty() ? i : order.at(i);
        if (m_search.contains(m_rows.uuid(at), [&] { return m_rows.id(at); }))
            view.append(at);
    }
    return view;
}

MoneyTotals BillTableModel::shownTotals() const {
    if (!m_searching)
        return m_totals;
    MoneyTotals totals;
    for (const int at : m_view) {
        if (m_rows.hasTotal(at))
            totals.add(m_rows.currency(at), m_rows.total(at));
    }
    return totals;
}

void BillTableModel::refresh() {
    if (m_rows.isEmpty()) {
        setFilter(m_filter);
        return;
    }
    m_source->cancelAll();
    if (m_loadingAll) {
        m_loadingAll = false;
        m_pendingSortColumn = -1;
        emit loadAllFinished(false);
    }
    // The rows on screen stay and are updated in place as the pages arrive (BillListMerge).
    // A refresh over rows still being merged starts over from the rows as they are now.
    const bool wasWhole = m_merge.isActive() ? m_merge.until() == BillListMerge::Until::Complete
                                             : m_firstPageLoaded && m_nextToken.isEmpty();
    m_merge.begin(m_rows,
                  wasWhole ? BillListMerge::Until::Complete : BillListMerge::Until::Covered);
    m_refreshing = !m_showingStored;
    m_firstPageLoaded = false;
    m_nextToken.clear();
    requestNextPage();
}

void BillTableModel::retry() {
    if (m_state != LoadState::Error)
        return;
    // The cursor of the page that failed is kept, also in the middle of a refresh.
    requestNextPage();
}

void BillTableModel::setChangedBills(const QHash<QString, QString> &summaries) {
    const bool hadAny = !m_changed.isEmpty();
    m_changed.clear();
    for (auto it = summaries.cbegin(); it != summaries.cend(); ++it)
        m_changed.insert(BillId::fromString(it.key()), it.value());
    if ((hadAny || !summaries.isEmpty()) && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {ChangeSummaryRole, Qt::ToolTipRole});
}

QString BillTableModel::changeSummary(int row) const {
    if (m_changed.isEmpty())
        return QString();
    const int at = storageIndex(row);
    return m_changed.value(m_rows.uuid(at), [&] { return m_rows.id(at); });
}

bool BillTableModel::markStatementGenerated(const QString &billId, bool csv) {
    const int at = storageIndexOfBill(billId);
    if (at < 0)
        return false;
    m_rows.setStatementState(at, true, m_rows.csvStatementGenerated(at) || csv, false);
    if (const int row = rowOfStorage(at); row >= 0) {
        const QModelIndex cell = index(row, StatementColumn);
        emit dataChanged(cell, cell);
    }
    return true;
}

int BillTableModel::storageIndexOfBill(const QString &billId) const {
    const BillId wanted = BillId::fromString(billId);
    const QUuid uuid = wanted.uuid();
    for (int at = 0; at < m_rows.size(); ++at) {
        if (uuid.isNull() ? m_rows.id(at) == wanted : m_rows.uuid(at) == uuid)
            return at;
    }
    return -1;
}

void BillTableModel::loadAll() {
    if (m_firstPageLoaded && m_nextToken.isEmpty()) {
        emit loadAllFinished(true);
        applyPendingSort();
        return;
    }
    m_loadingAll = true;
    emit loadAllProgress(loadedCount());
    if (m_inFlightTicket == 0)
        requestNextPage();
}

void BillTableModel::cancelLoadAll() {
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    m_pendingSortColumn = -1;
    emit loadAllFinished(false);
}

int BillTableModel::rowOfBill(const QString &billId) const {
    return rowOfStorage(storageIndexOfBill(billId));
}

int BillTableModel::rowOfStorage(int at) const {
    if (at < 0 || (!m_ordered && !m_searching))
        return at;
    const QVector<int> &view = m_searching ? m_view : m_order;
    return int(view.indexOf(at));
}

MoneyTotals BillTableModel::totalsOfRows(const QList<int> &rows) const {
    MoneyTotals totals;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const int at = storageIndex(row);
        if (m_rows.hasTotal(at))
            totals.add(m_rows.currency(at), m_rows.total(at));
    }
    return totals;
}

void BillTableModel::noteTotal(const BillRow &row) {
    if (!row.hasTotal)
        return;
    QHash<QString, Decimal> &bySign = m_widest[row.total.isNegative() ? 1 : 0];
    const auto it = bySign.find(row.currency);
    if (it == bySign.end())
        bySign.insert(row.currency, row.total);
    else if (row.total.abs() > it->abs())
        *it = row.total;
    else
        return;
    ++m_widestRevision;
}

QVector<std::pair<QString, Decimal>> BillTableModel::widestTotals() const {
    QVector<std::pair<QString, Decimal>> totals;
    for (const QHash<QString, Decimal> &bySign : m_widest) {
        for (auto it = bySign.cbegin(); it != bySign.cend(); ++it)
            totals.append({it.key(), it.value()});
    }
    return totals;
}

std::optional<Decimal> BillTableModel::totalAt(int row) const {
    const int index = storageIndex(row);
    if (!m_rows.hasTotal(index))
        return std::nullopt;
    return m_rows.total(index);
}

bool BillTableModel::hasStaleStatement() const {
    return m_rows.staleStatementCount() > 0;
}

int BillTableModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    if (m_searching)
        return int(m_view.size());
    return m_ordered ? int(m_order.size()) : m_rows.size();
}

int BillTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = storageIndex(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatementColumn && m_rows.statementStale(row))
            //: Tooltip: the bill changed after its statement (document for the customer) was
            //: generated.
            return tr("The statement no longer matches the bill; regenerate it.");
        if (index.column() == TotalColumn && !m_rows.hasTotal(row))
            return tr("The API did not return a total for this bill.");
        if (const QString changed = changeSummary(index.row()); !changed.isEmpty())
            //: Tooltip of a marked row in the bill table. %1: what changed, e.g.
            //: "Total: €10.00 → €12.34".
            return tr("Changed since you last looked: %1").arg(changed);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case BillIdRole:
        return m_rows.id(row).toString();
    case AccountIdRole:
        return m_rows.accountId(row);
    case CurrencyRole:
        return m_rows.currency(row);
    case AmountTextRole:
        return m_rows.hasTotal(row) ? m_rows.total(row).toString() : QString();
    case SortRole:
        return sortData(row, index.column());
    case StatementStaleRole:
        return m_rows.statementStale(row);
    case ChangeSummaryRole:
        return changeSummary(index.row());
    default:
        return QVariant();
    }
}

QString BillTableModel::accountName(const QString &accountId) const {
    return m_accounts ? m_accounts->name(accountId) : QString();
}

QVariant BillTableModel::displayData(int row, int column) const {
    if (column < 0 || column >= ColumnCount)
        return QVariant();
    const QLocale locale;
    const BillTableColumn &shown = billTableColumn(column);
    const BillListField &field = kBillListFields[shown.field];
    const int slot = billFieldSlot(shown.field);
    switch (shown.shows) {
    case BillColumnShows::Field:
        switch (field.kind) {
        case BillFieldKind::Date:
            return formatDate(BillRowStore::date(m_rows.day(row, slot)), locale);
        case BillFieldKind::DateTime:
            return formatDateTime(m_rows.msecs(row, slot), locale);
        case BillFieldKind::InternedText:
            return m_rows.interned(row, slot);
        case BillFieldKind::Enum:
            return field.label(m_rows.interned(row, slot));
        case BillFieldKind::Text:
            return m_rows.freeText(row, slot).toString();
        case BillFieldKind::Id:
            return m_rows.id(row).toString();
        case BillFieldKind::Amount:
            return m_rows.hasAmount(row, slot) ? m_rows.amount(row, slot).toString() : QString();
        case BillFieldKind::Flag:
            return m_rows.flag(row, slot);
        }
        return QVariant();
    case BillColumnShows::AccountCode:
        if (m_rows.accountCode(row).isEmpty() && m_accounts)
            return m_accounts->code(m_rows.accountId(row));
        return m_rows.accountCode(row);
    case BillColumnShows::AccountName:
        return accountName(m_rows.accountId(row));
    case BillColumnShows::ServicePeriod:
        return formatPeriod(BillRowStore::date(m_rows.day(row, slot)),
                            BillRowStore::date(m_rows.day(row, billFieldSlot(shown.endField))),
                            locale);
    case BillColumnShows::FlagText:
        //: Cell of the Locked column: the bill is locked (final, can no longer change).
        return m_rows.flag(row, slot) ? tr("Locked", "bill state") : QString();
    case BillColumnShows::Total:
        return m_rows.hasAmount(row, slot)
                   ? formatMoney(m_rows.amount(row, slot), m_rows.currency(row), locale)
                   : QStringLiteral("—");
    case BillColumnShows::StatementState:
        return statementStateText(m_rows.jsonStatementGenerated(row),
                                  m_rows.csvStatementGenerated(row), m_rows.statementStale(row));
    }
    return QVariant();
}

QString BillTableModel::statementStateText(bool json, bool csv, bool stale) {
    QString text;
    if (json && csv)
        text = tr("JSON + CSV");
    else if (json)
        text = tr("JSON");
    else if (csv)
        text = tr("CSV");
    else
        //: Statement column: no statement (JSON or CSV document) has been generated for the bill.
        return tr("None");
    //: A statement exists but no longer matches its bill.
    return stale ? tr("%1 (stale)").arg(text) : text;
}

// SortRole: dates and times as values, flags as bools, the total as its exact text, the rest as
// shown. The table's own sort (BillSortJob) goes by the same fields, with its own keys.
QVariant BillTableModel::sortData(int row, int column) const {
    if (column < 0 || column >= ColumnCount)
        return QVariant();
    const BillTableColumn &shown = billTableColumn(column);
    const BillListField &field = kBillListFields[shown.field];
    const int slot = billFieldSlot(shown.field);
    if (shown.shows == BillColumnShows::Total)
        return m_rows.hasAmount(row, slot) ? m_rows.amount(row, slot).toString() : QString();
    switch (field.kind) {
    case BillFieldKind::Date:
        return BillRowStore::date(m_rows.day(row, slot));
    case BillFieldKind::DateTime:
        return m_rows.msecs(row, slot);
    case BillFieldKind::Flag:
        if (shown.shows != BillColumnShows::StatementState)
            return m_rows.flag(row, slot);
        break;
    default:
        break;
    }
    return displayData(row, column);
}

QVariant BillTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole && section == TotalColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QString BillTableModel::columnTitle(int column) {
    if (column < 0 || column >= ColumnCount)
        return QString();
    return QCoreApplication::translate("m3ter::BillTableModel", billTableColumn(column).title);
}

bool BillTableModel::isColumnShownByDefault(int column) {
    return column >= 0 && column < ColumnCount && billTableColumn(column).shownByDefault;
}

bool BillTableModel::canFetchMore(const QModelIndex &parent) const {
    // A list read again over the rows shown pages on by itself (onPageLoaded).
    return !parent.isValid() && m_firstPageLoaded && !m_nextToken.isEmpty() &&
           m_inFlightTicket == 0 && m_state != LoadState::Error && !m_merge.isActive();
}

void BillTableModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        requestNextPage();
}

void BillTableModel::requestNextPage() {
    // Every request gets a fresh ticket; only the ticket in flight is accepted, so a reply that
    // belongs to an older filter (or was overtaken by a refresh) is dropped on arrival.
    m_inFlightTicket = ++m_lastTicket;
    m_errorText.clear();
    setLoadState(LoadState::Loading);
    m_source->requestPage(m_inFlightTicket, m_filter, m_nextToken);
}

void BillTableModel::onPageLoaded(quint64 ticket, const BillPage &page) {
    if (ticket != m_inFlightTicket)
        return;
    // Paging state first: views call canFetchMore()/fetchMore() from inside endInsertRows(), and
    // they must see the new token, or they would ask for the same page again.
    m_inFlightTicket = 0;
    m_firstPageLoaded = true;
    // An empty page ends the list even if it carries a token, so a misbehaving server cannot
    // make loadAll() spin forever.
    m_nextToken = page.rows.isEmpty() ? QString() : page.nextToken;
    const bool merging = m_merge.isActive();
    // Outside a merge the storage is in the list's order.
    const int listPosition = merging ? m_merge.arrivedCount() : m_rows.size();
    if (merging) {
        mergePage(page.rows);
        if (!m_nextToken.isEmpty() && !m_merge.isCovered()) {
            // The rest of the list, to know what is gone: the model stays Loading between
            // these pages, so nothing that follows its state (notices, the status bar) is
            // redone 50 times a second.
            requestNextPage();
        } else {
            setLoadState(LoadState::Idle);
            finishMerge();
        }
    } else {
        setLoadState(LoadState::Idle);
        appendPage(page.rows);
    }
    emit pageAccepted(m_filter, listPosition, page);
    emit rowsLoaded();

    if (!m_loadingAll)
        return;
    emit loadAllProgress(merging ? listPosition + int(page.rows.size()) : loadedCount());
    if (!m_nextToken.isEmpty()) {
        if (m_inFlightTicket == 0) // a view may already have asked for it
            requestNextPage();
        return;
    }
    m_loadingAll = false;
    emit loadAllFinished(true);
    applyPendingSort();
}

void BillTableModel::appendPage(const QVector<BillRow> &rows) {
    if (rows.isEmpty())
        return;
    cancelRunningSort(); // its order would miss the new rows
    appendRows(pointersTo(rows), RowOrigin::Page);
}

// A page of a list read again over the rows shown: a bill already shown is updated where it
// is (the selection and the scroll position stay), a new one is added at the end.
void BillTableModel::mergePage(const QVector<BillRow> &rows) {
    QVector<int> changed; // storage indexes
    QVector<const BillRow *> added;
    for (const BillRow &row : rows) {
        const int at = m_merge.take(row.id);
        if (at < 0) {
            // Recorded where the list has it; appended below at this storage index.
            m_merge.arrived(row.id, m_rows.size() + int(added.size()));
            added.append(&row);
            continue;
        }
        if (m_rows.hasTotal(at))
            m_totals.add(m_rows.currency(at), -m_rows.total(at));
        m_rows.replace(at, row);
        noteTotal(row);
        if (row.hasTotal)
            m_totals.add(row.currency, row.total);
        m_merge.arrived(row.id, at);
        changed.append(at);
    }
    emitRowsChanged(changed);
    if (!added.isEmpty())
        appendRows(added, RowOrigin::Page);
}

// dataChanged() for the rows shown of these storage indexes, a run of adjacent rows at a time:
// a view repaints a run only where it is on screen, and in a sorted or searched table the
// rows of one page lie anywhere.
void BillTableModel::emitRowsChanged(const QVector<int> &storageIndexes) {
    if (storageIndexes.isEmpty() || rowCount() == 0)
        return;
    QVector<int> rows;
    rows.reserve(storageIndexes.size());
    if (!m_ordered && !m_searching) {
        rows = storageIndexes;
    } else {
        QVector<int> rowOf(m_rows.size(), -1);
        for (int row = 0; row < rowCount(); ++row)
            rowOf[storageIndex(row)] = row;
        for (const int at : storageIndexes) {
            if (rowOf.at(at) >= 0)
                rows.append(rowOf.at(at));
        }
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype begin = 0; begin < rows.size();) {
        qsizetype end = begin + 1;
        while (end < rows.size() && rows.at(end) <= rows.at(end - 1) + 1)
            ++end;
        emit dataChanged(index(rows.at(begin), 0), index(rows.at(end - 1), ColumnCount - 1));
        begin = end;
    }
}

// The new list was read to its end (or as far as the rows shown went): the rows it did not
// bring are removed, and the storage is put in its order again. Rows keep their place on
// screen when the table is sorted (it is sorted again); otherwise they take the list's order
// and persistent indexes (the selection) go with their bills.
void BillTableModel::finishMerge() {
    // A sort still running has the storage indexes of before; it is made again afterwards.
    const int runningSort = m_sortRunning ? m_runningSortColumn : -1;
    cancelRunningSort();

    // Rows shown before that the list no longer has, removed a run of rows at a time.
    QVector<int> goneRows;
    for (int row = 0; row < rowCount(); ++row) {
        if (!m_merge.hasArrived(storageIndex(row)))
            goneRows.append(row);
    }
    if (!goneRows.isEmpty() && !m_searching && !m_ordered) {
        m_order.resize(m_rows.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        m_ordered = true;
    }
    QVector<int> &view = m_searching ? m_view : m_order;
    for (qsizetype end = goneRows.size(); end > 0;) {
        qsizetype begin = end - 1;
        while (begin > 0 && goneRows.at(begin - 1) == goneRows.at(begin) - 1)
            --begin;
        const int first = goneRows.at(begin);
        const int last = goneRows.at(end - 1);
        beginRemoveRows(QModelIndex(), first, last);
        view.remove(first, last - first + 1);
        endRemoveRows();
        end = begin;
    }

    // Where each arrived row goes in the rebuilt storage; rows that did not arrive are dropped
    // (also from a sorted order behind a search).
    const QVector<int> &arrivals = m_merge.arrivals();
    QVector<int> position(m_rows.size(), -1);
    for (int i = 0; i < arrivals.size(); ++i)
        position[arrivals.at(i)] = i;
    auto remap = [&position](const QVector<int> &order) {
        QVector<int> mapped;
        mapped.reserve(order.size());
        for (const int at : order) {
            if (position.at(at) >= 0)
                mapped.append(position.at(at));
        }
        return mapped;
    };
    const bool sorted = m_sortColumn >= 0;
    QVector<int> newOrder;
    QVector<int> newView;
    QVector<int> newRowOfRow; // unsorted: the row each shown row moves to
    bool moves = false;
    if (sorted) {
        newOrder = m_ordered ? remap(m_order) : QVector<int>();
        newView = m_searching ? remap(m_view) : QVector<int>();
    } else {
        QVector<int> shownPositions(rowCount());
        for (int row = 0; row < rowCount(); ++row)
            shownPositions[row] = position.at(storageIndex(row));
        if (m_searching) {
            newView = shownPositions;
            std::sort(newView.begin(), newView.end());
        }
        newRowOfRow.resize(rowCount());
        for (int row = 0; row < rowCount(); ++row) {
            newRowOfRow[row] = m_searching ? int(std::lower_bound(newView.cbegin(), newView.cend(),
                                                                  shownPositions.at(row)) -
                                                 newView.cbegin())
                                           : shownPositions.at(row);
            moves = moves || newRowOfRow.at(row) != row;
        }
    }

    if (moves) {
        // Bills moved in the list (or new ones went last): the rows take the list's order.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    m_rows = m_rows.reordered(arrivals);
    m_totals = MoneyTotals();
    for (int at = 0; at < m_rows.size(); ++at) {
        if (m_rows.hasTotal(at))
            m_totals.add(m_rows.currency(at), m_rows.total(at));
    }
    m_ordered = sorted && !newOrder.isEmpty();
    m_order = m_ordered ? newOrder : QVector<int>();
    m_view = newView;
    if (moves) {
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before)
            after.append(this->index(newRowOfRow.at(index.row()), index.column()));
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    const bool wasShowingStored = m_showingStored;
    m_merge.clear();
    m_refreshing = false;
    m_showingStored = false;
    m_storedAsOf = QDateTime();
    if (runningSort >= 0)
        applySort(runningSort, m_runningSortOrder);
    else if (sorted)
        applySort(m_sortColumn, m_sortOrder);
    if (wasShowingStored)
        emit storedRowsChanged();
}

void BillTableModel::onPageFailed(quint64 ticket, const ApiError &error) {
    if (ticket != m_inFlightTicket)
        return;
    m_inFlightTicket = 0;
    m_errorText = error.userText();
    setLoadState(LoadState::Error);
    if (m_loadingAll) {
        m_loadingAll = false;
        m_pendingSortColumn = -1;
        emit loadAllFinished(false);
    }
}

void BillTableModel::setLoadState(LoadState state) {
    if (m_state == state)
        return;
    m_state = state;
    emit loadStateChanged(state);
}

void BillTableModel::sort(int column, Qt::SortOrder order) {
    if (column >= ColumnCount)
        return;
    if (column >= 0 && !hasEveryRow()) {
        m_pendingSortColumn = column;
        m_pendingSortOrder = order;
        // Re-announce the real order so a view can put its indicator back.
        emit sortChanged(m_sortColumn, m_sortOrder);
        emit sortNeedsAllRows(column, order);
        return;
    }
    applySort(column, order);
}

void BillTableModel::applyPendingSort() {
    if (m_pendingSortColumn < 0)
        return;
    const int column = m_pendingSortColumn;
    m_pendingSortColumn = -1;
    applySort(column, m_pendingSortOrder);
}

void BillTableModel::cancelRunningSort() {
    ++m_sortGeneration;
    m_sortRunning = false;
}

void BillTableModel::applySort(int column, Qt::SortOrder order) {
    cancelRunningSort();
    if (column < 0) {
        applyOrder({}, -1, order);
        return;
    }
    // The keys are made here, in one pass over the store; the sort runs on a worker thread.
    BillSortJob::Labels labels;
    labels.accountName = [this](const QString &accountId) { return accountName(accountId); };
    labels.accountCode = [this](const QString &accountId) {
        return m_accounts ? m_accounts->code(accountId) : QString();
    };
    labels.statementState = &BillTableModel::statementStateText;
    const quint64 generation = m_sortGeneration;
    m_sortRunning = true;
    m_runningSortColumn = column;
    m_runningSortOrder = order;
    auto *watcher = new QFutureWatcher<QVector<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=] {
        watcher->deleteLater();
        if (generation != m_sortGeneration)
            return; // superseded by a newer sort, filter or page
        m_sortRunning = false;
        QVector<int> sorted = watcher->result();
        if (sorted.size() > m_rows.size())
            return;
        // Rows a merged page added while it ran go last, as they would in a sorted list.
        for (int at = int(sorted.size()); at < m_rows.size(); ++at)
            sorted.append(at);
        applyOrder(sorted, column, order);
    });
    watcher->setFuture(QtConcurrent::run(
        [job = BillSortJob::prepare(m_rows, column, order, labels)] { return job.run(); }));
}

void BillTableModel::applyOrder(QVector<int> order, int column, Qt::SortOrder sortOrder) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    // A search shows the same bills in the new order.
    QVector<int> view = m_searching ? searchView(order) : QVector<int>();
    QModelIndexList after;
    if (!before.isEmpty()) {
        // Row of each stored bill in the new order, to move the persistent indexes along.
        QVector<int> rowOfStorage(m_rows.size(), -1);
        const int rows = m_searching ? int(view.size()) : m_rows.size();
        for (int row = 0; row < rows; ++row) {
            const int at = m_searching ? view.at(row) : order.isEmpty() ? row : order.at(row);
            rowOfStorage[at] = row;
        }
        after.reserve(before.size());
        for (const QModelIndex &index : before)
            after.append(this->index(rowOfStorage.at(storageIndex(index.row())), index.column()));
    }
    m_ordered = !order.isEmpty();
    m_order = std::move(order);
    m_view = std::move(view);
    if (!before.isEmpty())
        changePersistentIndexList(before, after);

    m_sortColumn = column;
    m_sortOrder = sortOrder;
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit sortChanged(m_sortColumn, m_sortOrder);
}

void BillTableModel::accountNamesChanged() {
    if (rowCount() == 0)
        return;
    emit dataChanged(index(0, AccountCodeColumn), index(rowCount() - 1, AccountNameColumn),
                     {Qt::DisplayRole, SortRole});
}

} // namespace m3ter
