// Contrast of a site's or a municipality's colours with what the theme writes on them.
#include "validate/theme_colours.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "model/colour.h"

namespace maillon {

namespace {

std::string Ratio(double r) {
  char text[16];
  std::snprintf(text, sizeof text, "%.1f:1", r);
  return text;
}

// The lowest contrast of `c` with `against`.
double WorstContrast(const Rgb& c, const std::vector<const char*>& against) {
  double worst = 21;
  for (const char* other : against) worst = std::min(worst, ContrastRatio(c, *ParseColour(other)));
  return worst;
}

// The closest shade of `c` (darker when `darker`, else lighter) that reaches the minimum
// against `against`, or "" when none does.
std::string PassingShade(const Rgb& c, bool darker, const std::vector<const char*>& against) {
  for (int step = 1; step <= 20; ++step) {
    const Rgb shade = Shade(c, (darker ? 1 : -1) * step * 0.05);
    if (WorstContrast(shade, against) >= kMinimumContrast) return ColourText(shade);
  }
  return "";
}

// Checks the colour at `node` (field `name` of colors) and returns it, or "" when ill-formed.
std::string CheckColour(const Node* node, const char* name, Diagnostics& diags) {
  if (!node || !node->IsScalar()) return "";
  const std::optional<Rgb> colour = ParseColour(node->scalar);
  if (!colour) return "";
  const bool primary = std::string_view(name) == "primary";
  const std::vector<const char*> against =
      primary ? std::vector<const char*>{kThemeLightText, kThemePageBackground}
              : std::vector<const char*>{kThemeDarkText};
  const double worst = WorstContrast(*colour, against);
  if (worst < kMinimumContrast) {
    const Text use =
        primary ? Text("the theme writes white text on it and uses it for links on its light "
                       "background",
                       "le thème y écrit du texte blanc et s'en sert pour les liens sur son fond "
                       "clair")
                : Text("the theme writes its dark text (" + std::string(kThemeDarkText) + ") on it",
                       "le thème y écrit son texte foncé (" + std::string(kThemeDarkText) + ")");
    const std::string shade = PassingShade(*colour, primary, against);
    diags.Error(node->pos, std::string("colors.") + name,
                Text("the colour ", "la couleur ") + Quoted(node->scalar) +
                    Text(" gives a contrast of " + Ratio(worst) + " (",
                         " donne un contraste de " + Ratio(worst) + " (") +
                    use +
                    Text("); WCAG 2.1 AA needs " + Ratio(kMinimumContrast),
                         ") ; WCAG 2.1 AA exige " + Ratio(kMinimumContrast)),
                shade.empty()
                    ? Text()
                    : Text(std::string("a ") + (primary ? "darker" : "lighter") +
                               " shade would do, e.g. \"" + shade + "\"",
                           std::string("une teinte plus ") + (primary ? "foncée" : "claire") +
                               " conviendrait, par exemple \"" + shade + "\""));
  }
  return node->scalar;
}

}  // namespace

Colors ReadThemeColours(const Node* colors, Diagnostics& diags) {
  Colors out;
  if (!colors || !colors->IsMap()) return out;
  out.primary = CheckColour(colors->Find("primary"), "primary", diags);
  out.accent = CheckColour(colors->Find("accent"), "accent", diags);
  return out;
}

}  // namespace maillon
