#include "BillFilterBar.h"

#include "common/FlowLayout.h"
#include "domain/EnumLabels.h"
#include "models/AccountDirectory.h"
#include "theme/PaletteFollower.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace m3ter {

namespace {

enum DateMode { AnyDate, ExactDate, DateRange };

QDateEdit *makeDateEdit(QWidget *parent, const QString &accessibleName) {
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// Controls that belong together (a label and its field, a date range) in one box, which the
// filter bar's flow layout keeps on one row. The buddy is what names a combo box for a screen
// reader on Linux, where Qt reports a combo box's current text as its name.
QWidget *group(QWidget *parent, std::initializer_list<QWidget *> widgets) {
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    return box;
}

} // namespace

BillFilterBar::BillFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_locked(new QComboBox(this))
    , m_dateMode(new QComboBox(this))
    //: Bill date: the date the bill was issued, which the filters refer to.
    , m_billDate(makeDateEdit(this, tr("Exact bill date")))
    , m_billDateStart(makeDateEdit(this, tr("Bill date from")))
    , m_billDateEnd(makeDateEdit(this, tr("Bill date before")))
    //: Between the two dates of a bill date range: "from <date> before <date>" (end exclusive).
    , m_billDateBeforeLabel(new QLabel(tr("before"), this))
    , m_frequency(new QComboBox(this))
    //: Check box: filter by the external invoice date (the date of the invoice in the
    //: customer's accounting system), from this date on.
    , m_extInvoiceFromOn(new QCheckBox(tr("E&xt. invoice from"), this))
    , m_extInvoiceFrom(makeDateEdit(this, tr("External invoice date from")))
    //: Check box after "Ext. invoice from": external invoice dates before this one.
    , m_extInvoiceBeforeOn(new QCheckBox(tr("before", "external invoice date"), this))
    , m_extInvoiceBefore(makeDateEdit(this, tr("External invoice date before")))
    , m_billJobId(new QLineEdit(this))
    , m_billIds(new QLineEdit(this))
    , m_validation(new QLabel(this))
    //: Button: load the bills that match the filters.
    , m_apply(new QPushButton(tr("&Apply"), this))
    //: Button: reset every filter to "any" and load all bills.
    , m_clear(new QPushButton(tr("C&lear", "filters"), this))
    , m_views(new QToolButton(this)) {
    setObjectName(QStringLiteral("billFilterBar"));

    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_account->setObjectName(QStringLiteral("accountFilter"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setAccessibleDescription(
        tr("Only the bills of this account. Type part of an account code or name; leave empty "
           "for all accounts."));
    m_account->lineEdit()->setPlaceholderText(tr("All accounts"));
    m_account->setMinimumContentsLength(22);
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->completer()->setFilterMode(Qt::MatchContains);
    m_account->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_account->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    //: Filter: bill status (pending or approved).
    m_status->setAccessibleName(tr("Status"));
    m_status->setAccessibleDescription(tr("Only the bills with this status."));
    //: Status filter (after the label "Status:"): bills of any status.
    m_status->addItem(tr("Any", "bill status"), QString());
    for (const QString &status : knownBillStatuses())
        m_status->addItem(billStatusLabel(status), status);

    m_locked->setObjectName(QStringLiteral("lockedFilter"));
    //: Filter: whether bills that are locked (final, unchangeable) are listed.
    m_locked->setAccessibleName(tr("Locked bills"));
    m_locked->setAccessibleDescription(
        tr("Whether locked bills, which can no longer change, are listed."));
    //: After the label "Locked bills:": locked bills are listed too.
    m_locked->addItem(tr("Included", "locked bills"), int(BillFilter::Locked::Unset));
    //: After the label "Locked bills:": locked bills are not listed.
    m_locked->addItem(tr("Left out", "locked bills"), int(BillFilter::Locked::Exclude));

    m_dateMode->setObjectName(QStringLiteral("dateModeFilter"));
    m_dateMode->setAccessibleName(tr("Bill date"));
    m_dateMode->setAccessibleDescription(
        tr("Any bill date, one exact bill date, or a range of bill dates (the end date is not "
           "included)."));
    //: After the label "Bill date:": no condition on the bill date.
    m_dateMode->addItem(tr("Any", "bill date"), AnyDate);
    //: After the label "Bill date:", before one date: bills dated exactly that day.
    m_dateMode->addItem(tr("On", "bill date"), ExactDate);
    //: After the label "Bill date:", before "<date> before <date>": a range of bill dates.
    m_dateMode->addItem(tr("From", "bill date"), DateRange);
    m_billDate->setObjectName(QStringLiteral("billDateFilter"));
    m_billDateStart->setObjectName(QStringLiteral("billDateStartFilter"));
    m_billDateEnd->setObjectName(QStringLiteral("billDateEndFilter"));
    m_billDateStart->setDate(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
    m_billDateEnd->setDate(m_billDateStart->date().addMonths(1));

    m_frequency->setObjectName(QStringLiteral("frequencyFilter"));
    //: Billing frequency: how often an account is billed (daily, weekly, monthly, annually).
    m_frequency->setAccessibleName(tr("Billing frequency"));
    m_frequency->setAccessibleDescription(
        tr("The API accepts a billing frequency only together with an exact bill date."));
    //: After the label "Frequency:": bills of any billing frequency.
    m_frequency->addItem(tr("Any", "billing frequency"), QString());
    for (const QString &frequency : knownBillingFrequencies())
        m_frequency->addItem(billingFrequencyLabel(frequency), frequency);

    m_extInvoiceFromOn->setObjectName(QStringLiteral("extInvoiceFromEnabled"));
    m_extInvoiceFromOn->setAccessibleName(tr("External invoice date from"));
    m_extInvoiceFromOn->setAccessibleDescription(
        tr("Only bills whose external invoice date is on or after the date that follows."));
    m_extInvoiceBeforeOn->setObjectName(QStringLiteral("extInvoiceBeforeEnabled"));
    m_extInvoiceBeforeOn->setAccessibleName(tr("External invoice date before"));
    m_extInvoiceBeforeOn->setAccessibleDescription(
        tr("Only bills whose external invoice date is before the date that follows."));
    m_extInvoiceFrom->setObjectName(QStringLiteral("extInvoiceFromFilter"));
    m_extInvoiceBefore->setObjectName(QStringLiteral("extInvoiceBeforeFilter"));

    m_search->setObjectName(QStringLiteral("billSearch"));
    //: Placeholder of the search field over the bills kept on this computer.
    m_search->setPlaceholderText(tr("Search stored bills…"));
    m_search->setAccessibleName(tr("Search stored bills"));
    m_search->setAccessibleDescription(
        tr("Shows only the bills kept on this computer whose id, invoice number, external "
           "reference, account, purchase order number, or line-item description or product "
           "starts with each word typed; combined with the filters."));
    m_search->setToolTip(m_search->accessibleDescription());
    m_search->setClearButtonEnabled(true);
    // Wide enough for its placeholder whole (it says what is searched), the clear button
    // and the frame.
    m_search->setMinimumWidth(qMax(fontMetrics().averageCharWidth() * 20,
                                   fontMetrics().horizontalAdvance(m_search->placeholderText()) +
                                       fontMetrics().height() * 3));
    // A search per keystroke would redo the table for letters the user is still typing.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this,
            [this] { emit searchChanged(m_search->text()); });

    m_billJobId->setObjectName(QStringLiteral("billJobIdFilter"));
    m_billJobId->setPlaceholderText(tr("Bill job id"));
    //: Bill job: the m3ter run that calculated a batch of bills.
    m_billJobId->setAccessibleName(tr("Bill job id"));
    m_billJobId->setAccessibleDescription(
        tr("Only the bills calculated by this bill job. Press Enter to apply."));
    m_billJobId->setClearButtonEnabled(true);
    m_billIds->setObjectName(QStringLiteral("billIdsFilter"));
    m_billIds->setPlaceholderText(tr("Bill ids (paste a list)"));
    m_billIds->setAccessibleName(tr("Bill ids"));
    m_billIds->setAccessibleDescription(
        tr("One or more bill ids separated by spaces, commas or new lines."));
    m_billIds->setClearButtonEnabled(true);

    m_validation->setObjectName(QStringLiteral("filterValidation"));
    PaletteFollower::useToneText(m_validation, ThemeColors::Tone::Error);
    m_validation->setWordWrap(true);
    m_validation->hide();

    m_apply->setObjectName(QStringLiteral("applyFilter"));
    m_apply->setDefault(true);
    m_apply->setToolTip(tr("Load the bills that match these filters (Enter)"));
    m_clear->setObjectName(QStringLiteral("clearFilter"));
    m_clear->setToolTip(tr("Reset every filter and load all bills"));
    m_views->setObjectName(QStringLiteral("savedViews"));
    //: Button with the menu of saved views (named sets of filters and columns).
    m_views->setText(tr("Vie&ws"));
    m_views->setAccessibleName(tr("Saved views"));
    m_views->setAccessibleDescription(
        tr("Save the current filters and columns under a name, or switch to a saved view."));
    m_views->setPopupMode(QToolButton::InstantPopup);

    // The filters fold into as many rows as the width needs (a 1280 px screen, large text,
    // longer German labels); Apply and Clear stay together at the right, always in reach.
    auto *filters = new FlowLayout(nullptr, 12, 4);
    filters->addWidget(m_search);
    filters->addWidget(group(this, {buddyLabel(tr("Acc&ount"), m_account, this), m_account}));
    //: Label of the bill status filter (pending, approved).
    filters->addWidget(group(this, {buddyLabel(tr("Sta&tus:"), m_status, this), m_status}));
    //: Label of the filter for locked bills (locked: final, can no longer change).
    filters->addWidget(group(this, {buddyLabel(tr("Loc&ked bills:"), m_locked, this), m_locked}));
    m_billDateBeforeLabel->setObjectName(QStringLiteral("billDateBeforeLabel"));
    filters->addWidget(
        group(this, {buddyLabel(tr("Bill &date:"), m_dateMode, this), m_dateMode, m_billDate,
                     m_billDateStart, m_billDateBeforeLabel, m_billDateEnd}));
    //: Label of the billing frequency filter (how often the account is billed).
    m_frequencyLabel = buddyLabel(tr("Fre&quency:"), m_frequency, this);
    filters->addWidget(group(this, {m_frequencyLabel, m_frequency}));
    filters->addWidget(group(
        this, {m_extInvoiceFromOn, m_extInvoiceFrom, m_extInvoiceBeforeOn, m_extInvoiceBefore}));
    m_billJobId->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    filters->addWidget(m_billJobId);
    m_billIds->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    filters->addWidget(m_billIds);
    filters->addWidget(m_views);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);

    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    row->addLayout(filters, 1);
    row->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_validation);

    connect(m_apply, &QPushButton::clicked, this, &BillFilterBar::apply);
    connect(m_clear, &QPushButton::clicked, this, &BillFilterBar::clear);
    connect(m_billJobId, &QLineEdit::returnPressed, this, &BillFilterBar::apply);
    connect(m_billIds, &QLineEdit::returnPressed, this, &BillFilterBar::apply);
    connect(m_account->lineEdit(), &QLineEdit::returnPressed, this, &BillFilterBar::apply);
    connect(m_dateMode, &QComboBox::currentIndexChanged, this, &BillFilterBar::updateEnabledState);
    connect(m_extInvoiceFromOn, &QCheckBox::toggled, this, &BillFilterBar::updateEnabledState);
    connect(m_extInvoiceBeforeOn, &QCheckBox::toggled, this, &BillFilterBar::updateEnabledState);
    updateEnabledState();

    // Enter applies from every field, as Apply's tooltip says: date edits, plain combo boxes and
    // check boxes ignore it, and the bar is no dialog with a default button.
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_status, m_locked, m_dateMode, m_billDate, m_billDateStart, m_billDateEnd,
             m_frequency, m_extInvoiceFromOn, m_extInvoiceFrom, m_extInvoiceBeforeOn,
             m_extInvoiceBefore})
        field->installEventFilter(this);
    // The typing fields: Up/Down and the window's shortcuts (below).
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_account, m_account->lineEdit(), m_billJobId, m_billIds})
        field->installEventFilter(this);

    setTabOrder(m_search, m_account);
    setTabOrder(m_account, m_status);
    setTabOrder(m_status, m_locked);
    setTabOrder(m_locked, m_dateMode);
    setTabOrder(m_dateMode, m_billDate);
    setTabOrder(m_billDate, m_billDateStart);
    setTabOrder(m_billDateStart, m_billDateEnd);
    setTabOrder(m_billDateEnd, m_frequency);
    setTabOrder(m_frequency, m_apply);
    setTabOrder(m_apply, m_extInvoiceFromOn);
    setTabOrder(m_extInvoiceFromOn, m_extInvoiceFrom);
    setTabOrder(m_extInvoiceFrom, m_extInvoiceBeforeOn);
    setTabOrder(m_extInvoiceBeforeOn, m_extInvoiceBefore);
    setTabOrder(m_extInvoiceBefore, m_billJobId);
    setTabOrder(m_billJobId, m_billIds);
    setTabOrder(m_billIds, m_views);
    setTabOrder(m_views, m_clear);
}

