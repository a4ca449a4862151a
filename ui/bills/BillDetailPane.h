#pragma once

#include "api/ApiError.h"
#include "domain/Bill.h"

#include <QWidget>

#include <optional>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QTreeView;

namespace m3ter {

class BillDetailCache;
class InlineNotice;
class LineItemTreeModel;

// The right-hand side of the main window: everything about one bill. Header fields, a warning
// when the line items do not add up to the bill total, the line items with their pricing bands,
// totals by line-item type and the currency conversions; copy the id or the JSON, export the
// line items to CSV.
//
// Bills come from a BillDetailCache: each is fetched once, and selecting another bill cancels
// the request for the previous one. Loading and errors are shown inside the pane (never in a
// modal dialog) with a Retry button, so the bill list stays usable while a bill loads.
class BillDetailPane : public QWidget {
    Q_OBJECT
public:
    enum class State { Empty, Loading, Error, Showing };
    Q_ENUM(State)

    enum HeaderField {
        AccountField,
        PeriodField,
        BillDateField,
        DueDateField,
        StatusField,
        BillTotalField,
        TimezoneField,
        LastCalculatedField,
        InvoiceNumberField,
        ExternalInvoiceField,
        PurchaseOrderField,
        LockedField,
        ApprovedField,
        BillIdField,
        HeaderFieldCount
    };
    Q_ENUM(HeaderField)

    // Shows the bills of the session's cache (borrowed: it must outlive the pane).
    explicit BillDetailPane(BillDetailCache *cache, QWidget *parent = nullptr);
    ~BillDetailPane() override;

    // Shows the bill, fetching it unless cached. The same id again does nothing while it is
    // shown or loading; an empty id clears the pane.
    void showBill(const QString &billId);
    // Back to "no bill selected"; cancels any request in flight.
    void clear();
    QString currentBillId() const { return m_billId; }
    State state() const { return m_state; }
    // The bill on screen (only in State::Showing).
    const std::optional<Bill> &bill() const { return m_bill; }

    // After an error: asks for the current bill again.
    void retry();
    // While loading: stops the request; the pane says so and offers Retry.
    void cancelLoading();
    void copyBillId();
    void copyBillJson();
    // Writes the line items of the shown bill to `path`. The outcome is shown in the pane;
    // returns false (and leaves no file behind) on failure.
    bool exportLineItems(const QString &path, bool byteOrderMark);

    // Test seams.
    BillDetailCache *cache() const { return m_cache; }
    QTreeView *lineItemView() const { return m_tree; }
    LineItemTreeModel *lineItemModel() const { return m_model; }
    QLabel *headerLabel(HeaderField field) const { return m_header[field]; }
    QTableWidget *totalsTable() const { return m_totals; }
    QTableWidget *conversionsTable() const { return m_conversions; }
    QFrame *mismatchWarning() const { return m_warning; }
    QString mismatchText() const;
    QString stateText() const; // the loading or error message
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *copyJsonAction() const { return m_copyJson; }
    QAction *exportAction() const { return m_export; }
    QAction *exportExcelAction() const { return m_exportExcel; }
    QAction *generateStatementAction() const { return m_generate; }
    QString noticeText() const;

    // Fills `menu` with the line-item columns to sort by (and the bill's own order): what a
    // click on the tree's header does, for the keyboard.
    void fillSortMenu(QMenu *menu);

signals:
    void stateChanged(m3ter::BillDetailPane::State state);
    // The bill is on screen (from the cache or freshly fetched).
    void billShown(const QString &billId);
    // "Generate statement…" for the bill on screen; the main window asks and submits.
    void generateStatementRequested(const QString &billId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildStatePage(QLabel **label, QWidget *extra);
    QWidget *buildContentPage();
    void setState(State state, const QString &text = QString());
    void onBillReady(const QString &billId, const Bill &bill);
    void onBillFailed(const QString &billId, const ApiError &error);
    void populate(const Bill &bill);
    void populateHeader(const Bill &bill);
    void populateTotals(const Bill &bill);
    void populateConversions(const Bill &bill);
    void chooseExportFile(bool byteOrderMark);
    void showNotice(const QString &text, bool autoHide);

    BillDetailCache *m_cache;
    LineItemTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;

    State m_state = State::Empty;
    QString m_billId;
    std::optional<Bill> m_bill;
    QString m_lastExportDir;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_loadingPage = nullptr;
    QWidget *m_errorPage = nullptr;
    QWidget *m_contentPage = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportExcel = nullptr;
    QAction *m_generate = nullptr;
    InlineNotice *m_notice = nullptr;
    QFrame *m_warning = nullptr;
    QLabel *m_warningText = nullptr;
    QLabel *m_header[HeaderFieldCount] = {};
    QTreeView *m_tree = nullptr;
    QTableWidget *m_totals = nullptr;
    QTableWidget *m_conversions = nullptr;
    QLabel *m_totalsNote = nullptr;
};

} // namespace m3ter
