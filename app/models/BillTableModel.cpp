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
    m_totals = MoneyTotals();
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
    beginInsertRows(QModelIndex(), 0, int(rows.size()) - 1);
    for (const BillRow &row : rows) {
        m_rows.append(row);
        if (row.hasTotal)
            m_totals.add(row.currency, row.total);
    }
    m_showingStored = true;
    m_storedAsOf = asOf;
    endInsertRows();
    emit storedRowsChanged();
    emit rowsLoaded();
    return true;
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
    m_refreshing = true;
    m_inFlightTicket = ++m_lastTicket;
    m_errorText.clear();
    setLoadState(LoadState::Loading);
    m_source->requestPage(m_inFlightTicket, m_filter, QString());
}

void BillTableModel::retry() {
    if (m_state != LoadState::Error)
        return;
    if (m_refreshing)
        refresh();
    else
        requestNextPage();
}

bool BillTableModel::markStatementGenerated(const QString &billId, bool csv) {
    const int row = rowOfBill(billId);
    if (row < 0)
        return false;
    const int at = storageIndex(row);
    m_rows.setStatementState(at, true, m_rows.row(at).csvStatementGenerated || csv, false);
    const QModelIndex cell = index(row, StatementColumn);
    emit dataChanged(cell, cell);
    return true;
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
    const BillId wanted = BillId::fromString(billId);
    const QUuid uuid = wanted.uuid();
    for (int i = 0; i < m_rows.size(); ++i) {
        const int at = storageIndex(i);
        if (uuid.isNull() ? m_rows.id(at) == wanted : m_rows.uuid(at) == uuid)
            return i;
    }
    return -1;
}

MoneyTotals BillTableModel::totalsOfRows(const QList<int> &rows) const {
    MoneyTotals totals;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const int at = storageIndex(row);
        if (m_rows.hasTotal(at))
            totals.add(m_rows.currency(at), m_rows.total(at));
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
    return parent.isValid() ? 0 : int(m_rows.size());
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
    return !parent.isValid() && m_firstPageLoaded && !m_nextToken.isEmpty() &&
           m_inFlightTicket == 0 && m_state != LoadState::Error;
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
    const bool replacing = m_refreshing || m_showingStored;
    if (replacing) {
        // The first page replaces the rows kept on screen while it loaded: those of before a
        // refresh, or the stored ones.
        const bool wasSorted = m_sortColumn >= 0;
        const bool wasShowingStored = m_showingStored;
        beginResetModel();
        m_rows.clear();
        m_order.clear(); // indexes into the rows just cleared
        m_totals = MoneyTotals();
        m_nextToken.clear();
        m_firstPageLoaded = false;
        m_refreshing = false;
        m_showingStored = false;
        m_storedAsOf = QDateTime();
        m_sortColumn = -1;
        m_pendingSortColumn = -1;
        endResetModel();
        if (wasSorted)
            emit sortChanged(-1, m_sortOrder);
        if (wasShowingStored)
            emit storedRowsChanged();
    }
    // Paging state first: views call canFetchMore()/fetchMore() from inside endInsertRows(), and
    // they must see the new token, or they would ask for the same page again.
    m_inFlightTicket = 0;
    m_firstPageLoaded = true;
    // An empty page ends the list even if it carries a token, so a misbehaving server cannot
    // make loadAll() spin forever.
    m_nextToken = page.rows.isEmpty() ? QString() : page.nextToken;
    setLoadState(LoadState::Idle);
    if (!page.rows.isEmpty()) {
        const int first = int(m_rows.size());
        cancelRunningSort(); // its order would miss the new rows
        beginInsertRows(QModelIndex(), first, first + int(page.rows.size()) - 1);
        for (const BillRow &row : page.rows) {
            if (!m_order.isEmpty())
                m_order.append(m_rows.size()); // new rows go last in a sorted list
            m_rows.append(row);
            if (row.hasTotal)
                m_totals.add(row.currency, row.total);
        }
        endInsertRows();
    }
    emit pageAccepted(m_filter, int(m_rows.size()) - int(page.rows.size()), page);
    emit rowsLoaded();

    if (!m_loadingAll)
        return;
    emit loadAllProgress(loadedCount());
    if (!m_nextToken.isEmpty()) {
        if (m_inFlightTicket == 0) // a view may already have asked for it
            requestNextPage();
        return;
    }
    m_loadingAll = false;
    emit loadAllFinished(true);
    applyPendingSort();
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
    if (column >= 0 && !(m_firstPageLoaded && m_nextToken.isEmpty())) {
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
    auto *watcher = new QFutureWatcher<QVector<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=] {
        watcher->deleteLater();
        if (generation != m_sortGeneration)
            return; // superseded by a newer sort, filter or page
        m_sortRunning = false;
        QVector<int> sorted = watcher->result();
        if (sorted.size() != m_rows.size())
            return;
        applyOrder(sorted, column, order);
    });
    watcher->setFuture(QtConcurrent::run(
        [job = BillSortJob::prepare(m_rows, column, order, labels)] { return job.run(); }));
}

void BillTableModel::applyOrder(QVector<int> order, int column, Qt::SortOrder sortOrder) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    if (!before.isEmpty()) {
        // Row of each stored bill in the new order, to move the persistent indexes along.
        QVector<int> newRow(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            newRow[order.isEmpty() ? row : order.at(row)] = row;
        after.reserve(before.size());
        for (const QModelIndex &index : before)
            after.append(this->index(newRow.at(storageIndex(index.row())), index.column()));
    }
    m_order = std::move(order);
    if (!before.isEmpty())
        changePersistentIndexList(before, after);

    m_sortColumn = column;
    m_sortOrder = sortOrder;
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit sortChanged(m_sortColumn, m_sortOrder);
}

void BillTableModel::accountNamesChanged() {
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0, AccountCodeColumn), index(m_rows.size() - 1, AccountNameColumn),
                     {Qt::DisplayRole, SortRole});
}

} // namespace m3ter