void BillFilterBar::setAccountDirectory(AccountDirectory *directory) {
    m_accounts = directory;
    connect(directory, &AccountDirectory::accountsChanged, this, &BillFilterBar::reloadAccounts);
    reloadAccounts();
}

void BillFilterBar::reloadAccounts() {
    const QString current = selectedAccountId();
    const QString wanted = current.isEmpty() ? m_pendingAccountId : current;
    const QString typed = m_account->currentText();
    m_account->blockSignals(true);
    m_account->clear();
    m_account->addItem(QString(), QString());
    if (m_accounts) {
        for (const AccountDirectory::Entry &entry : m_accounts->entries()) {
            //: Account picker entry: account code — account name.
            m_account->addItem(tr("%1 — %2").arg(entry.code, entry.name), entry.id);
        }
    }
    const int index = wanted.isEmpty() ? -1 : m_account->findData(wanted);
    if (index >= 0) {
        m_account->setCurrentIndex(index);
        m_pendingAccountId.clear();
    } else {
        m_account->setCurrentIndex(0);
        m_account->setEditText(typed);
    }
    m_account->blockSignals(false);
}

QString BillFilterBar::selectedAccountId() const {
    const QString text = m_account->currentText().trimmed();
    if (text.isEmpty())
        return QString();
    // The typed text must match an entry; a bare account id is accepted too.
    const int index = m_account->findText(text, Qt::MatchFixedString);
    if (index > 0)
        return m_account->itemData(index).toString();
    if (m_accounts && m_accounts->indexOf(text) >= 0)
        return text;
    if (m_accounts) {
        for (const AccountDirectory::Entry &entry : m_accounts->entries()) {
            if (entry.code.compare(text, Qt::CaseInsensitive) == 0)
                return entry.id;
        }
    }
    return m_pendingAccountId.isEmpty() ? text : m_pendingAccountId;
}

