#include "StatementViewer.h"

#include "common/FileActions.h"
#include "models/CsvTableModel.h"
#include "models/JsonTreeModel.h"
#include "theme/PaletteFollower.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace m3ter {

namespace {

QLabel *makeErrorLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(24);
    PaletteFollower::useSecondaryText(label);
    return label;
}

} // namespace

StatementViewer::StatementViewer(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_jsonModel(new JsonTreeModel(this))
    , m_jsonProxy(new QSortFilterProxyModel(this))
    , m_csvModel(new CsvTableModel(this)) {
    setObjectName(QStringLiteral("statementViewer"));
    //: Window title of the statement viewer (statement: the document m3ter generates from a bill).
    setWindowTitle(tr("Statement"));
    setSizeGripEnabled(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setObjectName(QStringLiteral("statementViewerFile"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PaletteFollower::useSecondaryText(m_fileLabel);

    m_tabs->setObjectName(QStringLiteral("statementViewerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildJsonTab(), tr("&JSON"));
    m_tabs->addTab(buildCsvTab(), tr("&CSV"));
    m_tabs->tabBar()->setAccessibleName(tr("Statement format"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &StatementViewer::updateFileLine);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    //: Opens the statement file in the application the system uses for JSON or CSV files.
    QPushButton *open =
        buttons->addButton(tr("&Open in default app"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("statementViewerOpen"));
    open->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    //: Opens the file manager at the statement file.
    QPushButton *reveal = buttons->addButton(tr("Show in &folder"), QDialogButtonBox::ActionRole);
    reveal->setObjectName(QStringLiteral("statementViewerReveal"));
    const auto currentFile = [this] {
        if (m_tabs->currentIndex() == 1 && !m_csvFile.isEmpty())
            return m_csvFile;
        return m_jsonFile.isEmpty() ? m_csvFile : m_jsonFile;
    };
    connect(open, &QPushButton::clicked, this,
            [this, currentFile] { FileActions::open(currentFile(), this); });
    connect(reveal, &QPushButton::clicked, this,
            [this, currentFile] { FileActions::showInFolder(currentFile(), this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 640);
}

QWidget *StatementViewer::buildJsonTab() {
    auto *page = new QWidget(m_tabs);
    m_jsonSearch = new QLineEdit(page);
    m_jsonSearch->setObjectName(QStringLiteral("statementViewerSearch"));
    m_jsonSearch->setPlaceholderText(tr("Find a field or value…"));
    m_jsonSearch->setAccessibleName(tr("Find in statement"));
    m_jsonSearch->setClearButtonEnabled(true);

    m_jsonProxy->setSourceModel(m_jsonModel);
    m_jsonProxy->setRecursiveFilteringEnabled(true);
    m_jsonProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_jsonProxy->setFilterKeyColumn(-1);
    connect(m_jsonSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_jsonProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_jsonView->expandAll();
    });

    m_jsonView = new QTreeView(page);
    m_jsonView->setObjectName(QStringLiteral("statementJsonTree"));
    m_jsonView->setAccessibleName(tr("Statement JSON"));
    m_jsonView->setModel(m_jsonProxy);
    m_jsonView->setAlternatingRowColors(true);
    m_jsonView->setUniformRowHeights(true);
    m_jsonView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jsonView->header()->setStretchLastSection(false);
    m_jsonView->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_jsonError = makeErrorLabel(page);
    m_jsonError->setObjectName(QStringLiteral("statementJsonError"));

    m_jsonStack = new QStackedLayout;
    m_jsonStack->addWidget(m_jsonView);
    m_jsonStack->addWidget(m_jsonError);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_jsonSearch);
    layout->addLayout(m_jsonStack, 1);
    return page;
}

QWidget *StatementViewer::buildCsvTab() {
    auto *page = new QWidget(m_tabs);
    m_csvView = new QTableView(page);
    m_csvView->setObjectName(QStringLiteral("statementCsvTable"));
    m_csvView->setAccessibleName(tr("Statement CSV"));
    m_csvView->setModel(m_csvModel);
    m_csvView->setAlternatingRowColors(true);
    m_csvView->setWordWrap(false);
    m_csvView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_csvView->verticalHeader()->setDefaultSectionSize(m_csvView->fontMetrics().height() + 8);
    m_csvView->horizontalHeader()->setStretchLastSection(true);
    m_csvError = makeErrorLabel(page);
    m_csvError->setObjectName(QStringLiteral("statementCsvError"));
    m_csvStack = new QStackedLayout(page);
    m_csvStack->setContentsMargins(0, 6, 0, 0);
    m_csvStack->addWidget(m_csvView);
    m_csvStack->addWidget(m_csvError);
    return page;
}

QByteArray StatementViewer::readFile(const QString &path, QString *error) {
    if (path.isEmpty()) {
        *error = tr("No file was saved in this format for this statement.");
        return {};
    }
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        *error = tr("%1 is no longer there. It may have been moved or deleted; download the "
                    "statement again.")
                     .arg(shown);
        return {};
    }
    if (file.size() > kMaxFileBytes) {
        *error = tr("%1 is too large to show here. Open it in its default application.").arg(shown);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be read: %2").arg(shown, file.errorString());
        return {};
    }
    error->clear();
    return file.readAll();
}

bool StatementViewer::showFiles(const QString &title, const QString &jsonFile,
                                const QString &csvFile) {
    m_jsonFile = jsonFile;
    m_csvFile = csvFile;
    m_title->setText(title);
    setWindowTitle(tr("Statement — %1").arg(title));

    QString error;
    const QByteArray json = readFile(jsonFile, &error);
    if (error.isEmpty() && !m_jsonModel->setJson(json, &error))
        error = error.isEmpty() ? tr("The file could not be read.") : error;
    if (error.isEmpty()) {
        m_jsonSearch->setEnabled(true);
        m_jsonStack->setCurrentWidget(m_jsonView);
        m_jsonView->expandToDepth(0);
        m_jsonView->resizeColumnToContents(JsonTreeModel::KeyColumn);
        m_jsonView->setColumnWidth(
            JsonTreeModel::KeyColumn,
            qMin(m_jsonView->columnWidth(JsonTreeModel::KeyColumn) + 24, 320));
        m_jsonView->resizeColumnToContents(JsonTreeModel::TypeColumn);
    } else {
        m_jsonModel->clear();
        m_jsonSearch->setEnabled(false);
        m_jsonError->setText(error);
        m_jsonStack->setCurrentWidget(m_jsonError);
    }
    const bool jsonOk = error.isEmpty();

    const QByteArray csv = readFile(csvFile, &error);
    if (error.isEmpty()) {
        m_csvModel->setCsv(csv);
        m_csvStack->setCurrentWidget(m_csvView);
        m_csvView->resizeColumnsToContents();
        for (int c = 0; c < m_csvModel->columnCount(); ++c)
            m_csvView->setColumnWidth(c, qMin(m_csvView->columnWidth(c) + 12, 360));
    } else {
        m_csvModel->clear();
        m_csvError->setText(error);
        m_csvStack->setCurrentWidget(m_csvError);
    }
    const bool csvOk = error.isEmpty();
    m_tabs->setTabEnabled(1, !csvFile.isEmpty());
    m_tabs->setCurrentIndex(jsonOk || !csvOk ? 0 : 1);
    updateFileLine();
    return jsonOk || csvOk;
}

void StatementViewer::setCurrentTab(int tab) {
    if (m_tabs->isTabEnabled(tab))
        m_tabs->setCurrentIndex(tab);
}

void StatementViewer::updateFileLine() {
    const QString file = m_tabs->currentIndex() == 1 ? m_csvFile : m_jsonFile;
    m_fileLabel->setText(QDir::toNativeSeparators(file));
}

QString StatementViewer::jsonError() const {
    return m_jsonStack->currentWidget() == m_jsonError ? m_jsonError->text() : QString();
}

QString StatementViewer::csvError() const {
    return m_csvStack->currentWidget() == m_csvError ? m_csvError->text() : QString();
}

} // namespace m3ter
