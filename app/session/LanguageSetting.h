#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace m3ter {

// The interface language: the system's (the default) or one the user picked in Preferences.
// Stored by AppSettings as a language code ("de"), empty for "follow the system". It is applied at
// start-up, before any widget exists, so nothing has to be retranslated while running.
class LanguageSetting {
    Q_DECLARE_TR_FUNCTIONS(m3ter::LanguageSetting)

public:
    struct Choice {
        QString code;  // "" for the system language
        QString label; // in its own language ("Deutsch"), so a user who cannot read the
                       // current one still finds theirs
    };

    // The system entry first, then every language the app ships a translation for (read from the
    // embedded .qm files, so adding a .ts adds a choice).
    static QList<Choice> choices();

    // Dates, numbers and money follow this locale too. A chosen language that matches the
    // system's keeps the system's regional formats (de on a de_CH system stays de_CH); any other
    // uses the language's main region (de -> de_DE).
    static QLocale effectiveLocale(const QString &code, const QLocale &system = QLocale::system());
};

} // namespace m3ter
