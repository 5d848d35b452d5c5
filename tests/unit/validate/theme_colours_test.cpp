// Colours of a site or a municipality: contrast with what the theme writes on them, reported
// at the colour with a shade that would pass.
#include "validate/theme_colours.h"

#include <doctest/doctest.h>

#include "model/colour.h"
#include "validate_test_support.h"

using namespace maillon;
using namespace maillon::test;

TEST_CASE("WCAG contrast ratios and shades") {
  const Rgb black{0, 0, 0}, white{255, 255, 255};
  CHECK(ContrastRatio(black, white) == doctest::Approx(21.0));
  CHECK(ContrastRatio(white, white) == doctest::Approx(1.0));
  // The theme's own brick carries white text at 8.3:1 (themes/default/assets/style.css).
  CHECK(ContrastRatio(*ParseColour("#8c2f14"), white) == doctest::Approx(8.3).epsilon(0.02));
  CHECK(ColourText(*ParseColour("#18B")) == "#1188bb");
  CHECK_FALSE(ParseColour("#12345"));
  CHECK_FALSE(ParseColour("123456"));
  CHECK(ColourText(Shade(white, 1.0)) == "#000000");
  CHECK(ColourText(Shade(black, -1.0)) == "#ffffff");
}

TEST_CASE("colours that keep the pages readable pass") {
  Diagnostics diags;
  const Content c = Validate({{"content/municipalities/manseau.yaml",
                               "name: Manseau\ncolors: { primary: \"#1f5f8b\", accent: \"#f2a900\" }\n"}},
                             diags);
  CHECK_FALSE(diags.HasErrors());
  REQUIRE(c.municipalities.size() == 1);
  CHECK(c.municipalities[0].colors.primary == "#1f5f8b");
  CHECK(c.municipalities[0].colors.accent == "#f2a900");
}

TEST_CASE("a light main colour and a dark accent are errors at the colour, with a shade that passes") {
  Diagnostics diags;
  Validate({{"content/municipalities/manseau.yaml",
             "name: Manseau\ncolors:\n  primary: \"#f6c453\"\n  accent: \"#1f5f8b\"\n"}},
           diags);
  REQUIRE(diags.error_count() == 2);
  const std::vector<Diagnostic> sorted = diags.Sorted();
  CHECK(FormatHeadline(sorted[0]) ==
        "content/municipalities/manseau.yaml:3:12: error: field 'colors.primary': the colour "
        "'#f6c453' gives a contrast of 1.6:1 (the theme writes white text on it and uses it for "
        "links on its light background); WCAG 2.1 AA needs 4.5:1; a darker shade would do, e.g. "
        "\"#876c2e\"");
  // The shades offered do pass.
  CHECK(ContrastRatio(*ParseColour("#876c2e"), *ParseColour("#ffffff")) >= 4.5);
  CHECK(ContrastRatio(*ParseColour("#876c2e"), *ParseColour(kThemePageBackground)) >= 4.5);
  CHECK(ContrastRatio(*ParseColour("#628fae"), *ParseColour(kThemeDarkText)) >= 4.5);
  CHECK(FormatHeadline(sorted[1]) ==
        "content/municipalities/manseau.yaml:4:11: error: field 'colors.accent': the colour "
        "'#1f5f8b' gives a contrast of 2.3:1 (the theme writes its dark text (#2b211c) on it); "
        "WCAG 2.1 AA needs 4.5:1; a lighter shade would do, e.g. \"#628fae\"");
}

TEST_CASE("site.yaml's colours are checked the same way") {
  Diagnostics diags;
  Validate({{"content/site.yaml",
             "title: Portail\nbase_url: https://example.org/\ncolors: { primary: \"#ffff00\" }\n"}},
           diags);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].field == "colors.primary");
  CHECK(diags.all()[0].pos.line == 3);
}
