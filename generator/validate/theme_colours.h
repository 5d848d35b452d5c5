// The colours a site or a municipality gives its pages, checked against what the theme writes on
// them, so that no colour choice makes a page unreadable (WCAG 2.1 AA, 4.5:1).
#pragma once

#include "diag/diagnostics.h"
#include "load/node.h"
#include "model/content.h"

namespace maillon {

// The default theme's use of the colours: `primary` is the background of white text (the menu
// band, buttons) and the colour of links on the page's light background; `accent` is the
// background of the dark text (badges). Both must reach 4.5:1 against those.
inline constexpr const char kThemeLightText[] = "#ffffff";
inline constexpr const char kThemePageBackground[] = "#fffaf3";
inline constexpr const char kThemeDarkText[] = "#2b211c";
inline constexpr double kMinimumContrast = 4.5;

// Reads `colors` (a mapping with primary and accent) into a Colors, reporting at each colour's
// file:line:col a colour that does not contrast enough, with a shade that would. Ill-formed
// colours are left empty (the field check reported them).
Colors ReadThemeColours(const Node* colors, Diagnostics& diags);

}  // namespace maillon
