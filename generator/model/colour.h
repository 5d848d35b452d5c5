// Colours as the web writes them ("#1f5f8b", "#18b"), their WCAG contrast, and shades.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace maillon {

struct Rgb {
  int r = 0, g = 0, b = 0;  // 0-255
};

// "#1f5f8b" or "#18b" (case-insensitive) as RGB; nothing for anything else.
std::optional<Rgb> ParseColour(std::string_view text);
// "#1f5f8b".
std::string ColourText(const Rgb& c);
// The WCAG 2.1 contrast ratio of two colours, from 1 to 21.
double ContrastRatio(const Rgb& a, const Rgb& b);
// `c` mixed with black (`amount` > 0, towards darker) or white (< 0), by |amount| in [0, 1].
Rgb Shade(const Rgb& c, double amount);

}  // namespace maillon
