#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace m3ter {

// Opening a saved file with the desktop's application for it, and showing it in its folder
// (selected where the platform can). Both tell the user, in a message box on `parent`, when the
// file is gone or nothing can open it, and return false then. Used by the statements panel and
// the statement viewer.
class FileActions {
    Q_DECLARE_TR_FUNCTIONS(m3ter::FileActions)

public:
    static bool open(const QString &path, QWidget *parent);
    static bool showInFolder(const QString &path, QWidget *parent);
};

} // namespace m3ter
