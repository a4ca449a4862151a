#pragma once

#include <QColor>
#include <QPalette>

namespace m3ter {

// Colours with a meaning (warning, error, success, busy, production) derived from the current
// palette, so they stay readable under a light and a dark system palette alike. Each starts from
// a fixed hue and is moved towards the palette's own text colour until it reaches the WCAG AA
// contrast of 4.5:1 against the background it is drawn on; backgrounds are the palette's base
// tinted with the hue. Nothing here caches: call again after a QEvent::PaletteChange.
namespace ThemeColors {

enum class Tone { Warning, Error, Success, Busy, Production };

// WCAG 2.x contrast ratio of two opaque colours: 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
double relativeLuminance(const QColor &color);
// `a` blended with `b`; amount 0 is `a`, 1 is `b`.
QColor mix(const QColor &a, const QColor &b, double amount);
// `accent` moved towards `towards` (the palette's text colour) just far enough to reach
// `minRatio` against `background`; `towards` itself if even that does not.
QColor readableOn(const QColor &accent, const QColor &background, const QColor &towards,
                  double minRatio = 4.5);
bool isDark(const QPalette &palette);

// The base hue of a tone (the colour of an icon or a border).
QColor accent(Tone tone, const QPalette &palette);
// Text of that tone on the palette colour `on` (Base for views, where it also reads on
// AlternateBase rows; Window for labels).
QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole on = QPalette::Window);
// A calm background tinted with the tone (status frames, warnings), its border, and the text
// to write on it (the palette's text colour, checked for contrast).
QColor background(Tone tone, const QPalette &palette);
QColor border(Tone tone, const QPalette &palette);
QColor textOnBackground(Tone tone, const QPalette &palette);
// Secondary text (hints, field titles) on `on`: dimmer than the text colour, but still 4.5:1;
// Qt's PlaceholderText role is only about 3:1 with the Fusion palettes.
QColor secondaryText(const QPalette &palette, QPalette::ColorRole on = QPalette::Window);

// A dark palette like the ones desktops ship (used by the tests and the dark screenshot).
QPalette darkPalette();

} // namespace ThemeColors

} // namespace m3ter
