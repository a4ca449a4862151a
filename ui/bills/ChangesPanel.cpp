#include "ChangesPanel.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "models/CsvWriter.h"
#include "store/BillStore.h"
#include "store/ChangeListModel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace m3ter {

ChangesPanel::ChangesPanel(BillStore *store, QWidget *parent)
    : QDockWidget(tr("Changes since you last looked"), parent)
    , m_store(store)
    , m_model(new ChangeListModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_reviewed(new QPushButton(tr("Mark all as reviewed"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this)) {
    setObjectName(QStringLiteral("changesPanel"));
    m_view->setObjectName(QStringLiteral("changesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Changes"));
    m_reviewed->setObjectName(QStringLiteral("markAllReviewed"));
    m_reviewed->setToolTip(tr("Start again from here: the next refreshes list only what changes "
                              "after now"));
    m_export->setObjectName(QStringLiteral("exportChanges"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_export);
    bar->addWidget(m_reviewed);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit billActivated(index.data(ChangeListModel::BillIdRole).toString());
    });
    connect(m_reviewed, &QPushButton::clicked, this, [this] { m_store->markAllReviewed(); });
    connect(m_export, &QPushButton::clicked, this, &ChangesPanel::exportInteractively);
    connect(m_store, &BillStore::changesReviewed, this, &ChangesPanel::reload);
    connect(m_store, &BillStore::refreshCompleted, this,
            [this](const QString &, const QDateTime &, int changes) {
                if (changes > 0)
                    reload();
            });
    reload();
}

void ChangesPanel::reload() {
    m_store->readChanges(false, this, [this](const QVector<BillChange> &changes) {
        m_model->setChanges(changes);
        const int n = int(changes.size());
        m_summary->setText(n == 0 ? tr("Nothing changed since you last looked.")
                                  : tr("%Ln change(s) since you last looked.", nullptr, n));
        m_reviewed->setEnabled(n > 0);
        m_export->setEnabled(n > 0);
        m_view->resizeColumnsToContents();
        emit changesLoaded(n);
    });
}

bool ChangesPanel::exportCsv(const QString &fileName, QString *error) const {
    QList<QStringList> records;
    QStringList titles;
    for (int c = 0; c < ChangeListModel::ColumnCount; ++c)
        titles.append(m_model->headerData(c, Qt::Horizontal).toString());
    //: CSV export header: the change's kind as a stable word (total, status, …) and the exact
    //: values before and after.
    titles << tr("Kind") << tr("Was (exact)") << tr("Now (exact)") << tr("Currency");
    records.append(titles);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList record;
        for (int c = 0; c < ChangeListModel::ColumnCount; ++c)
            record.append(m_model->index(r, c).data().toString());
        const BillChange &change = m_model->changes().at(r);
        record << BillChange::kindName(change.kind) << change.oldValue << change.newValue
               << change.currency;
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
