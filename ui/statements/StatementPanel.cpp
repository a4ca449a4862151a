#include "StatementPanel.h"

#include "common/FileActions.h"
#include "common/MessageBox.h"
#include "domain/EnumLabels.h"
#include "session/AppSettings.h"
#include "statements/StatementEntry.h"
#include "statements/StatementFileNames.h"
#include "statements/StatementJobModel.h"
#include "statements/StatementQueue.h"
#include "statements/StatementViewer.h"
#include "theme/PaletteFollower.h"
#include "theme/ThemeColors.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace m3ter {

namespace {

using Stage = StatementEntry::Stage;

const QColor kBlue(0x1a, 0x73, 0xe8);
const QColor kGreen(0x1e, 0x8e, 0x3e);
const QColor kRed(0xc5, 0x22, 0x1f);
const QColor kGrey(0x80, 0x86, 0x8b);

// One small round indicator per stage: a ring while work is under way (filled further as the
// stage advances), a filled disc with a mark once finished. Drawn, not themed, so it looks the
// same on every platform and in the screenshots.
QIcon stageIcon(Stage stage) {
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(stage));
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const qreal dpr : {1.0, 1.5, 2.0, 3.0}) { // sharp at every common scale factor
        const int size = 16;
        QPixmap pixmap(int(size * dpr), int(size * dpr));
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(2, 2, 12, 12);
        const auto ring = [&](const QColor &color, int sixteenths) {
            p.setPen(QPen(color.lighter(170), 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r);
            p.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
            p.drawArc(r, 90 * 16, -sixteenths * 16);
        };
        const auto disc = [&](const QColor &color) {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(QRectF(1, 1, 14, 14));
            p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
        };
        switch (stage) {
        case Stage::Submitting:
            ring(kGrey, 90);
            break;
        case Stage::Generating:
            ring(kBlue, 180);
            break;
        case Stage::WaitingForDownload:
            ring(kBlue, 270);
            break;
        case Stage::Downloading: {
            ring(kBlue, 300);
            p.setPen(QPen(kBlue, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawLine(QPointF(8, 5), QPointF(8, 11));
            p.drawPolyline(QPolygonF{QPointF(5.5, 8.5), QPointF(8, 11), QPointF(10.5, 8.5)});
            break;
        }
        case Stage::Downloaded:
            disc(kGreen);
            p.drawPolyline(QPolygonF{QPointF(4.5, 8.2), QPointF(7, 10.6), QPointF(11.5, 5.6)});
            break;
        case Stage::Cancelled:
            disc(kGrey);
            p.drawLine(QPointF(5, 8), QPointF(11, 8));
            break;
        case Stage::Failed:
        case Stage::SubmitFailed:
        case Stage::DownloadFailed:
            disc(kRed);
            p.drawLine(QPointF(8, 4.5), QPointF(8, 9));
            p.drawPoint(QPointF(8, 11.5));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(stage), icon);
    return icon;
}

bool isFailure(Stage stage) {
    return stage == Stage::Failed || stage == Stage::SubmitFailed || stage == Stage::DownloadFailed;
}

// The status column gets its stage indicator; statement states that need attention and error
// texts get a colour (not for the selected row, whose colours belong to the style).
class StatementStatusDelegate : public QStyledItemDelegate {
public:
    StatementStatusDelegate(StatementQueue *queue, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_queue(queue) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto stage = Stage(index.data(StatementJobModel::StageRole).toInt());
        const bool selected = option->state & QStyle::State_Selected;
        const auto toneText = [option](ThemeColors::Tone tone) {
            return ThemeColors::text(tone, option->palette, QPalette::Base);
        };
        switch (index.column()) {
        case StatementJobModel::StatusColumn:
            option->icon = stageIcon(stage);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(16, 16);
            break;
        case StatementJobModel::JsonStatusColumn:
        case StatementJobModel::CsvStatusColumn: {
            if (selected || !m_queue)
                break;
            const StatementEntry *e =
                m_queue->entry(index.data(StatementJobModel::EntryIdRole).toInt());
            if (!e)
                break;
            const QString raw = index.column() == StatementJobModel::JsonStatusColumn
                                    ? e->jsonStatementStatus
                                    : e->csvStatementStatus;
            // Derived from the view's palette: readable on light and dark ones alike.
            if (raw == QLatin1String("STALE"))
                option->palette.setColor(QPalette::Text, toneText(ThemeColors::Tone::Warning));
            else if (raw == QLatin1String("INVALIDATED"))
                option->palette.setColor(QPalette::Text, toneText(ThemeColors::Tone::Error));
            break;
        }
        case StatementJobModel::FilesColumn:
            if (!selected && isFailure(stage))
                option->palette.setColor(QPalette::Text, toneText(ThemeColors::Tone::Error));
            break;
        default:
            break;
        }
    }

private:
    QPointer<StatementQueue> m_queue;
};

QString entryTitle(const StatementEntry &e) {
    //: Statement viewer title: account code · bill date · bill id.
    return StatementPanel::tr("%1 · %2 · %3")
        .arg(e.item.accountCode, QLocale().toString(e.item.billDate, QLocale::ShortFormat),
             e.item.billId);
}

} // namespace

StatementPanel::StatementPanel(StatementQueue *queue, QWidget *parent)
    : QDockWidget(tr("Statements"), parent)
    , m_queue(queue)
    , m_model(new StatementJobModel(queue, this)) {
    setObjectName(QStringLiteral("statementPanel"));
    setAccessibleName(tr("Statements"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(100);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StatementPanel::refresh);

    buildActions();
    buildUi();

    // Not on entryAdded: every addition (submit, downloadExisting, load) ends with a
    // progressChanged for the new total, and a submission of 1,000 bills made 1,000 runs over
    // the whole queue here, each with a window-title change.
    connect(queue, &StatementQueue::progressChanged, this, &StatementPanel::updateRun);
    connect(queue, &StatementQueue::entryChanged, this, &StatementPanel::scheduleRefresh);
    connect(queue, &StatementQueue::entriesRemoved, this, &StatementPanel::onEntriesRemoved);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_stack->setCurrentWidget(m_view);
        scheduleScrollToBottom();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StatementPanel::updateActions);
    updateRun();
    refresh();
}

StatementPanel::~StatementPanel() = default;

StatementQueue *StatementPanel::queue() const {
    return m_queue;
}

void StatementPanel::buildActions() {
    const auto make = [this](const QString &text, const char *name, QStyle::StandardPixmap icon,
                             const QString &tip) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        return action;
    };
    m_cancelSelected =
        //: Statements panel: cancel the selected statement jobs (not a dialog button).
        make(tr("&Cancel"), "cancelSelectedStatements", QStyle::SP_DialogCancelButton,
             tr("Cancel the selected statement jobs (Del)"));
    m_cancelSelected->setShortcut(QKeySequence::Delete);
    m_cancelSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelSelected, &QAction::triggered, this, &StatementPanel::cancelSelected);

    m_cancelAll = make(tr("Cancel &all"), "cancelAllStatements", QStyle::SP_BrowserStop,
                       tr("Cancel every statement job that has not finished"));
    connect(m_cancelAll, &QAction::triggered, this, &StatementPanel::cancelAll);

    //: Statements panel: show the selected statement in the built-in viewer (verb, not the View
    //: menu).
    m_viewAction = make(tr("&View"), "viewStatement", QStyle::SP_FileDialogContentsView,
                        tr("Show the statement here: JSON as a tree, CSV as a table (Enter)"));
    connect(m_viewAction, &QAction::triggered, this, [this] { viewSelected(); });

    //: Statements panel: open the statement file in the default application.
    m_open = make(tr("&Open"), "openStatement", QStyle::SP_DialogOpenButton,
                  tr("Open the JSON statement in its default application"));
    connect(m_open, &QAction::triggered, this, [this] { openSelected(false); });
    m_openCsv = make(tr("Open C&SV"), "openStatementCsv", QStyle::SP_DialogOpenButton,
                     tr("Open the CSV statement in its default application, e.g. a spreadsheet"));
    connect(m_openCsv, &QAction::triggered, this, [this] { openSelected(true); });

    m_reveal = make(tr("Show in &folder"), "revealStatement", QStyle::SP_DirOpenIcon,
                    tr("Show the statement file in the file manager"));
    connect(m_reveal, &QAction::triggered, this, &StatementPanel::revealSelected);

    //: Statements panel: download the statements whose download failed again.
    m_retry = make(tr("&Retry downloads"), "retryStatementDownloads", QStyle::SP_BrowserReload,
                   tr("Download failed statements again, into the statements folder"));
    connect(m_retry, &QAction::triggered, this, &StatementPanel::retryDownloads);

    //: Statements panel: generate the selected failed or cancelled statements once more.
    m_again = make(tr("&Generate again"), "generateStatementsAgain", QStyle::SP_MediaPlay,
                   tr("Submit the selected failed or cancelled statements again"));
    connect(m_again, &QAction::triggered, this, &StatementPanel::generateAgain);

    m_clearFinished =
        //: Statements panel: remove finished statement jobs from the list (files stay on disk).
        make(tr("C&lear finished"), "clearFinishedStatements", QStyle::SP_DialogResetButton,
             tr("Remove finished statements from this list; saved files stay on disk"));
    connect(m_clearFinished, &QAction::triggered, this, &StatementPanel::clearFinished);

    m_openFolder =
        make(tr("Statements &folder"), "openStatementsFolder", QStyle::SP_DirHomeIcon, QString());
    connect(m_openFolder, &QAction::triggered, this, [this] {
        const QString folder = AppSettings().statementsFolder();
        QDir().mkpath(folder);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            MessageBox::warning(
                this, tr("Statements folder"),
                tr("%1 could not be opened.").arg(QDir::toNativeSeparators(folder)));
    });
}

