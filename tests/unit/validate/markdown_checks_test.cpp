// Markdown the renderer would take minutes on is refused at validation, where it is written.
#include <doctest/doctest.h>

#include <string>

#include "../support/repeat.h"

#include "validate_test_support.h"

using namespace maillon;

using test::Repeat;

TEST_CASE("A Markdown body with thousands of unclosed '<?' is refused at the first one") {
  Diagnostics diags;
  test::Validate({{"content/news/x.md", "---\ntitle: X\ndate: 2026-11-01\n---\nIntro.\n\nab" +
                                            Repeat("<?", 20000) + "\n"}},
                 diags);
  REQUIRE(diags.error_count() == 1);
  const Diagnostic& d = diags.all().back();
  CHECK(d.pos.path() == "content/news/x.md");
  CHECK(d.pos.line == 7);
  CHECK(d.pos.col == 3);
  CHECK(d.message.find("too many '<?'") == 0);
}

TEST_CASE("A Markdown field with a table too wide is refused at its value") {
  Diagnostics diags;
  test::Validate(
      {{"content/organizations/x.yaml", "name: X\nsummary: S\nvolunteering: |\n  " +
                                            Repeat("a|", 300) + "\n  " + Repeat("-|", 300) + "\n"}},
      diags);
  bool found = false;
  for (const Diagnostic& d : diags.all()) {
    if (d.message.find("table row with 300 columns") != 0) continue;
    found = true;
    CHECK(d.field == "volunteering");
    CHECK(d.pos.line == 3);
  }
  CHECK(found);
}

TEST_CASE("Ordinary Markdown passes") {
  Diagnostics diags;
  test::Validate({{"content/news/x.md",
                   "---\ntitle: X\ndate: 2026-11-01\n---\n| a | b |\n|---|---|\n"
                   "| 1 | 2 |\n\n<?php echo 1; ?>\n"}},
                 diags);
  CHECK(diags.error_count() == 0);
}
