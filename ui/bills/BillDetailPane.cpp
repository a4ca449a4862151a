#include "BillDetailPane.h"

#include "common/FileDialog.h"
#include "common/FlowLayout.h"
#include "common/InlineNotice.h"
#include "domain/EnumLabels.h"
#include "domain/Money.h"
#include "models/BillDetailCache.h"
#include "models/BillTotals.h"
#include "models/DecimalFormat.h"
#include "models/DisplayFormat.h"
#include "models/LineItemCsv.h"
#include "models/LineItemTreeModel.h"
#include "theme/PaletteFollower.h"
#include "theme/ThemeColors.h"
#include "theme/ThemeIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace m3ter {

namespace {

QLabel *valueLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    // One line each: word-wrapped labels in a form layout get clipped to their first line.
    label->setWordWrap(false);
    label->setFocusPolicy(Qt::ClickFocus);
    return label;
}

// Empty values read as a dash, so a missing field looks deliberate rather than broken.
void setValue(QLabel *label, const QString &text, const QString &toolTip = QString()) {
    label->setText(text.isEmpty() ? BillDetailPane::tr("—") : text);
    label->setToolTip(toolTip);
}

QString joinNonEmpty(const QStringList &parts) {
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    //: Separator between parts of one header value, e.g. "INV-000123 · XI-42".
    return kept.join(BillDetailPane::tr(" · "));
}

QString byAndWhen(const QString &user, const QDateTime &when, const QLocale &locale) {
    const QString at = formatDateTime(when, locale);
    if (!user.isEmpty() && !at.isEmpty())
        //: Who did something and when, e.g. "by jane@acme.com on 2024-03-02 09:00".
        return BillDetailPane::tr("by %1 on %2").arg(user, at);
    if (!user.isEmpty())
        return BillDetailPane::tr("by %1").arg(user);
    if (!at.isEmpty())
        return BillDetailPane::tr("on %1").arg(at);
    return QString();
}

QTableWidgetItem *cell(const QString &text, bool number = false, bool bold = false) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

QTableWidget *smallTable(const QStringList &headers, QWidget *parent) {
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

} // namespace

BillDetailPane::BillDetailPane(BillDetailCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_model(new LineItemTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("billDetailPane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LineItemTreeModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildUi();
    connect(m_cache, &BillDetailCache::billReady, this, &BillDetailPane::onBillReady);
    connect(m_cache, &BillDetailCache::billFailed, this, &BillDetailPane::onBillFailed);
    setState(State::Empty);
}

BillDetailPane::~BillDetailPane() = default;

void BillDetailPane::buildUi() {
    m_stack = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_emptyPage = buildStatePage(&m_emptyLabel, nullptr);
    //: Detail pane with no bill selected; line items: the individual charges of a bill.
    m_emptyLabel->setText(tr("Select a bill to see its line items and totals."));

    auto *busy = new QProgressBar;
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setMaximumWidth(220);
    busy->setAccessibleName(tr("Loading"));
    //: Button under "Loading the bill…": stop waiting for a server that does not answer.
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("billDetailCancel"));
    m_cancel->setAccessibleName(tr("Stop loading the bill"));
    connect(m_cancel, &QPushButton::clicked, this, &BillDetailPane::cancelLoading);
    auto *loadingControls = new QWidget;
    auto *loadingLayout = new QVBoxLayout(loadingControls);
    loadingLayout->setContentsMargins(0, 0, 0, 0);
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    m_loadingPage = buildStatePage(&m_loadingLabel, loadingControls);

    //: Button: load the bill again after an error.
    m_retry = new QPushButton(tr("Retry"));
    m_retry->setObjectName(QStringLiteral("billDetailRetry"));
    m_retry->setAccessibleName(tr("Retry loading the bill"));
    connect(m_retry, &QPushButton::clicked, this, &BillDetailPane::retry);
    m_errorPage = buildStatePage(&m_errorLabel, m_retry);

    // The bill scrolls inside the pane when the pane is smaller than the bill needs (a
    // 1280×720 screen with the statements dock open, large text): the pane never makes the
    // window larger than the screen.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("billDetailScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields and tables inside take the focus
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildContentPage());
    m_contentPage = scroll;
    for (QWidget *page : {m_emptyPage, m_loadingPage, m_errorPage, m_contentPage})
        m_stack->addWidget(page);
}

