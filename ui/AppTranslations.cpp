#include "AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace m3ter {

QString installTranslations(QCoreApplication *app, const QLocale &locale) {
    // Parented to the application: translators must live as long as it does.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qtTranslator);
    }
    auto *translator = new QTranslator(app);
    if (translator->load(locale, QStringLiteral("m3ter-bills"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral("m3ter-bills_en"), QStringLiteral(":/i18n"))) {
        app->installTranslator(translator);
        return translator->language();
    }
    delete translator;
    return QString();
}

} // namespace m3ter
