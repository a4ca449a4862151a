#include "ThemeIcon.h"

namespace m3ter {

QIcon themeIcon(const char *freedesktopName) {
    const QString name = QLatin1String(freedesktopName);
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}

} // namespace m3ter