BillFilter BillFilterBar::filter() const {
    BillFilter filter;
    filter.accountId = selectedAccountId();
    filter.status = m_status->currentData().toString();
    filter.locked = BillFilter::Locked(m_locked->currentData().toInt());
    switch (m_dateMode->currentData().toInt()) {
    case ExactDate:
        filter.billDate = m_billDate->date();
        filter.billingFrequency = m_frequency->currentData().toString();
        break;
    case DateRange:
        filter.billDateStart = m_billDateStart->date();
        filter.billDateEnd = m_billDateEnd->date();
        break;
    default:
        break;
    }
    if (m_extInvoiceFromOn->isChecked())
        filter.externalInvoiceDateStart = m_extInvoiceFrom->date();
    if (m_extInvoiceBeforeOn->isChecked())
        filter.externalInvoiceDateEnd = m_extInvoiceBefore->date();
    filter.billJobId = m_billJobId->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    filter.ids = m_billIds->text().split(separators, Qt::SkipEmptyParts);
    return filter;
}

void BillFilterBar::setFilter(const BillFilter &filter) {
    m_pendingAccountId = filter.accountId;
    reloadAccounts();
    if (filter.accountId.isEmpty())
        m_account->setEditText(QString());
    else if (m_account->findData(filter.accountId) < 0)
        m_account->setEditText(filter.accountId);
    m_status->setCurrentIndex(qMax(0, m_status->findData(filter.status)));
    m_locked->setCurrentIndex(qMax(0, m_locked->findData(int(filter.locked))));
    if (filter.billDate.isValid()) {
        m_dateMode->setCurrentIndex(m_dateMode->findData(ExactDate));
        m_billDate->setDate(filter.billDate);
    } else if (filter.billDateStart.isValid() || filter.billDateEnd.isValid()) {
        m_dateMode->setCurrentIndex(m_dateMode->findData(DateRange));
        if (filter.billDateStart.isValid())
            m_billDateStart->setDate(filter.billDateStart);
        if (filter.billDateEnd.isValid())
            m_billDateEnd->setDate(filter.billDateEnd);
    } else {
        m_dateMode->setCurrentIndex(m_dateMode->findData(AnyDate));
    }
    m_frequency->setCurrentIndex(qMax(0, m_frequency->findData(filter.billingFrequency)));
    m_extInvoiceFromOn->setChecked(filter.externalInvoiceDateStart.isValid());
    if (filter.externalInvoiceDateStart.isValid())
        m_extInvoiceFrom->setDate(filter.externalInvoiceDateStart);
    m_extInvoiceBeforeOn->setChecked(filter.externalInvoiceDateEnd.isValid());
    if (filter.externalInvoiceDateEnd.isValid())
        m_extInvoiceBefore->setDate(filter.externalInvoiceDateEnd);
    m_billJobId->setText(filter.billJobId);
    m_billIds->setText(filter.ids.join(QLatin1String(", ")));
    m_validation->hide();
    updateEnabledState();
}

