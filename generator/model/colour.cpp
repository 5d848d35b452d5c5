// Colour arithmetic per WCAG 2.1 (relative luminance of sRGB).
#include "model/colour.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace maillon {

namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

double Luminance(const Rgb& c) {
  auto channel = [](int v) {
    const double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

}  // namespace

std::optional<Rgb> ParseColour(std::string_view text) {
  if ((text.size() != 4 && text.size() != 7) || text[0] != '#') return std::nullopt;
  int digits[6];
  const size_t n = text.size() - 1;
  for (size_t i = 0; i < n; ++i) {
    digits[i] = HexDigit(text[i + 1]);
    if (digits[i] < 0) return std::nullopt;
  }
  if (n == 3) return Rgb{digits[0] * 17, digits[1] * 17, digits[2] * 17};
  return Rgb{digits[0] * 16 + digits[1], digits[2] * 16 + digits[3], digits[4] * 16 + digits[5]};
}

std::string ColourText(const Rgb& c) {
  char text[8];
  std::snprintf(text, sizeof text, "#%02x%02x%02x", c.r, c.g, c.b);
  return text;
}

double ContrastRatio(const Rgb& a, const Rgb& b) {
  const double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb Shade(const Rgb& c, double amount) {
  const double t = std::clamp(std::abs(amount), 0.0, 1.0);
  const int target = amount >= 0 ? 0 : 255;
  auto mix = [&](int v) { return int(std::lround(v + (target - v) * t)); };
  return Rgb{mix(c.r), mix(c.g), mix(c.b)};
}

}  // namespace maillon
