// SlowMarkdown: the renderer's quadratic cases are found, ordinary texts pass.
#include "model/markdown_limits.h"

#include <doctest/doctest.h>

#include <string>

#include "../support/repeat.h"

using namespace maillon;

using test::Repeat;

TEST_CASE("SlowMarkdown passes ordinary texts, tables and raw HTML") {
  CHECK_FALSE(SlowMarkdown(""));
  CHECK_FALSE(SlowMarkdown("Un *texte* avec <b>gras</b>, <!-- note --> et <?php echo 1; ?>."));
  const std::string table =
      "| Jour | Heure |\n| --- | ---: |\n" + Repeat("| lundi | 17 h |\n", 5000);
  CHECK_FALSE(SlowMarkdown(table));
  // Openers closed later in their paragraph, or each in a short paragraph, cost little.
  CHECK_FALSE(SlowMarkdown(Repeat("<?php x ?> ", 20000)));
  CHECK_FALSE(SlowMarkdown(Repeat("a <? b\n\n", 20000)));
  // A comment's scan stops at its first "--"; "<!" without a name and a blank is no opener.
  CHECK_FALSE(SlowMarkdown("a" + Repeat("<!-- a ", 30000)));
  CHECK_FALSE(SlowMarkdown("a" + Repeat("<!A", 100000)));
}

TEST_CASE("SlowMarkdown finds unclosed openers that cost a scan to the paragraph's end each") {
  for (const std::string open : {"<?", "<![CDATA[", "<!A "}) {
    CAPTURE(open);
    const std::string text = "Intro.\n\nab" + Repeat(open, 20000);
    auto problem = SlowMarkdown(text);
    REQUIRE(problem);
    CHECK(problem->offset == 10);  // the first opener
    const std::string shown = open == "<!A " ? "<!" : open;
    CHECK(problem->message.en.find("too many '" + shown + "' with no") == 0);
    CHECK_FALSE(problem->message.fr.empty());
  }
  auto pi = SlowMarkdown("a" + Repeat("<?", 20000));
  REQUIRE(pi);
  CHECK(pi->message.en ==
        "too many '<?' with no '?>' after them in their paragraph: the Markdown renderer would "
        "take minutes on this text; write '&lt;?' where '<?' itself is meant");
}

TEST_CASE("SlowMarkdown finds tables too wide, and too many cells") {
  const std::string wide = "x\n\n" + Repeat("a|", 300) + "\n" + Repeat("-|", 300) + "\n";
  auto problem = SlowMarkdown(wide);
  REQUIRE(problem);
  CHECK(problem->offset == 3);  // the header row
  CHECK(problem->message.en.find("table row with 300 columns ('|'), more than 200") == 0);

  const std::string row = "a|b\n-|-\n" + Repeat("a|", 250) + "\n";
  problem = SlowMarkdown(row);
  REQUIRE(problem);
  CHECK(problem->offset == 8);

  // A wide header over many short lines: each line is filled to the header's width.
  const std::string filled =
      Repeat("a|", 100) + "\n" + Repeat("-|", 100) + "\n" + Repeat("a\n", 3000);
  problem = SlowMarkdown(filled);
  REQUIRE(problem);
  CHECK(problem->message.en.find("the tables of this text have more than 200000 cells") == 0);
  // A blank line ends the table: the lines after it are no rows.
  CHECK_FALSE(
      SlowMarkdown(Repeat("a|", 100) + "\n" + Repeat("-|", 100) + "\n\n" + Repeat("a\n", 3000)));
  // '|' in a line without a delimiter row under a header is no table.
  CHECK_FALSE(SlowMarkdown(Repeat("a | b | c\n", 100000)));
}
