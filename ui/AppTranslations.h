#pragma once

#include <QLocale>

class QCoreApplication;

namespace m3ter {

// Installs the app's translation for `locale` (falling back to English, which carries the plural
// forms) and Qt's own translations for standard dialogs. Returns the app translation's language.
QString installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace m3ter
