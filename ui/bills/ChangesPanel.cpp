#include "ChangesPanel.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "models/CsvWriter.h"
#include "store/BillStore.h"
#include "store/ChangeFilterModel.h"
#include "store/ChangeListModel.h"

#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace m3ter {

ChangesPanel::ChangesPanel(BillStore *store, QWidget *parent)
    : QDockWidget(tr("Changes since you last looked"), parent)
    , m_store(store)
    , m_model(new ChangeListModel(this))
    , m_filter(new ChangeFilterModel(this))
    , m_summary(new QLabel(this))
    , m_kinds(new QComboBox(this))
    , m_accounts(new QComboBox(this))
    , m_view(new QTableView(this))
    //: Changes panel: the bills of the selected changes are reviewed (no longer listed).
    , m_reviewedBill(new QPushButton(tr("Mark bill as reviewed"), this))
    , m_reviewed(new QPushButton(tr("Mark all as reviewed"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this)) {
    setObjectName(QStringLiteral("changesPanel"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("changesView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Changes"));
    m_reviewedBill->setObjectName(QStringLiteral("markBillReviewed"));
    m_reviewedBill->setToolTip(tr("The selected bills leave the list until they change again"));
    m_reviewed->setObjectName(QStringLiteral("markAllReviewed"));
    m_reviewed->setToolTip(tr("Start again from here: the next refreshes list only what changes "
                              "after now"));
    m_export->setObjectName(QStringLiteral("exportChanges"));
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_export->setToolTip(tr("Save the changes listed (as filtered) as a CSV file"));

    m_kinds->setObjectName(QStringLiteral("changeKindFilter"));
    //: Changes panel filter: every kind of change is listed.
    m_kinds->addItem(tr("All changes"));
    for (BillChange::Kind kind : BillChange::allKinds())
        m_kinds->addItem(ChangeListModel::kindLabel(kind), int(kind));
    m_kinds->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    //: Changes panel: accessible name of the filter by kind of change.
    m_kinds->setAccessibleName(tr("Kind of change"));
    m_accounts->setObjectName(QStringLiteral("changeAccountFilter"));
    //: Changes panel: accessible name of the filter by account.
    m_accounts->setAccessibleName(tr("Account of the bill"));
    // Account names can be long: the box keeps a readable width, its list shows them whole.
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_accounts->setMinimumContentsLength(28);
    //: Changes panel: label of the filter by kind of change.
    auto *kindLabel = new QLabel(tr("Show:"), this);
    kindLabel->setBuddy(m_kinds);
    auto *accountLabel = new QLabel(tr("Account:"), this);
    accountLabel->setBuddy(m_accounts);
    fillAccounts();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *filters = new QHBoxLayout;
    filters->addWidget(kindLabel);
    filters->addWidget(m_kinds);
    filters->addSpacing(12);
    filters->addWidget(accountLabel);
    filters->addWidget(m_accounts);
    filters->addStretch(1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_export);
    bar->addWidget(m_reviewedBill);
    bar->addWidget(m_reviewed);
    layout->addLayout(filters);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit billActivated(index.data(ChangeListModel::BillIdRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChangesPanel::updateSummary);
    connect(m_kinds, &QComboBox::currentIndexChanged, this, &ChangesPanel::applyFilters);
    connect(m_accounts, &QComboBox::currentIndexChanged, this, &ChangesPanel::applyFilters);
    connect(m_reviewedBill, &QPushButton::clicked, this, &ChangesPanel::markSelectedReviewed);
    connect(m_reviewed, &QPushButton::clicked, this, [this] { m_store->markAllReviewed(); });
    connect(m_export, &QPushButton::clicked, this, &ChangesPanel::exportInteractively);
    connect(m_store, &BillStore::changesReviewed, this, &ChangesPanel::reload);
    connect(m_store, &BillStore::refreshCompleted, this,
            [this](const QString &, const QDateTime &, int changes) {
                if (changes > 0)
                    reload();
            });
    connect(m_store, &BillStore::detailChangesRecorded, this, &ChangesPanel::reload);
    // Opened again (after "Forget local data"): what it holds now.
    connect(m_store, &BillStore::opened, this, &ChangesPanel::reload);
    reload();
}

void ChangesPanel::reload() {
    m_store->readChanges(false, this, [this](const QVector<BillChange> &changes) {
        m_model->setChanges(changes);
        fillAccounts();
        updateSummary();
        m_view->resizeColumnsToContents();
        emit changesLoaded(int(changes.size()));
    });
}

void ChangesPanel::fillAccounts() {
    QStringList ids;
    for (const BillChange &change : m_model->changes()) {
        if (!ids.contains(change.accountId))
            ids.append(change.accountId);
    }
    const auto text = [this](const QString &id) {
        //: Changes panel account filter: changes of bills that name no account.
        return id.isEmpty() ? tr("No account") : m_model->accountText(id);
    };
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        return collator.compare(text(a), text(b)) < 0;
    });
    const QVariant selected =
        m_accounts->currentIndex() > 0 ? m_accounts->currentData() : QVariant();
    {
        const QSignalBlocker blocker(m_accounts);
        m_accounts->clear();
        //: Changes panel filter: the changes of every account are listed.
        m_accounts->addItem(tr("All accounts"));
        for (const QString &id : ids)
            m_accounts->addItem(text(id), id);
        const int index = selected.isValid() ? m_accounts->findData(selected) : 0;
        m_accounts->setCurrentIndex(qMax(0, index));
    }
    applyFilters();
}

void ChangesPanel::applyFilters() {
    m_filter->setKind(m_kinds->currentIndex() > 0
                          ? std::optional(BillChange::Kind(m_kinds->currentData().toInt()))
                          : std::nullopt);
    m_filter->setAccountId(m_accounts->currentIndex() > 0
                               ? std::optional(m_accounts->currentData().toString())
                               : std::nullopt);
    updateSummary();
}

void ChangesPanel::updateSummary() {
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (all == 0)
        m_summary->setText(tr("Nothing changed since you last looked."));
    else if (m_filter->isFiltering())
        //: Changes panel: how many changes there are, and how many the filters leave.
        m_summary->setText(tr("%Ln change(s) since you last looked, %1 shown.", nullptr, all)
                               .arg(QLocale().toString(shown)));
    else
        m_summary->setText(tr("%Ln change(s) since you last looked.", nullptr, all));
    m_reviewed->setEnabled(all > 0);
    m_export->setEnabled(shown > 0);
    m_reviewedBill->setEnabled(!selectedBills().isEmpty());
}

QStringList ChangesPanel::selectedBills() const {
    QStringList bills;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString billId = row.data(ChangeListModel::BillIdRole).toString();
        if (!billId.isEmpty() && !bills.contains(billId))
            bills.append(billId);
    }
    return bills;
}

