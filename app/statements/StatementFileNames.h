#pragma once

#include "api/StatementFormat.h"

#include <QDate>
#include <QString>

namespace m3ter {

// Where a statement file goes: <root>/<org>/<account code>/<bill date>_<bill id>.json|csv.
// Every component comes from server data or user settings, so each is sanitised to a single,
// harmless file-name component on every OS the app ships to: no path separators, no "." or "..",
// no control characters, none of Windows' reserved characters (<>:"/\|?*) and no reserved device
// names (CON, NUL, COM1, ...), no trailing dots or spaces (Windows drops them silently), no
// leading dot (a hidden file nobody finds), and a bounded length.
class StatementFileNames {
public:
    static constexpr int kMaxComponentLength = 100;

    // One path component; never empty (an empty or fully stripped name becomes "_").
    static QString sanitizeComponent(const QString &name);
    // "<bill date>_<bill id>.<ext>", the date as yyyy-MM-dd ("undated" if invalid).
    static QString fileName(const QDate &billDate, const QString &billId, StatementFormat format);
    // <org>/<account code>/<file name>, every component sanitised.
    static QString relativePath(const QString &orgFolder, const QString &accountCode,
                                const QDate &billDate, const QString &billId,
                                StatementFormat format);
    // root + "/" + relativePath(...), with the root taken as the user gave it.
    static QString filePath(const QString &root, const QString &orgFolder,
                            const QString &accountCode, const QDate &billDate,
                            const QString &billId, StatementFormat format);
};

} // namespace m3ter
