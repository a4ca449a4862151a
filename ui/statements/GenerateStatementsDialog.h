#pragma once

#include "statements/StatementRequestItem.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;

namespace m3ter {

// Confirms a statement run before any job is created: how many bills, where the files go, and
// whether CSV statements are wanted too (JSON is always generated). The CSV choice is remembered
// (AppSettings::includeCsvStatements()). Open it with open(): accepted() starts the run.
class GenerateStatementsDialog : public QDialog {
    Q_OBJECT

public:
    // `existing`: how many of the bills already have a statement (it will be replaced).
    GenerateStatementsDialog(const QList<StatementRequestItem> &bills, int existing,
                             const QString &folder, QWidget *parent = nullptr);

    QList<StatementRequestItem> bills() const { return m_bills; }
    bool includeCsv() const;
    void setIncludeCsv(bool on);
    QCheckBox *csvCheckBox() const { return m_csv; }

    void accept() override;

private:
    QList<StatementRequestItem> m_bills;
    QCheckBox *m_csv;
};

} // namespace m3ter
