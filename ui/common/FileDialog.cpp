#include "FileDialog.h"

#include <QFileDialog>

#include <utility>

namespace m3ter {

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter, QString *selectedFilter) {
    if (std::optional<Answer> answer = std::exchange(nextAnswer(), std::nullopt)) {
        if (selectedFilter && !answer->selectedFilter.isEmpty())
            *selectedFilter = answer->selectedFilter;
        return answer->fileName;
    }
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, selectedFilter);
}

void FileDialog::setNextSaveFileName(const QString &fileName, const QString &selectedFilter) {
    nextAnswer() = Answer{fileName, selectedFilter};
}

std::optional<FileDialog::Answer> &FileDialog::nextAnswer() {
    // Dialogs belong to the GUI thread, so one plain static will do.
    static std::optional<Answer> answer;
    return answer;
}

} // namespace m3ter
