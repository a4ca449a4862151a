#include "LanguageSetting.h"

#include <QDir>

namespace m3ter {

QList<LanguageSetting::Choice> LanguageSetting::choices() {
    //: Language choice in Preferences: use the operating system's language
    QList<Choice> result{{QString(), tr("System language")}};
    const QStringList files =
        QDir(QStringLiteral(":/i18n"))
            .entryList({QStringLiteral("m3ter-bills_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(12).chopped(3); // "m3ter-bills_" + code + ".qm"
        const QLocale locale(code);
        if (locale.language() == QLocale::C)
            continue;
        // Qt names English after its default region ("American English"); the English
        // translation is not regional.
        QString label = locale.language() == QLocale::English ? QStringLiteral("English")
                                                              : locale.nativeLanguageName();
        if (!label.isEmpty())
            label[0] = label[0].toUpper(); // "français" -> "Français" in a list of names
        result.append({code, label});
    }
    return result;
}

QLocale LanguageSetting::effectiveLocale(const QString &code, const QLocale &system) {
    if (code.isEmpty())
        return system;
    const QLocale chosen(code);
    if (chosen.language() == QLocale::C)
        return system; // an unknown code in the settings file: ignore it rather than show C
    if (chosen.language() == system.language())
        return system;
    return chosen;
}

} // namespace m3ter
