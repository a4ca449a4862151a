#include "models/BillTableModel.h"

#include "api/ApiError.h"
#include "domain/EnumLabels.h"
#include "domain/Money.h"
#include "models/AccountDirectory.h"
#include "models/BillPageSource.h"
#include "models/DisplayFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

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
    m_rows.clear();
    m_rows.squeeze();
    m_totals = MoneyTotals();
    m_nextToken.clear();
    m_errorText.clear();
    m_inFlightTicket = 0;
    m_firstPageLoaded = false;
    m_refreshing = false;
    m_sortColumn = -1;
    m_pendingSortColumn = -1;
    endResetModel();
    if (m_loadingAll) {
        m_loadingAll = false;
        emit loadAllFinished(false);
    }
    if (wasSorted)
        emit sortChanged(-1, m_sortOrder);
    emit rowsLoaded();
    requestNextPage();
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
    BillRow &bill = m_rows[row];
    bill.jsonStatementGenerated = true;
    bill.csvStatementGenerated = bill.csvStatementGenerated || csv;
    bill.statementStale = false;
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
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == wanted)
            return i;
    }
    return -1;
}

MoneyTotals BillTableModel::totalsOfRows(const QList<int> &rows) const {
    MoneyTotals totals;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const BillRow &bill = m_rows.at(row);
        if (bill.hasTotal)
            totals.add(bill.currency, bill.total);
    }
    return totals;
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
    const BillRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatementColumn && row.statementStale)
            //: Tooltip: the bill changed after its statement (document for the customer) was
            //: generated.
            return tr("The statement no longer matches the bill; regenerate it.");
        if (index.column() == TotalColumn && !row.hasTotal)
            return tr("The API did not return a total for this bill.");
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case BillIdRole:
        return row.id.toString();
    case AccountIdRole:
        return row.accountId;
    case CurrencyRole:
        return row.currency;
    case AmountTextRole:
        return row.hasTotal ? row.total.toString() : QString();
    case SortRole:
        return sortData(row, index.column());
    case StatementStaleRole:
        return row.statementStale;
    default:
        return QVariant();
    }
}

QString BillTableModel::accountName(const BillRow &row) const {
    return m_accounts ? m_accounts->name(row.accountId) : QString();
}

QVariant BillTableModel::displayData(const BillRow &row, int column) const {
    const QLocale locale;
    switch (column) {
    case AccountCodeColumn:
        if (row.accountCode.isEmpty() && m_accounts)
            return m_accounts->code(row.accountId);
        return row.accountCode;
    case AccountNameColumn:
        return accountName(row);
    case BillDateColumn:
        return formatDate(row.billDate, locale);
    case DueDateColumn:
        return formatDate(row.dueDate, locale);
    case ServicePeriodColumn:
        return formatPeriod(row.startDate, row.endDate, locale);
    case StatusColumn:
        return billStatusLabel(row.status);
    case LockedColumn:
        //: Cell of the Locked column: the bill is locked (final, can no longer change).
        return row.locked ? tr("Locked", "bill state") : QString();
    case CurrencyColumn:
        return row.currency;
    case TotalColumn:
        return row.hasTotal ? formatMoney(row.total, row.currency, locale) : QStringLiteral("—");
    case BillingFrequencyColumn:
        return billingFrequencyLabel(row.billingFrequency);
    case InvoiceNumberColumn:
        return row.invoiceNumber;
    case ExternalInvoiceDateColumn:
        return formatDate(row.externalInvoiceDate, locale);
    case ExternalInvoiceReferenceColumn:
        return row.externalInvoiceReference;
    case StatementColumn:
        return statementStateText(row);
    case LastCalculatedColumn:
        return formatDateTime(row.lastCalculatedMSecs, locale);
    default:
        return QVariant();
    }
}

QString BillTableModel::statementStateText(const BillRow &row) {
    QString text;
    if (row.jsonStatementGenerated && row.csvStatementGenerated)
        text = tr("JSON + CSV");
    else if (row.jsonStatementGenerated)
        text = tr("JSON");
    else if (row.csvStatementGenerated)
        text = tr("CSV");
    else
        //: Statement column: no statement (JSON or CSV document) has been generated for the bill.
        return tr("None");
    //: A statement exists but no longer matches its bill.
    return row.statementStale ? tr("%1 (stale)").arg(text) : text;
}