void StatementPanel::buildUi() {
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("statementPanelContent"));

    m_toolBar = new QToolBar(content);
    m_toolBar->setObjectName(QStringLiteral("statementToolBar"));
    m_toolBar->setAccessibleName(tr("Statement actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_viewAction);
    m_toolBar->addAction(m_open);
    m_toolBar->addAction(m_reveal);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_cancelSelected);
    m_toolBar->addAction(m_cancelAll);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_retry);
    m_toolBar->addAction(m_again);
    m_toolBar->addAction(m_clearFinished);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_openFolder);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("statementSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    PaletteFollower::useSecondaryText(m_summary);
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("statementProgress"));
    m_progress->setAccessibleName(tr("Statement progress"));
    m_progress->setMinimumWidth(220);
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(true);
    m_progress->setAlignment(Qt::AlignCenter);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->setSpacing(8);
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_summary);
    top->addWidget(m_progress);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("statementTable"));
    m_view->setAccessibleName(tr("Statement jobs"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StatementStatusDelegate(m_queue, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    fitColumnWidths();
    m_view->addAction(m_cancelSelected);
    connect(m_view, &QTableView::customContextMenuRequested, this,
            &StatementPanel::showContextMenu);
    connect(m_view, &QTableView::activated, this, [this] { viewSelected(); });

    m_empty = new QLabel(content);
    m_empty->setObjectName(QStringLiteral("statementPanelEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    PaletteFollower::useSecondaryText(m_empty);
    m_empty->setText(tr("No statements yet. Select bills and choose Generate statements (Ctrl+G); "
                        "they are saved under %1.")
                         .arg(QDir::toNativeSeparators(AppSettings().statementsFolder())));

    m_stack = new QStackedWidget(content);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    setWidget(content);
}

void StatementPanel::fitColumnWidths() {
    QHeaderView *header = m_view->horizontalHeader();
    // A title that still does not fit (a column narrowed by hand) ends in "…", never clipped
    // on both sides.
    header->setTextElideMode(Qt::ElideRight);
    const QFontMetrics fm = m_view->fontMetrics();
    const QFontMetrics titles = header->fontMetrics();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const auto widest = [&fm](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, fm.horizontalAdvance(text));
        return width;
    };
    QStringList stages;
    for (int stage = int(Stage::Submitting); stage <= int(Stage::SubmitFailed); ++stage)
        stages.append(StatementEntry::stageLabel(Stage(stage)));
    QStringList fileStates;
    for (const QString &state : knownStatementFileStatuses())
        fileStates.append(statementFileStatusLabel(state));
    // Content widths (samples in this locale and font); each column is at least as wide as its
    // translated title.
    const QList<QPair<int, int>> contents = {
        {StatementJobModel::AccountCodeColumn, fm.horizontalAdvance(QLatin1Char('M')) * 12},
        {StatementJobModel::BillDateColumn,
         fm.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) + 24},
        {StatementJobModel::BillIdColumn,
         fm.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + 16},
        {StatementJobModel::StatusColumn, widest(stages) + 48}, // with the stage indicator
        {StatementJobModel::JsonStatusColumn, widest(fileStates) + 20},
        {StatementJobModel::CsvStatusColumn, widest(fileStates) + 20},
        {StatementJobModel::ElapsedColumn, fm.horizontalAdvance(QStringLiteral("00:00:00")) + 20},
    };
    // The last column stretches, and gets the default size when nothing is left to stretch
    // into: it still needs room for its own title. (Set first: it resizes every section.)
    const int filesTitle =
        titles.horizontalAdvance(
            m_model->headerData(StatementJobModel::FilesColumn, Qt::Horizontal).toString()) +
        3 * margin;
    header->setDefaultSectionSize(qMax(header->defaultSectionSize(), filesTitle));
    for (const auto &[column, content] : contents) {
        const int title =
            titles.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
            3 * margin;
        header->resizeSection(column, qMax(content, title));
    }
}

void StatementPanel::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectRow(index.row());
    updateActions();
    QMenu menu(this);
    menu.addAction(m_viewAction);
    menu.addAction(m_open);
    menu.addAction(m_openCsv);
    menu.addAction(m_reveal);
    menu.addSeparator();
    menu.addAction(m_cancelSelected);
    menu.addAction(m_cancelAll);
    menu.addSeparator();
    menu.addAction(m_retry);
    menu.addAction(m_again);
    menu.addSeparator();
    menu.addAction(m_clearFinished);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QList<int> StatementPanel::selectedRows() const {
    QList<int> rows;
    const QModelIndexList indexes = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : indexes)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> StatementPanel::selectedEntryIds() const {
    QList<int> ids;
    if (!m_queue)
        return ids;
    for (int row : selectedRows()) {
        if (row < m_queue->count())
            ids.append(m_queue->at(row).id);
    }
    return ids;
}

void StatementPanel::selectEntries(const QList<int> &entryIds) {
    QItemSelection selection;
    for (int id : entryIds) {
        const int row = m_queue ? m_queue->rowOf(id) : -1;
        if (row >= 0 && row < m_model->rowCount())
            selection.select(m_model->index(row, 0),
                             m_model->index(row, StatementJobModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                                  QItemSelectionModel::NoUpdate);
}

void StatementPanel::cancelSelected() {
    if (m_queue)
        m_queue->cancel(selectedEntryIds());
}

void StatementPanel::cancelAll() {
    if (m_queue)
        m_queue->cancelAll();
}

void StatementPanel::openSelected(bool csv) {
    for (int id : selectedEntryIds()) {
        const StatementEntry *e = m_queue->entry(id);
        const QString file = csv ? e->csvFile : (e->jsonFile.isEmpty() ? e->csvFile : e->jsonFile);
        if (!file.isEmpty()) {
            FileActions::open(file, this);
            return;
        }
    }
}

void StatementPanel::revealSelected() {
    for (int id : selectedEntryIds()) {
        const StatementEntry *e = m_queue->entry(id);
        const QString file = e->jsonFile.isEmpty() ? e->csvFile : e->jsonFile;
        if (!file.isEmpty()) {
            FileActions::showInFolder(file, this);
            return;
        }
    }
}

StatementViewer *StatementPanel::viewSelected() {
    for (int id : selectedEntryIds()) {
        const StatementEntry *e = m_queue->entry(id);
        if (e->jsonFile.isEmpty() && e->csvFile.isEmpty())
            continue;
        if (!m_viewer) {
            // A window of its own (parented for lifetime and stacking), reused for the next one.
            m_viewer = new StatementViewer(window());
            m_viewer->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_viewer->showFiles(entryTitle(*e), e->jsonFile, e->csvFile);
        m_viewer->show();
        m_viewer->raise();
        m_viewer->activateWindow();
        return m_viewer;
    }
    return nullptr;
}

void StatementPanel::retryDownloads() {
    if (!m_queue)
        return;
    QList<int> ids;
    for (int id : selectedEntryIds()) {
        if (m_queue->entry(id)->stage == Stage::DownloadFailed)
            ids.append(id);
    }
    // Into the folder as set now: the usual fix for a failed download is another folder.
    m_queue->setTargetRoot(AppSettings().statementsFolder());
    if (ids.isEmpty())
        m_queue->retryDownloads();
    else
        m_queue->retryDownloads(ids);
}

void StatementPanel::generateAgain() {
    if (!m_queue)
        return;
    QList<StatementRequestItem> withCsv;
    QList<StatementRequestItem> jsonOnly;
    for (int id : selectedEntryIds()) {
        const StatementEntry *e = m_queue->entry(id);
        if (e->stage != Stage::Failed && e->stage != Stage::SubmitFailed &&
            e->stage != Stage::Cancelled)
            continue;
        (e->includeCsv ? withCsv : jsonOnly).append(e->item);
    }
    m_queue->setTargetRoot(AppSettings().statementsFolder());
    if (!withCsv.isEmpty())
        m_queue->submit(withCsv, true);
    if (!jsonOnly.isEmpty())
        m_queue->submit(jsonOnly, false);
}

void StatementPanel::clearFinished() {
    if (m_queue)
        m_queue->removeFinished();
}

void StatementPanel::onEntriesRemoved(int firstRow, int lastRow) {
    // The current run starts at the same entry as before, now fewer rows down.
    if (firstRow < m_runStart)
        m_runStart -= qMin(lastRow + 1, m_runStart) - firstRow;
    if (m_model->rowCount() == 0)
        m_stack->setCurrentWidget(m_empty);
    updateRun();
}

void StatementPanel::scheduleScrollToBottom() {
    // Once per turn of the event loop, after the rows of a whole submission are in: scrolling
    // lays out the view and its scroll bars, which per row of a 1,000-bill submission kept the
    // GUI thread for ~15 ms.
    if (m_scrollPending)
        return;
    m_scrollPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scrollPending = false;
            m_view->scrollToBottom();
        },
        Qt::QueuedConnection);
}

void StatementPanel::scheduleRefresh() {
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void StatementPanel::updateRun() {
    if (!m_queue)
        return;
    const int count = m_queue->count();
    int firstUnfinished = -1;
    for (int row = 0; row < count; ++row) {
        if (!m_queue->at(row).isFinished()) {
            firstUnfinished = row;
            break;
        }
    }
    const bool wasActive = m_runActive;
    if (firstUnfinished >= 0) {
        m_hadRun = true;
        if (!m_runActive) {
            m_runActive = true;
            m_runStart = firstUnfinished;
        } else {
            m_runStart = qMin(m_runStart, firstUnfinished); // a retry re-opened an older entry
        }
    } else {
        m_runActive = false;
        if (!m_hadRun)
            m_runStart = count; // history from earlier sessions is not this run
    }
    int done = 0;
    for (int row = m_runStart; row < count; ++row)
        done += m_queue->at(row).isFinished() ? 1 : 0;
    const int total = count - m_runStart;
    const bool newShape = total != m_runTotal || wasActive != m_runActive;
    m_runDone = done;
    m_runTotal = total;
    // The bar, its text and the window title (runProgressChanged) follow the finished count
    // with the rest of the panel, at most every 100 ms (refresh()): per finished entry they
    // repainted the panel and retitled the window a thousand times in a few seconds of a large
    // run. A new run, new entries and the end of a run show at once.
    if (newShape || done == total)
        showRunProgress();
    scheduleRefresh();
}

void StatementPanel::showRunProgress() {
    m_progress->setVisible(m_runTotal > 0);
    m_progress->setRange(0, qMax(m_runTotal, 1));
    m_progress->setValue(m_runDone);
    //: Progress bar of the statements panel: finished of all in this run.
    m_progress->setFormat(tr("%1 of %2 done").arg(m_runDone).arg(m_runTotal));
    if (m_runDone == m_shownDone && m_runTotal == m_shownTotal && m_runActive == m_shownActive)
        return;
    m_shownDone = m_runDone;
    m_shownTotal = m_runTotal;
    m_shownActive = m_runActive;
    emit runProgressChanged(m_runDone, m_runTotal, m_runActive);
}

void StatementPanel::refresh() {
    if (!m_queue)
        return;
    int active = 0;
    int downloaded = 0;
    int failed = 0;
    int cancelled = 0;
    // One count per bill: a bill generated again is counted by its latest row only, so an
    // earlier failure that a later attempt replaced is not reported as still failed.
    QSet<QString> counted;
    for (int row = m_queue->count() - 1; row >= 0; --row) {
        const StatementEntry &entry = m_queue->at(row);
        if (counted.contains(entry.item.billId))
            continue;
        counted.insert(entry.item.billId);
        const Stage stage = entry.stage;
        if (stage == Stage::Downloaded)
            ++downloaded;
        else if (stage == Stage::Cancelled)
            ++cancelled;
        else if (isFailure(stage))
            ++failed;
        else
            ++active;
    }
    QStringList parts;
    if (active > 0)
        parts << tr("%Ln in progress", nullptr, active);
    if (downloaded > 0)
        parts << tr("%Ln downloaded", nullptr, downloaded);
    if (failed > 0)
        parts << tr("%Ln failed", nullptr, failed);
    if (cancelled > 0)
        parts << tr("%Ln cancelled", nullptr, cancelled);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_openFolder->setToolTip(tr("Open the statements folder: %1")
                                 .arg(QDir::toNativeSeparators(AppSettings().statementsFolder())));
    showRunProgress();
    updateActions();
}

void StatementPanel::updateActions() {
    bool anyUnfinished = false;
    bool anyFinished = false;
    bool anyDownloadFailed = false;
    if (m_queue) {
        for (int row = 0; row < m_queue->count(); ++row) {
            const StatementEntry &e = m_queue->at(row);
            anyUnfinished = anyUnfinished || !e.isFinished();
            anyFinished = anyFinished || e.isFinished();
            anyDownloadFailed = anyDownloadFailed || e.stage == Stage::DownloadFailed;
        }
    }
    bool selUnfinished = false;
    bool selJson = false;
    bool selCsv = false;
    bool selAgain = false;
    for (int id : selectedEntryIds()) {
        const StatementEntry *e = m_queue->entry(id);
        selUnfinished = selUnfinished || !e->isFinished();
        selJson = selJson || !e->jsonFile.isEmpty();
        selCsv = selCsv || !e->csvFile.isEmpty();
        selAgain = selAgain || e->stage == Stage::Failed || e->stage == Stage::SubmitFailed ||
                   e->stage == Stage::Cancelled;
    }
    m_cancelSelected->setEnabled(selUnfinished);
    m_cancelAll->setEnabled(anyUnfinished);
    m_viewAction->setEnabled(selJson || selCsv);
    m_open->setEnabled(selJson || selCsv);
    m_openCsv->setEnabled(selCsv);
    m_reveal->setEnabled(selJson || selCsv);
    m_retry->setEnabled(anyDownloadFailed);
    m_again->setEnabled(selAgain);
    m_clearFinished->setEnabled(anyFinished);
}

} // namespace m3ter