QWidget *BillDetailPane::buildStatePage(QLabel **label, QWidget *extra) {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    *label = new QLabel(page);
    (*label)->setAlignment(Qt::AlignCenter);
    (*label)->setWordWrap(true);
    (*label)->setTextFormat(Qt::PlainText);
    (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PaletteFollower::useSecondaryText(*label);
    layout->addWidget(*label);
    if (extra)
        layout->addWidget(extra, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *BillDetailPane::buildContentPage() {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);

    // Title and actions.
    auto *titleRow = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("billDetailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(page);
    m_subtitle->setTextFormat(Qt::PlainText);
    PaletteFollower::useSecondaryText(m_subtitle);
    // Long account names wrap rather than widen the pane (and the window) past the screen.
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titleRow->addLayout(titles, 1);
    // The action buttons, under the title, fold into more rows when the pane is narrow or
    // their text is long.
    auto *actions = new FlowLayout(nullptr, 4, 4);

    //: Bill menu and detail pane: copy the bill's unique ID (a UUID) to the clipboard.
    m_copyId = new QAction(tr("Copy bill &ID"), this);
    m_copyId->setObjectName(QStringLiteral("copyBillId"));
    m_copyId->setToolTip(tr("Copy the bill's ID to the clipboard"));
    connect(m_copyId, &QAction::triggered, this, &BillDetailPane::copyBillId);
    m_copyJson = new QAction(tr("Copy as &JSON"), this);
    m_copyJson->setObjectName(QStringLiteral("copyBillJson"));
    m_copyJson->setToolTip(tr("Copy the whole bill, as the server sent it, as indented JSON"));
    connect(m_copyJson, &QAction::triggered, this, &BillDetailPane::copyBillJson);
    //: Line items: the individual charges of a bill (usage, standing charge, minimum spend...).
    m_export = new QAction(tr("&Export line items…"), this);
    m_export->setObjectName(QStringLiteral("exportLineItems"));
    m_export->setToolTip(tr("Save the line items as a CSV file (UTF-8)"));
    connect(m_export, &QAction::triggered, this, [this] { chooseExportFile(false); });
    m_exportExcel = new QAction(tr("Export line items for E&xcel…"), this);
    m_exportExcel->setObjectName(QStringLiteral("exportLineItemsExcel"));
    m_exportExcel->setToolTip(
        tr("Save the line items as a CSV file with a byte-order mark, which Excel needs to read "
           "accents and currency symbols correctly"));
    connect(m_exportExcel, &QAction::triggered, this, [this] { chooseExportFile(true); });

    //: Statement: a document m3ter generates from a bill (JSON or CSV) for the customer.
    m_generate = new QAction(tr("&Generate statement…"), this);
    m_generate->setObjectName(QStringLiteral("generateStatement"));
    m_generate->setToolTip(tr("Generate a statement for this bill and save it"));
    connect(m_generate, &QAction::triggered, this,
            [this] { emit generateStatementRequested(m_billId); });

    auto addButton = [&](QAction *action, const char *icon) {
        auto *button = new QToolButton(page);
        action->setIcon(themeIcon(icon));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        // The action's text without the mnemonic and the "…" (which only means "asks first").
        button->setAccessibleName(action->iconText().remove(QChar(0x2026)).trimmed());
        actions->addWidget(button);
        return button;
    };
    addButton(m_copyId, "edit-copy");
    addButton(m_copyJson, "text-x-generic");
    QToolButton *exportButton = addButton(m_export, "document-save-as");
    // The split menu is mouse-only; both entries are in the main window's Bill menu too.
    auto *exportMenu = new QMenu(tr("Export line items"), exportButton);
    exportMenu->addAction(m_export);
    exportMenu->addAction(m_exportExcel);
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    addButton(m_generate, "document-new");
    layout->addLayout(titleRow);
    layout->addLayout(actions);

    m_notice = new InlineNotice(page);
    connect(m_notice, &InlineNotice::rejected, m_notice, &QWidget::hide);
    layout->addWidget(m_notice);

    // The mismatch warning: deliberately loud, a wrong total must not go unnoticed.
    m_warning = new QFrame(page);
    m_warning->setObjectName(QStringLiteral("mismatchWarning"));
    PaletteFollower::follow(m_warning, [](QWidget *warning, const QPalette &palette) {
        using namespace ThemeColors;
        PaletteFollower::setStyleSheetIfChanged(
            warning, QStringLiteral("QFrame#mismatchWarning { background: %1; border: 1px solid %2;"
                                    " border-radius: 4px; } QFrame#mismatchWarning QLabel {"
                                    " color: %3; border: none; background: transparent; }")
                         .arg(background(Tone::Warning, palette).name(),
                              border(Tone::Warning, palette).name(),
                              textOnBackground(Tone::Warning, palette).name()));
    });
    auto *warningLayout = new QHBoxLayout(m_warning);
    warningLayout->setContentsMargins(8, 6, 8, 6);
    auto *warningIcon = new QLabel(m_warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    warningIcon->setPixmap(style()
                               ->standardIcon(QStyle::SP_MessageBoxWarning)
                               .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_warningText = new QLabel(m_warning);
    m_warningText->setWordWrap(true);
    m_warningText->setTextFormat(Qt::PlainText);
    m_warningText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setAccessibleName(tr("Total mismatch warning"));
    warningLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warningText, 1);
    m_warning->hide();
    layout->addWidget(m_warning);

    // Header: two form columns.
    static const char *const kFieldTitles[HeaderFieldCount] = {
        //: Bill header: the customer account the bill is for.
        QT_TR_NOOP("Account:"),
        //: Bill header: the service period the bill covers (start to end).
        QT_TR_NOOP("Billing period:"),
        //: Bill header: the date the bill was issued.
        QT_TR_NOOP("Bill date:"),
        //: Bill header: the date by which the bill must be paid.
        QT_TR_NOOP("Due date:"),
        //: Bill header: bill status (pending, approved) and whether it is locked.
        QT_TR_NOOP("Status:"),
        //: Bill header: the total of the bill as the server reports it.
        QT_TR_NOOP("Bill total:"),
        QT_TR_NOOP("Timezone:"),
        //: Bill header: when m3ter last calculated the bill.
        QT_TR_NOOP("Last calculated:"),
        //: Bill header: the sequential invoice number.
        QT_TR_NOOP("Invoice number:"),
        //: Bill header: reference and date of the invoice in an external accounting system.
        QT_TR_NOOP("External invoice:"),
        //: Bill header: the customer's purchase order number.
        QT_TR_NOOP("PO number:"),
        //: Bill header: whether the bill is locked (final, can no longer change), by whom, when.
        QT_TR_NOOP("Locked:"),
        //: Bill header: who approved the bill and when.
        QT_TR_NOOP("Approved:"),
        //: Bill header: the unique ID (UUID) of the bill.
        QT_TR_NOOP("Bill ID:"),
    };
    auto *headerBox = new QFrame(page);
    headerBox->setObjectName(QStringLiteral("billHeader"));
    headerBox->setFrameShape(QFrame::StyledPanel);
    // Two columns of fields side by side, one above the other when the pane is too narrow for
    // both (a 1280 px screen, German labels, large text), so the pane never pushes the window
    // wider than the screen.
    auto *headerLayout = new FlowLayout(headerBox, 24, 4);
    headerLayout->setContentsMargins(10, 8, 10, 8);
    QFormLayout *forms[2] = {nullptr, nullptr};
    for (QFormLayout *&form : forms) {
        auto *column = new QWidget(headerBox);
        form = new QFormLayout(column);
        form->setContentsMargins(0, 0, 0, 0);
        form->setLabelAlignment(Qt::AlignRight);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setHorizontalSpacing(10);
        form->setVerticalSpacing(4);
        headerLayout->addWidget(column);
    }
    for (int f = 0; f < HeaderFieldCount; ++f) {
        m_header[f] = valueLabel(headerBox);
        const QString title = tr(kFieldTitles[f]);
        QString name = title;
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1); // without the colon (French puts a no-break space before it)
        name = name.trimmed();
        m_header[f]->setAccessibleName(name);
        auto *titleLabel = new QLabel(title, headerBox);
        PaletteFollower::useSecondaryText(titleLabel);
        titleLabel->setBuddy(m_header[f]);
        forms[f < InvoiceNumberField ? 0 : 1]->addRow(titleLabel, m_header[f]);
    }
    layout->addWidget(headerBox);

    // Line items over totals and conversions.
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("lineItemTree"));
    //: Accessible name of the tree of line items (the charges of the bill) and their pricing bands.
    m_tree->setAccessibleName(tr("Line items"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder); // the bill's own order first
    m_tree->setSortingEnabled(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionsMovable(true);
    // Each line item's amount right after its description: in a narrow pane the columns at
    // the right end are the ones scrolled out of view, and that must not be the amount.
    m_tree->header()->moveSection(m_tree->header()->visualIndex(LineItemTreeModel::SubtotalColumn),
                                  1);
    splitter->addWidget(m_tree);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);

    //: Group title: subtotals per kind of charge (usage, standing charge, ...).
    auto *totalsBox = new QGroupBox(tr("Totals by line-item type"), bottom);
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    m_totals = smallTable({tr("Type"), tr("Line items"), tr("Subtotal")}, totalsBox);
    m_totals->setObjectName(QStringLiteral("totalsByType"));
    m_totals->setAccessibleName(tr("Totals by line-item type"));
    m_totals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_totals->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_totals->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_totals->horizontalHeaderItem(1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totals->horizontalHeaderItem(2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totalsNote = new QLabel(totalsBox);
    m_totalsNote->setWordWrap(true);
    PaletteFollower::useSecondaryText(m_totalsNote);
    m_totalsNote->hide();
    totalsLayout->addWidget(m_totals);
    totalsLayout->addWidget(m_totalsNote);
    bottomLayout->addWidget(totalsBox, 3);

    //: Group title: exchange rates used to convert line items into the bill currency.
    auto *conversionsBox = new QGroupBox(tr("Currency conversions"), bottom);
    auto *conversionsLayout = new QVBoxLayout(conversionsBox);
    m_conversions = smallTable({tr("From"), tr("To"), tr("Rate")}, conversionsBox);
    m_conversions->setObjectName(QStringLiteral("currencyConversions"));
    m_conversions->setAccessibleName(tr("Currency conversions"));
    m_conversions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_conversions->horizontalHeaderItem(2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    conversionsLayout->addWidget(m_conversions);
    bottomLayout->addWidget(conversionsBox, 2);

    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    return page;
}

void BillDetailPane::showBill(const QString &billId) {
    if (billId.isEmpty()) {
        clear();
        return;
    }
    if (billId == m_billId && (m_state == State::Showing || m_state == State::Loading))
        return;
    m_billId = billId;
    m_bill.reset();
    setState(State::Loading, tr("Loading the bill…"));
    // A cached bill arrives synchronously through billReady() and replaces the loading state.
    m_cache->request(billId);
}

void BillDetailPane::clear() {
    m_cache->cancel();
    m_billId.clear();
    m_bill.reset();
    m_model->clear();
    setState(State::Empty);
}

void BillDetailPane::cancelLoading() {
    if (m_state != State::Loading)
        return;
    m_cache->cancel();
    // The bill id stays, so Retry asks for the same bill again.
    setState(State::Error, tr("Loading the bill was cancelled."));
}

void BillDetailPane::retry() {
    if (m_billId.isEmpty())
        return;
    const QString id = m_billId;
    m_billId.clear();
    showBill(id);
}

void BillDetailPane::setState(State state, const QString &text) {
    switch (state) {
    case State::Empty:
        m_stack->setCurrentWidget(m_emptyPage);
        break;
    case State::Loading:
        m_loadingLabel->setText(text);
        m_stack->setCurrentWidget(m_loadingPage);
        break;
    case State::Error:
        m_errorLabel->setText(text);
        m_stack->setCurrentWidget(m_errorPage);
        break;
    case State::Showing:
        m_stack->setCurrentWidget(m_contentPage);
        break;
    }
    const bool showing = state == State::Showing;
    m_copyId->setEnabled(showing);
    m_copyJson->setEnabled(showing);
    m_generate->setEnabled(showing);
    m_export->setEnabled(showing && m_bill && !m_bill->lineItems.isEmpty());
    m_exportExcel->setEnabled(m_export->isEnabled());
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

QString BillDetailPane::stateText() const {
    switch (m_state) {
    case State::Loading:
        return m_loadingLabel->text();
    case State::Error:
        return m_errorLabel->text();
    case State::Empty:
        return m_emptyLabel->text();
    case State::Showing:
        break;
    }
    return QString();
}

QString BillDetailPane::mismatchText() const {
    return m_warning->isVisibleTo(m_contentPage) ? m_warningText->text() : QString();
}

QString BillDetailPane::noticeText() const {
    return m_notice->isVisibleTo(m_contentPage) ? m_notice->text() : QString();
}

void BillDetailPane::onBillReady(const QString &billId, const Bill &bill) {
    if (billId != m_billId)
        return;
    m_bill = bill;
    populate(bill);
    setState(State::Showing);
    emit billShown(billId);
}

void BillDetailPane::onBillFailed(const QString &billId, const ApiError &error) {
    if (billId != m_billId)
        return;
    m_bill.reset();
    setState(State::Error,
             tr("The bill could not be loaded.") + QStringLiteral("\n") + error.userText());
}

void BillDetailPane::populate(const Bill &bill) {
    m_notice->hide();
    populateHeader(bill);

    m_model->setBill(bill, locale());
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    m_tree->expandAll();
    for (int c = 0; c < LineItemTreeModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    // Long server text must not push the amounts out of sight; the tooltip has it in full.
    for (int c : {int(LineItemTreeModel::DescriptionColumn), int(LineItemTreeModel::ProductColumn),
                  int(LineItemTreeModel::TypeColumn)})
        m_tree->setColumnWidth(c, qMin(m_tree->columnWidth(c), c == 0 ? 260 : 170));

    populateTotals(bill);
    populateConversions(bill);
}

void BillDetailPane::populateHeader(const Bill &bill) {
    const QLocale loc = locale();
    const QString account = bill.accountCode.isEmpty() ? bill.accountId : bill.accountCode;
    m_title->setText(joinNonEmpty({account, bill.sequentialInvoiceNumber}));
    m_subtitle->setText(joinNonEmpty({formatPeriod(bill.startDate, bill.endDate, loc),
                                      billingFrequencyLabel(bill.billingFrequency),
                                      tr("%n line item(s)", nullptr, int(bill.lineItems.size()))}));

    setValue(m_header[AccountField], account,
             bill.accountId.isEmpty() ? QString() : tr("Account ID: %1").arg(bill.accountId));
    setValue(m_header[PeriodField], formatPeriod(bill.startDate, bill.endDate, loc));
    setValue(m_header[BillDateField], formatDate(bill.billDate, loc));
    setValue(m_header[DueDateField], formatDate(bill.dueDate, loc));
    setValue(
        m_header[StatusField],
        //: Status field of a bill that is locked (final, can no longer change).
        joinNonEmpty({billStatusLabel(bill.status), bill.isLocked() ? tr("Locked") : QString()}),
        bill.status);
    setValue(m_header[BillTotalField],
             bill.billTotal ? formatMoney(*bill.billTotal, bill.currency, loc) : QString(),
             bill.billTotal ? QString(bill.billTotal->toString() + u' ' + bill.currency)
                            : tr("The server did not send a bill total."));
    setValue(m_header[TimezoneField], bill.timezone);
    setValue(m_header[LastCalculatedField], formatDateTime(bill.lastCalculatedDate, loc));
    setValue(m_header[InvoiceNumberField], bill.sequentialInvoiceNumber);
    setValue(
        m_header[ExternalInvoiceField],
        joinNonEmpty({bill.externalInvoiceReference, formatDate(bill.externalInvoiceDate, loc)}));
    setValue(m_header[PurchaseOrderField], bill.purchaseOrderNumber);
    if (bill.isLocked()) {
        const QString who = byAndWhen(bill.lockedBy, bill.dtLocked, loc);
        //: Locked field: yes, the bill is locked; "Yes, %1" adds who locked it and when.
        setValue(m_header[LockedField], who.isEmpty() ? tr("Yes") : tr("Yes, %1").arg(who));
    } else {
        //: Locked field: the bill is not locked.
        setValue(m_header[LockedField], bill.locked ? tr("No") : QString());
    }
    const QString approved = byAndWhen(bill.approvedBy, bill.dtApproved, loc);
    setValue(m_header[ApprovedField], approved.isEmpty() && bill.status == QLatin1String("PENDING")
                                          //: Approved field of a pending bill: it has not been
                                          //: approved yet.
                                          ? tr("Not yet")
                                          : approved);
    setValue(m_header[BillIdField], bill.id);
}

void BillDetailPane::populateTotals(const Bill &bill) {
    const QLocale loc = locale();
    const BillTotals totals = BillTotals::compute(bill);

    m_totals->setRowCount(0);
    auto addRow = [this](const QString &type, const QString &count, const QString &amount,
                         bool bold) {
        const int row = m_totals->rowCount();
        m_totals->insertRow(row);
        m_totals->setItem(row, 0, cell(type, false, bold));
        m_totals->setItem(row, 1, cell(count, true, bold));
        m_totals->setItem(row, 2, cell(amount, true, bold));
    };
    int count = 0;
    for (const BillTotals::TypeTotal &t : totals.byType()) {
        addRow(lineItemTypeLabel(t.lineItemType), loc.toString(t.lineItemCount),
               t.subtotals.format(loc), false);
        m_totals->item(m_totals->rowCount() - 1, 0)->setToolTip(t.lineItemType);
        count += t.lineItemCount;
    }
    //: Totals table: the sum of all line items (charges), to compare with the bill total.
    addRow(tr("Sum of line items"), loc.toString(count), totals.lineItemSum().format(loc), true);
    if (totals.billTotal())
        //: Totals table: the total the server reports for the bill.
        addRow(tr("Bill total"), QString(),
               formatMoney(*totals.billTotal(), totals.currency(), loc), true);

    const QString warning = totals.warningText(loc);
    m_warningText->setText(warning);
    m_warning->setVisible(!warning.isEmpty());

    // Show every row without scrolling (up to a point), so the sums are visible at a glance.
    const int visibleRows = qMin(m_totals->rowCount(), 9);
    m_totals->setMinimumHeight(m_totals->horizontalHeader()->sizeHint().height() +
                               visibleRows * m_totals->verticalHeader()->defaultSectionSize() +
                               2 * m_totals->frameWidth() + 2);

    QString note;
    if (totals.check() == BillTotals::Check::NotComparable)
        note = tr("The line items are not all in the bill's currency, so they cannot be checked "
                  "against the bill total.");
    else if (totals.check() == BillTotals::Check::NoBillTotal && !bill.lineItems.isEmpty())
        note = tr("The server sent no bill total to check the line items against.");
    m_totalsNote->setText(note);
    m_totalsNote->setVisible(!note.isEmpty());
}

void BillDetailPane::populateConversions(const Bill &bill) {
    const QLocale loc = locale();
    m_conversions->clearSpans();
    m_conversions->setRowCount(0);
    for (const CurrencyConversion &c : bill.currencyConversions) {
        const int row = m_conversions->rowCount();
        m_conversions->insertRow(row);
        m_conversions->setItem(row, 0, cell(c.from));
        m_conversions->setItem(row, 1, cell(c.to));
        m_conversions->setItem(
            row, 2, cell(c.multiplier ? formatDecimal(*c.multiplier, loc) : QString(), true));
    }
    if (bill.currencyConversions.isEmpty()) {
        m_conversions->insertRow(0);
        m_conversions->setItem(
            0, 0, cell(tr("No conversions: the bill is in the organization's currency.")));
        m_conversions->item(0, 0)->setForeground(
            ThemeColors::secondaryText(m_conversions->palette(), QPalette::Base));
        m_conversions->setSpan(0, 0, 1, 3);
    }
}

void BillDetailPane::fillSortMenu(QMenu *menu) {
    menu->clear();
    QHeaderView *header = m_tree->header();
    const int sorted = header->sortIndicatorSection();
    const bool bySection = sorted >= 0 && sorted < LineItemTreeModel::ColumnCount;
    //: Sort menu: the line items in the order the bill lists them.
    QAction *billOrder = menu->addAction(tr("&Bill's own order"), this, [this] {
        m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
        m_proxy->sort(-1);
    });
    billOrder->setCheckable(true);
    billOrder->setChecked(!bySection);
    menu->addSeparator();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (header->isSectionHidden(c))
            continue;
        QString text = LineItemTreeModel::columnTitle(c);
        const bool current = bySection && sorted == c;
        if (current) {
            text = header->sortIndicatorOrder() == Qt::AscendingOrder
                       //: Sort menu: the column the line items are sorted by, A to Z / 1 to 9.
                       ? tr("%1 (ascending)").arg(text)
                       //: Sort menu: the column the line items are sorted by, Z to A / 9 to 1.
                       : tr("%1 (descending)").arg(text);
        }
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(current);
        // Like a click on the header: ascending first, then the other way round.
        connect(action, &QAction::triggered, this, [this, c] {
            const QHeaderView *h = m_tree->header();
            const bool ascending =
                h->sortIndicatorSection() == c && h->sortIndicatorOrder() == Qt::AscendingOrder;
            m_tree->sortByColumn(c, ascending ? Qt::DescendingOrder : Qt::AscendingOrder);
        });
    }
    for (QAction *action : menu->actions())
        action->setEnabled(m_state == State::Showing);
}

void BillDetailPane::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    // The "no conversions" row is drawn in a colour derived from the palette.
    if (event->type() == QEvent::PaletteChange && m_bill)
        populateConversions(*m_bill);
}

void BillDetailPane::copyBillId() {
    if (!m_bill)
        return;
    QGuiApplication::clipboard()->setText(m_bill->id);
    showNotice(tr("Bill ID copied to the clipboard."), true);
}

void BillDetailPane::copyBillJson() {
    if (!m_bill)
        return;
    const QByteArray json = m_cache->prettyJson(m_billId);
    if (json.isEmpty()) {
        showNotice(tr("The bill's JSON is no longer available. Select the bill again."), false);
        return;
    }
    QGuiApplication::clipboard()->setText(QString::fromUtf8(json));
    showNotice(tr("The bill was copied to the clipboard as JSON."), true);
}

void BillDetailPane::chooseExportFile(bool byteOrderMark) {
    if (!m_bill)
        return;
    if (m_lastExportDir.isEmpty())
        m_lastExportDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(m_lastExportDir).filePath(LineItemCsv::suggestedFileName(*m_bill));
    const QString path = FileDialog::getSaveFileName(this, tr("Export line items"), suggested,
                                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastExportDir = QFileInfo(path).absolutePath();
    exportLineItems(path, byteOrderMark);
}

bool BillDetailPane::exportLineItems(const QString &path, bool byteOrderMark) {
    if (!m_bill)
        return false;
    CsvWriter::Options options;
    options.withBom = byteOrderMark;
    QString error;
    if (!LineItemCsv::write(path, *m_bill, options, &error)) {
        showNotice(error, false);
        return false;
    }
    showNotice(tr("Exported %n line item(s) to “%1”.", nullptr, int(m_bill->lineItems.size()))
                   .arg(QDir::toNativeSeparators(path)),
               false);
    return true;
}

void BillDetailPane::showNotice(const QString &text, bool autoHide) {
    //: Button: close the notice.
    m_notice->showMessage(text, QString(), tr("Dismiss"));
    if (autoHide) {
        QTimer::singleShot(4000, m_notice, [notice = m_notice, text] {
            if (notice->text() == text)
                notice->hide();
        });
    }
}

} // namespace m3ter