QVariant BillTableModel::sortData(const BillRow &row, int column) const {
    switch (column) {
    case BillDateColumn:
        return row.billDate;
    case DueDateColumn:
        return row.dueDate;
    case ServicePeriodColumn:
        return row.startDate;
    case ExternalInvoiceDateColumn:
        return row.externalInvoiceDate;
    case LastCalculatedColumn:
        return row.lastCalculatedMSecs;
    case LockedColumn:
        return row.locked;
    case TotalColumn:
        return row.hasTotal ? row.total.toString() : QString();
    default:
        return displayData(row, column);
    }
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
    switch (column) {
    case AccountCodeColumn:
        //: Column title: the short code of the customer account the bill is for.
        return tr("Account code");
    case AccountNameColumn:
        return tr("Account");
    case BillDateColumn:
        //: Column title: the date the bill was issued.
        return tr("Bill date");
    case DueDateColumn:
        //: Column title: the date by which the bill must be paid.
        return tr("Due date");
    case ServicePeriodColumn:
        //: Column title: the period whose usage and charges the bill covers (start to end).
        return tr("Service period");
    case StatusColumn:
        //: Column title: bill status (pending, approved).
        return tr("Status");
    case LockedColumn:
        //: Column title: a locked bill can no longer be changed or recalculated.
        return tr("Locked");
    case CurrencyColumn:
        return tr("Currency");
    case TotalColumn:
        //: Column title: the bill total in the bill currency.
        return tr("Total");
    case BillingFrequencyColumn:
        //: Column title: billing frequency, how often the account is billed (monthly, annually...).
        return tr("Frequency");
    case InvoiceNumberColumn:
        //: Column title: the sequential invoice number of the bill.
        return tr("Invoice no.");
    case ExternalInvoiceDateColumn:
        //: Column title: the date of the invoice in an external accounting system.
        return tr("Ext. invoice date");
    case ExternalInvoiceReferenceColumn:
        //: Column title: the reference of the invoice in an external accounting system.
        return tr("Ext. invoice ref.");
    case StatementColumn:
        //: Column title: whether JSON/CSV bill statements have been generated.
        return tr("Statement");
    case LastCalculatedColumn:
        //: Column title: when m3ter last calculated the bill.
        return tr("Last calculated");
    default:
        return QString();
    }
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
    if (m_refreshing) {
        // The refreshed first page replaces the rows kept on screen while it loaded.
        const bool wasSorted = m_sortColumn >= 0;
        beginResetModel();
        m_rows.clear();
        m_totals = MoneyTotals();
        m_nextToken.clear();
        m_firstPageLoaded = false;
        m_refreshing = false;
        m_sortColumn = -1;
        m_pendingSortColumn = -1;
        endResetModel();
        if (wasSorted)
            emit sortChanged(-1, m_sortOrder);
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
        beginInsertRows(QModelIndex(), first, first + int(page.rows.size()) - 1);
        // No reserve(first + n) here: QList::reserve() allocates exactly and copies every row,
        // which made paging 100,000 bills quadratic. append() grows geometrically (in place via
        // realloc(), BillRow being relocatable).
        for (const BillRow &row : page.rows) {
            m_rows.append(row);
            m_rows.last().apiOrder = int(m_rows.size()) - 1;
            if (row.hasTotal)
                m_totals.add(row.currency, row.total);
        }
        endInsertRows();
    }
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

void BillTableModel::applySort(int column, Qt::SortOrder order) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();

    // Sort a permutation rather than the rows themselves so persistent indexes can be remapped.
    QVector<int> order_(m_rows.size());
    std::iota(order_.begin(), order_.end(), 0);
    if (column < 0) {
        std::sort(order_.begin(), order_.end(),
                  [this](int a, int b) { return m_rows.at(a).apiOrder < m_rows.at(b).apiOrder; });
    } else {
        QVector<QVariant> keys(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            keys[i] = sortData(m_rows.at(i), column);
        const bool descending = order == Qt::DescendingOrder;
        auto less = [&](int a, int b) {
            const int c = compareSortKeys(column, keys.at(a), keys.at(b));
            if (c != 0)
                return descending ? c > 0 : c < 0;
            return m_rows.at(a).apiOrder < m_rows.at(b).apiOrder; // stable, API order on ties
        };
        std::sort(order_.begin(), order_.end(), less);
    }
    QVector<int> newPosition(m_rows.size());
    QVector<BillRow> sorted;
    sorted.reserve(m_rows.size());
    for (int i = 0; i < order_.size(); ++i) {
        newPosition[order_.at(i)] = i;
        sorted.append(std::move(m_rows[order_.at(i)]));
    }
    m_rows = std::move(sorted);

    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(newPosition.at(index.row()), index.column()));
    changePersistentIndexList(before, after);

    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit sortChanged(m_sortColumn, m_sortOrder);
}

int BillTableModel::compareSortKeys(int column, const QVariant &a, const QVariant &b) {
    if (column == TotalColumn) {
        // Empty (no total) sorts first; otherwise exact decimal comparison.
        const QString ta = a.toString();
        const QString tb = b.toString();
        if (ta.isEmpty() || tb.isEmpty())
            return int(!ta.isEmpty()) - int(!tb.isEmpty());
        const auto da = Decimal::fromString(ta);
        const auto db = Decimal::fromString(tb);
        if (da && db)
            return Decimal::compare(*da, *db);
        return 0;
    }
    if (column == LastCalculatedColumn) {
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString());
    const QPartialOrdering c = QVariant::compare(a, b);
    if (c == QPartialOrdering::Less)
        return -1;
    if (c == QPartialOrdering::Greater)
        return 1;
    return 0;
}

void BillTableModel::accountNamesChanged() {
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0, AccountCodeColumn), index(int(m_rows.size()) - 1, AccountNameColumn),
                     {Qt::DisplayRole, SortRole});
}

} // namespace m3ter
