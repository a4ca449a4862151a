#include "ThemeColors.h"

#include <QtMath>

namespace m3ter::ThemeColors {

namespace {

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

// The more legible of black and white on `background`.
QColor blackOrWhite(const QColor &background) {
    return contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background)
               ? QColor(Qt::black)
               : QColor(Qt::white);
}

QColor onColor(const QPalette &palette, QPalette::ColorRole on) {
    return palette.color(on);
}

// The text colour a palette pairs with a background role.
QColor textFor(const QPalette &palette, QPalette::ColorRole on) {
    switch (on) {
    case QPalette::Base:
    case QPalette::AlternateBase:
        return palette.color(QPalette::Text);
    case QPalette::Button:
        return palette.color(QPalette::ButtonText);
    default:
        return palette.color(QPalette::WindowText);
    }
}

} // namespace

double relativeLuminance(const QColor &color) {
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, double amount) {
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    const auto lerp = [amount](double p, double q) { return p + (q - p) * amount; };
    return QColor::fromRgbF(float(lerp(x.redF(), y.redF())), float(lerp(x.greenF(), y.greenF())),
                            float(lerp(x.blueF(), y.blueF())));
}

QColor readableOn(const QColor &accent, const QColor &background, const QColor &towards,
                  double minRatio) {
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = mix(accent, towards, step / 20.0);
        if (contrastRatio(candidate, background) >= minRatio)
            return candidate;
    }
    // Even the palette's text colour is too weak on this background (an odd theme).
    return blackOrWhite(background);
}

bool isDark(const QPalette &palette) {
    return relativeLuminance(palette.color(QPalette::Window)) <
           relativeLuminance(palette.color(QPalette::WindowText));
}

QColor accent(Tone tone, const QPalette &palette) {
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Warning:
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    case Tone::Error:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xc5, 0x22, 0x1f);
    case Tone::Success:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1e, 0x8e, 0x3e);
    case Tone::Busy:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x1a, 0x73, 0xe8);
    case Tone::Production:
        // The same alarm red everywhere: it is a solid banner with its own text colour.
        return QColor(0xb3, 0x26, 0x1e);
    }
    return palette.color(QPalette::Highlight);
}

QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole on) {
    // In a view the text also sits on alternating rows: it must read on the weaker of the two.
    QColor back = onColor(palette, on);
    if (on == QPalette::Base) {
        const QColor alternate = palette.color(QPalette::AlternateBase);
        const QColor hue = accent(tone, palette);
        if (contrastRatio(hue, alternate) < contrastRatio(hue, back))
            back = alternate;
    }
    return readableOn(accent(tone, palette), back, textFor(palette, on));
}

QColor background(Tone tone, const QPalette &palette) {
    if (tone == Tone::Production)
        return accent(tone, palette);
    return mix(palette.color(QPalette::Base), accent(tone, palette), isDark(palette) ? 0.2 : 0.12);
}

QColor border(Tone tone, const QPalette &palette) {
    return mix(palette.color(QPalette::Base), accent(tone, palette), 0.65);
}

QColor textOnBackground(Tone tone, const QPalette &palette) {
    const QColor back = background(tone, palette);
    if (tone == Tone::Production)
        return blackOrWhite(back);
    const QColor ownText = palette.color(QPalette::Text);
    return readableOn(ownText, back, blackOrWhite(back));
}

QColor secondaryText(const QPalette &palette, QPalette::ColorRole on) {
    const QColor back = onColor(palette, on);
    const QColor full = textFor(palette, on);
    // Start halfway to the background and come back towards the text colour as needed.
    return readableOn(mix(full, back, 0.5), back, full);
}

QPalette darkPalette() {
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x7f, 0x7f, 0x7f);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3f));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x48));
    p.setColor(QPalette::Mid, QColor(0x32, 0x32, 0x35));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

} // namespace m3ter::ThemeColors
