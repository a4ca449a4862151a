// The colours the app derives from the palette (ThemeColors) stay readable: at least 4.5:1 (WCAG
// AA for text) against what they are drawn on, under the light Fusion palette and a dark one, and
// widgets that follow the palette (PaletteFollower) pick the new colours up when it changes.
#include "theme/PaletteFollower.h"
#include "theme/ThemeColors.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QTest>

using namespace m3ter;
using namespace m3ter::ThemeColors;

Q_DECLARE_METATYPE(QPalette)

namespace {

const Tone kTones[] = {Tone::Warning, Tone::Error, Tone::Success, Tone::Busy, Tone::Production};

QString describe(const QColor &fg, const QColor &bg) {
    return QStringLiteral("%1 on %2: %3:1")
        .arg(fg.name(), bg.name())
        .arg(contrastRatio(fg, bg), 0, 'f', 2);
}

} // namespace

class TestThemeColors : public QObject {
    Q_OBJECT

private slots:
    void contrastRatioMatchesWcag() {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the well-known AA threshold grey (4.54:1).
        QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void readableOnReachesTheRatioOrFallsBack() {
        const QColor amber(0xd2, 0x99, 0x22);
        // Amber on white is too faint and is darkened towards black until it reads.
        QVERIFY(contrastRatio(amber, Qt::white) < 4.5);
        const QColor fixed = readableOn(amber, Qt::white, Qt::black);
        QVERIFY(contrastRatio(fixed, Qt::white) >= 4.5);
        QVERIFY(fixed != QColor(Qt::black)); // still a hue, not plain text
        // A background nothing in the blend reaches falls back to black or white.
        const QColor mid(0x80, 0x80, 0x80);
        QVERIFY(contrastRatio(readableOn(mid, mid, mid), mid) >= 4.5);
    }

    void palettes_data() {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light (Fusion)") << QApplication::style()->standardPalette() << false;
        QTest::newRow("dark") << darkPalette() << true;
    }

    void palettes() {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(isDark(palette), dark);
        QStringList failures;
        const auto check = [&](const QString &what, const QColor &fg, const QColor &bg) {
            if (contrastRatio(fg, bg) < 4.5)
                failures << what + QStringLiteral(" ") + describe(fg, bg);
        };
        for (Tone tone : kTones) {
            const QString name = QString::number(int(tone));
            check(QStringLiteral("tone %1 text on Window").arg(name), text(tone, palette),
                  palette.color(QPalette::Window));
            for (QPalette::ColorRole row : {QPalette::Base, QPalette::AlternateBase})
                check(QStringLiteral("tone %1 text in a view row").arg(name),
                      text(tone, palette, QPalette::Base), palette.color(row));
            check(QStringLiteral("tone %1 text on its tinted background").arg(name),
                  textOnBackground(tone, palette), background(tone, palette));
        }
        for (QPalette::ColorRole on : {QPalette::Window, QPalette::Base})
            check(QStringLiteral("secondary text"), secondaryText(palette, on), palette.color(on));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        // The tones stay recognisably different from plain text and from each other.
        const QColor plain = palette.color(QPalette::WindowText);
        for (Tone tone : {Tone::Warning, Tone::Error, Tone::Success, Tone::Busy})
            QVERIFY(text(tone, palette) != plain);
        QVERIFY(text(Tone::Warning, palette) != text(Tone::Error, palette));
        // Secondary text is dimmer than the text itself.
        QVERIFY(contrastRatio(secondaryText(palette), palette.color(QPalette::Window)) <
                contrastRatio(plain, palette.color(QPalette::Window)));
    }

    // Why secondary text does not use Qt's PlaceholderText role: too faint in Fusion's light
    // palette (half-transparent text, about 3.9:1 on the window colour).
    void placeholderRoleIsTooFaint() {
        const QPalette light = QApplication::style()->standardPalette();
        QColor placeholder = light.color(QPalette::PlaceholderText);
        const QColor window = light.color(QPalette::Window);
        const QColor composed = mix(window, QColor(placeholder.rgb()), placeholder.alphaF());
        QVERIFY2(contrastRatio(composed, window) < 4.5, qPrintable(describe(composed, window)));
    }

    // A label that follows the palette gets the dark palette's colours when the application
    // switches, and back.
    void followersReactToPaletteChanges() {
        const QPalette light = QApplication::style()->standardPalette();
        QApplication::setPalette(light);
        QWidget window;
        auto *hint = new QLabel(QStringLiteral("hint"), &window);
        auto *error = new QLabel(QStringLiteral("error"), &window);
        PaletteFollower::useSecondaryText(hint);
        PaletteFollower::useToneText(error, Tone::Error);
        window.show();
        QCOMPARE(hint->palette().color(QPalette::WindowText), secondaryText(light));
        QCOMPARE(error->palette().color(QPalette::WindowText), text(Tone::Error, light));

        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(hint->palette().color(QPalette::WindowText), secondaryText(darkPalette()));
        QCOMPARE(error->palette().color(QPalette::WindowText), text(Tone::Error, darkPalette()));
        QVERIFY(contrastRatio(hint->palette().color(QPalette::WindowText),
                              hint->palette().color(QPalette::Window)) >= 4.5);

        QApplication::setPalette(light);
        QTRY_COMPARE(error->palette().color(QPalette::WindowText), text(Tone::Error, light));
    }
};

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
