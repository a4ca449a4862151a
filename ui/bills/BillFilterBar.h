#pragma once

#include "domain/BillFilter.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace m3ter {

class AccountDirectory;

// The filter controls above the bill table. Covers every List Bills filter of the API: account
// (type-ahead by code or name), status, locked, an exact bill date or a bill-date range, an
// external invoice date range, billing frequency (only with an exact bill date, as the API
// requires), bill job id and a pasted list of bill ids. Nothing is sent until Apply.
// First in the bar, a search field over the bills stored on this computer, applied as the user
// types (searchChanged) and combined with the filters.
class BillFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit BillFilterBar(QWidget *parent = nullptr);

    void setAccountDirectory(AccountDirectory *directory);

    BillFilter filter() const;
    void setFilter(const BillFilter &filter);
    // Puts the keyboard focus on the first control (Ctrl+F).
    void focusFirstField();
    // Whether the search field is offered (only with a local copy of the bills).
    void setSearchAvailable(bool available);
    QString searchText() const;
    // Puts the keyboard focus in the search field.
    void focusSearch();
    // The Views menu button, so the main window can fill it.
    QToolButton *viewsButton() const { return m_views; }

signals:
    void applyRequested(const m3ter::BillFilter &filter);
    // What the user typed in the search field, a moment after the last keystroke.
    void searchChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void clear();
    void updateEnabledState();
    void reloadAccounts();
    QString selectedAccountId() const;

    QPointer<AccountDirectory> m_accounts;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    QComboBox *m_account;
    QComboBox *m_status;
    QComboBox *m_locked;
    QComboBox *m_dateMode;
    QDateEdit *m_billDate;
    QDateEdit *m_billDateStart;
    QDateEdit *m_billDateEnd;
    QLabel *m_billDateBeforeLabel;
    QComboBox *m_frequency;
    QLabel *m_frequencyLabel = nullptr;
    QCheckBox *m_extInvoiceFromOn;
    QDateEdit *m_extInvoiceFrom;
    QCheckBox *m_extInvoiceBeforeOn;
    QDateEdit *m_extInvoiceBefore;
    QLineEdit *m_billJobId;
    QLineEdit *m_billIds;
    QLabel *m_validation;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QToolButton *m_views;
    QString m_pendingAccountId; // chosen before the directory had loaded it
};

} // namespace m3ter
