#pragma once

#include <QIcon>

namespace m3ter {

// A freedesktop theme icon where the desktop has one (it then follows the desktop's light or dark
// theme), else the app's own SVG of the same name under :/icons/actions: crisp at any scale
// factor. The SVGs are drawn in a mid grey that keeps 3:1 against light and dark toolbars.
QIcon themeIcon(const char *freedesktopName);

} // namespace m3ter
