#include "FileActions.h"

#include "MessageBox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

namespace m3ter {

bool FileActions::open(const QString &path, QWidget *parent) {
    if (path.isEmpty())
        return false;
    if (!QFileInfo::exists(path)) {
        MessageBox::warning(parent, tr("Open statement"),
                            tr("%1 is no longer there. It may have been moved or deleted.")
                                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return true;
    MessageBox::warning(parent, tr("Open statement"),
                        tr("No application is set up to open %1. Use View to see it here, or "
                           "Show in folder.")
                            .arg(QDir::toNativeSeparators(path)));
    return false;
}

bool FileActions::showInFolder(const QString &path, QWidget *parent) {
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    if (!info.exists()) {
        MessageBox::warning(parent, tr("Show in folder"),
                            tr("%1 is no longer there. It may have been moved or deleted.")
                                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
#if defined(Q_OS_WIN)
    // Explorer selects the file in its folder.
    if (QProcess::startDetached(QStringLiteral("explorer.exe"),
                                {QStringLiteral("/select,"), QDir::toNativeSeparators(path)}))
        return true;
#elif defined(Q_OS_MACOS)
    if (QProcess::startDetached(QStringLiteral("/usr/bin/open"), {QStringLiteral("-R"), path}))
        return true;
#endif
    // Elsewhere there is no portable "select this file": open the folder that holds it.
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(info.absolutePath())))
        return true;
    MessageBox::warning(
        parent, tr("Show in folder"),
        tr("%1 could not be opened.").arg(QDir::toNativeSeparators(info.absolutePath())));
    return false;
}

} // namespace m3ter