void ChangesPanel::markSelectedReviewed() {
    for (const QString &billId : selectedBills())
        m_store->markReviewed(billId);
}

bool ChangesPanel::exportCsv(const QString &fileName, QString *error) const {
    QList<QStringList> records;
    QStringList titles;
    for (int c = 0; c < ChangeListModel::ColumnCount; ++c)
        titles.append(m_model->headerData(c, Qt::Horizontal).toString());
    //: CSV export header: the change's kind as a stable word (total, status, …), the exact
    //: values before and after, and the id of the line item a change is about.
    titles << tr("Kind") << tr("Was (exact)") << tr("Now (exact)") << tr("Currency")
           << tr("Line item id");
    records.append(titles);
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        QStringList record;
        for (int c = 0; c < ChangeListModel::ColumnCount; ++c)
            record.append(m_filter->index(r, c).data().toString());
        const BillChange &change = m_filter->changeAt(r);
        record << BillChange::kindName(change.kind) << change.oldValue << change.newValue
               << change.currency << change.lineItemId;
        records.append(record);
    }
    return CsvWriter::write(fileName, records, CsvWriter::Options(), error);
}

void ChangesPanel::exportInteractively() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = FileDialog::getSaveFileName(
        this, tr("Export changes"), dir + QLatin1String("/changes.csv"), tr("CSV (UTF-8) (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportCsv(fileName, &error))
        MessageBox::warning(this, tr("Export failed"), error);
}

} // namespace m3ter
