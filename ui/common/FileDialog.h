#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace m3ter {

// The application's "save as" file dialog, with one seam for tests: while a file name is queued
// (setNextSaveFileName) the dialog is not shown and that name is returned at once. The static
// QFileDialog runs its own event loop, and a test that types into it races the dialog's own
// start-up; the seam lets the test say the answer instead. Otherwise it is QFileDialog's own.
class FileDialog {
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter, QString *selectedFilter = nullptr);

    // For tests: the next dialog returns `fileName` (empty = cancelled) and, if given,
    // `selectedFilter`, instead of being shown. One answer serves one dialog.
    static void setNextSaveFileName(const QString &fileName, const QString &selectedFilter = {});

private:
    struct Answer {
        QString fileName;
        QString selectedFilter;
    };
    static std::optional<Answer> &nextAnswer();
};

} // namespace m3ter