bool BillFilterBar::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool typing = watched == m_account || watched == m_account->lineEdit() ||
                        watched == m_billJobId || watched == m_billIds;
    if (event->type() == QEvent::ShortcutOverride) {
        // A line edit claims Ctrl+E (end of line, Emacs style) before the window's Export
        // shortcut sees it; End does the same there.
        if (typing && key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E)) {
            event->ignore();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (typing) {
        // Up/Down in the account box would switch the account on display without applying
        // it, so the table would no longer match the bar: open the list instead.
        const bool upDown = key->key() == Qt::Key_Down || key->key() == Qt::Key_Up;
        if (upDown && !(key->modifiers() & Qt::AltModifier) &&
            (watched == m_account || watched == m_account->lineEdit())) {
            m_account->showPopup();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        // Not while a combo box or calendar popup is open: there Enter picks the value.
        if (auto *combo = qobject_cast<QComboBox *>(watched);
            combo && combo->view() && combo->view()->isVisible())
            return QWidget::eventFilter(watched, event);
        apply();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void BillFilterBar::setSearchAvailable(bool available) {
    m_search->setVisible(available);
    if (!available)
        m_search->clear();
}

QString BillFilterBar::searchText() const {
    return m_search->text();
}

void BillFilterBar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BillFilterBar::focusFirstField() {
    m_account->setFocus(Qt::ShortcutFocusReason);
    m_account->lineEdit()->selectAll();
}

void BillFilterBar::apply() {
    const BillFilter current = filter();
    if (const auto problem = current.validationError()) {
        m_validation->setText(*problem);
        m_validation->show();
        // Read out at once: the focus stays where it was, so nothing else would announce it.
        QAccessibleEvent alert(m_validation, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        return;
    }
    m_validation->hide();
    emit applyRequested(current);
}

void BillFilterBar::clear() {
    setFilter(BillFilter());
    apply();
}

void BillFilterBar::updateEnabledState() {
    const int mode = m_dateMode->currentData().toInt();
    m_billDate->setVisible(mode == ExactDate);
    m_billDateStart->setVisible(mode == DateRange);
    m_billDateEnd->setVisible(mode == DateRange);
    m_billDateBeforeLabel->setVisible(mode == DateRange);
    // The API rejects billingFrequency unless an exact billDate is given.
    m_frequency->setEnabled(mode == ExactDate);
    m_frequencyLabel->setEnabled(mode == ExactDate);
    m_frequency->setToolTip(
        mode == ExactDate ? QString() : tr("Choose an exact bill date to filter by frequency."));
    m_extInvoiceFrom->setEnabled(m_extInvoiceFromOn->isChecked());
    m_extInvoiceBefore->setEnabled(m_extInvoiceBeforeOn->isChecked());
}

} // namespace m3ter
