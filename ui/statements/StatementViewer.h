#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedLayout;
class QTabWidget;
class QTableView;
class QTreeView;

namespace m3ter {

class CsvTableModel;
class JsonTreeModel;

// The built-in statement viewer, so nobody has to leave the app to check a statement: the JSON
// file as an expandable tree (field, value, type) with a search box, and the CSV file as a table,
// one tab each. Open with the default application and Show in folder are one click away.
// Non-modal; files are read when shown (statements are small; anything above kMaxFileBytes is
// left to the default application).
class StatementViewer : public QDialog {
    Q_OBJECT

public:
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

    explicit StatementViewer(QWidget *parent = nullptr);

    // Shows the files (either may be empty). `title` names the statement, e.g. account and date.
    // Returns false if neither file could be shown (the reason is in the dialog).
    bool showFiles(const QString &title, const QString &jsonFile, const QString &csvFile);
    // Opens a tab: 0 JSON, 1 CSV.
    void setCurrentTab(int tab);

    // Test seams.
    JsonTreeModel *jsonModel() const { return m_jsonModel; }
    CsvTableModel *csvModel() const { return m_csvModel; }
    QTreeView *jsonView() const { return m_jsonView; }
    QTableView *csvView() const { return m_csvView; }
    QTabWidget *tabs() const { return m_tabs; }
    QString jsonError() const;
    QString csvError() const;

private:
    QWidget *buildJsonTab();
    QWidget *buildCsvTab();
    static QByteArray readFile(const QString &path, QString *error);
    void updateFileLine();

    QString m_jsonFile;
    QString m_csvFile;
    QLabel *m_title;
    QLabel *m_fileLabel;
    QTabWidget *m_tabs;
    JsonTreeModel *m_jsonModel;
    QSortFilterProxyModel *m_jsonProxy;
    CsvTableModel *m_csvModel;
    QTreeView *m_jsonView = nullptr;
    QLineEdit *m_jsonSearch = nullptr;
    QLabel *m_jsonError = nullptr;
    QStackedLayout *m_jsonStack = nullptr;
    QTableView *m_csvView = nullptr;
    QLabel *m_csvError = nullptr;
    QStackedLayout *m_csvStack = nullptr;
};

} // namespace m3ter
