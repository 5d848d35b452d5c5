// French typography: guillemets, apostrophes, spaces before punctuation, URLs left alone.
#include "render/typography.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "render/typography_runs.h"

namespace maillon {
namespace {

const std::string kNb = "\u00A0";  // no-break space
const std::string kNn = "\u202F";  // narrow no-break space
const std::string kOpen = "«" + kNb;
const std::string kClose = kNb + "»";

TEST_CASE("The header's example") {
  CHECK(TypesetFrench("Il a dit \"bonjour\" : l'été...") ==
        "Il a dit " + kOpen + "bonjour" + kClose + kNb + ": l’été…");
}

TEST_CASE("Straight double quotes become guillemets") {
  CHECK(TypesetFrench("\"Oui\", dit-elle.") == kOpen + "Oui" + kClose + ", dit-elle.");
  CHECK(TypesetFrench("(\"a\") \"b\"") == "(" + kOpen + "a" + kClose + ") " + kOpen + "b" + kClose);
  // Spaces typed inside the quotes are replaced, not doubled.
  CHECK(TypesetFrench("\" bonjour \"") == kOpen + "bonjour" + kClose);
  // Glued to words on both sides: open and close alternate.
  CHECK(TypesetFrench("a\"b\"c") == "a" + kOpen + "b" + kClose + "c");
}

TEST_CASE("Typed guillemets get their non-breaking spaces") {
  CHECK(TypesetFrench("« bonjour »") == kOpen + "bonjour" + kClose);
  CHECK(TypesetFrench("«bonjour»") == kOpen + "bonjour" + kClose);
  CHECK(TypesetFrench(kOpen + "bonjour" + kClose) == kOpen + "bonjour" + kClose);
}

TEST_CASE("Apostrophes between letters") {
  CHECK(TypesetFrench("l'été, d'abord, j'ai, qu'il, n'est, s'il, c'est, m'a, t'es") ==
        "l’été, d’abord, j’ai, qu’il, n’est, s’il, c’est, m’a, t’es");
  CHECK(TypesetFrench("aujourd'hui jusqu'à l'hiver L'Été") == "aujourd’hui jusqu’à l’hiver L’Été");
  // Not between letters: left straight.
  CHECK(TypesetFrench("les années '80") == "les années '80");
  CHECK(TypesetFrench("'x'") == "'x'");
}

TEST_CASE("Spaces before double punctuation") {
  CHECK(TypesetFrench("Note : oui") == "Note" + kNb + ": oui");
  CHECK(TypesetFrench("a ; b") == "a" + kNn + "; b");
  CHECK(TypesetFrench("Oui !") == "Oui" + kNn + "!");
  CHECK(TypesetFrench("Quoi ?!") == "Quoi" + kNn + "?!");
  CHECK(TypesetFrench("Oui   !") == "Oui" + kNn + "!");
  // No space typed, none added.
  CHECK(TypesetFrench("Quoi? Oui! Note: a;b") == "Quoi? Oui! Note: a;b");
  CHECK(TypesetFrench("à 17:30") == "à 17:30");
  // A space at the very start is not a space before punctuation.
  CHECK(TypesetFrench(" !") == " !");
}

TEST_CASE("Ellipses and dashes") {
  CHECK(TypesetFrench("Et puis...") == "Et puis…");
  CHECK(TypesetFrench("a....") == "a….");
  CHECK(TypesetFrench("a -- b") == "a – b");
  CHECK(TypesetFrench("a --- b") == "a — b");
  CHECK(TypesetFrench("a ---- b") == "a ---- b");
  CHECK(TypesetFrench("Saint-Jean-Baptiste") == "Saint-Jean-Baptiste");
}

TEST_CASE("URLs and host names are left as typed") {
  CHECK(TypesetFrench("Voir https://ex.ca/a--b?x='y'... !") ==
        "Voir https://ex.ca/a--b?x='y'…" + kNn + "!");
  CHECK(TypesetFrench("(https://ex.ca/l'a...)") == "(https://ex.ca/l'a…)");
  CHECK(TypesetFrench("\"www.ex.ca\"") == kOpen + "www.ex.ca" + kClose);
  CHECK(TypesetFrench("www.ex.ca:8080/a'b") == "www.ex.ca:8080/a'b");
}

TEST_CASE("Times, amounts and percentages keep their unit") {
  CHECK(TypesetFrench("17 h 30") == "17" + kNb + "h" + kNb + "30");
  CHECK(TypesetFrench("de 9 h à 11 h.") == "de 9" + kNb + "h à 11" + kNb + "h.");
  CHECK(TypesetFrench("15 $ et 10 % et 5 €") ==
        "15" + kNb + "$ et 10" + kNb + "% et 5" + kNb + "€");
  CHECK(TypesetFrench("3 hommes") == "3 hommes");
  CHECK(TypesetFrench("17h30") == "17h30");
  CHECK(TypesetFrench("la h") == "la h");
}

TEST_CASE("UTF-8: invalid bytes pass through, text without rules is unchanged") {
  CHECK(TypesetFrench("a\xFF'b") == "a\xFF'b");
  CHECK(TypesetFrench("l'\xC3") == "l'\xC3");
  CHECK(TypesetFrench("ça, œuvre, naïve, 日本") == "ça, œuvre, naïve, 日本");
  CHECK(TypesetFrench("") == "");
}

TEST_CASE("Typesetting twice changes nothing more") {
  for (const char* text :
       {"Il a dit \"bonjour\" : l'été...", "« a » ; b ! c ? d", "17 h 30 --", "\" x \""}) {
    std::string once = TypesetFrench(text);
    CHECK(TypesetFrench(once) == once);
  }
}

TEST_CASE("Runs are typeset as one text") {
  using Kind = TypographyRun::Kind;
  // il a dit "*bonjour*" ! -> three text runs.
  std::vector<TypographyRun> runs = {
      {Kind::kText, "il a dit \""}, {Kind::kText, "bonjour"}, {Kind::kText, "\" !"}};
  std::vector<std::string> out = TypesetFrenchRuns(runs);
  REQUIRE(out.size() == 3);
  CHECK(out[0] == "il a dit " + kOpen);
  CHECK(out[1] == "bonjour");
  CHECK(out[2] == kClose + kNn + "!");

  // l'*été*: the apostrophe sees the letter in the next run.
  out = TypesetFrenchRuns({{Kind::kText, "l'"}, {Kind::kText, "été"}});
  CHECK(out[0] == "l’");

  // Code (an object) is a word: "`x`" quoted stays balanced; a break is a space.
  out = TypesetFrenchRuns({{Kind::kText, "\""},
                           {Kind::kObject, ""},
                           {Kind::kText, "\" :"},
                           {Kind::kBreak, ""},
                           {Kind::kText, "!"}});
  REQUIRE(out.size() == 5);
  CHECK(out[0] == kOpen);
  CHECK(out[1] == "");
  CHECK(out[2] == kClose + kNb + ":");
  CHECK(out[3] == "");
  CHECK(out[4] == "!");

  // A space typed at the end of one run before punctuation in the next.
  out = TypesetFrenchRuns({{Kind::kText, "oui "}, {Kind::kText, "!"}});
  CHECK(out[0] == "oui");
  CHECK(out[1] == kNn + "!");
}

TEST_CASE("Text no rule looks at comes back as typed") {
  // Copied in one go: letters, digits, spaces, tabs, newlines, accents, other punctuation.
  for (const char* text :
       {"Bonjour tout le monde", "Centre d’action bénévole, 2026 (Mauricie)", "a\tb\nc\r d  e   ",
        "   ", "ça, œuvre, naïve, 日本, 😀", "x = [1, 2] / {3}", "Saint-Jean",
        "Oui! Quoi? Note: a;b", "17h30, 3 hommes, la h, 10%"}) {
    CHECK(TypesetFrench(text) == text);
  }
}

TEST_CASE("Each rule still applies next to text copied as typed") {
  // At the start, in the middle and at the end of the text.
  CHECK(TypesetFrench("\"a\"") == kOpen + "a" + kClose);
  CHECK(TypesetFrench("longue phrase \"a\" fin") ==
        "longue phrase " + kOpen + "a" + kClose + " fin");
  CHECK(TypesetFrench("«a»") == kOpen + "a" + kClose);
  CHECK(TypesetFrench("aujourd'hui") == "aujourd’hui");
  CHECK(TypesetFrench("fin :") == "fin" + kNb + ":");
  CHECK(TypesetFrench("fin ;") == "fin" + kNn + ";");
  CHECK(TypesetFrench("fin !") == "fin" + kNn + "!");
  CHECK(TypesetFrench("fin ?") == "fin" + kNn + "?");
  CHECK(TypesetFrench("...fin...") == "…fin…");
  CHECK(TypesetFrench("--fin--") == "–fin–");
  CHECK(TypesetFrench("---fin---") == "—fin—");
  CHECK(TypesetFrench("10 h") == "10" + kNb + "h");
  CHECK(TypesetFrench("10 %") == "10" + kNb + "%");
  CHECK(TypesetFrench("10 $") == "10" + kNb + "$");
  CHECK(TypesetFrench("10 €") == "10" + kNb + "€");
  // Typed and non-breaking spaces mixed before punctuation are replaced together.
  CHECK(TypesetFrench("a \u00A0 \u202F :") == "a" + kNb + ":");
  CHECK(TypesetFrench("a\u00A0!") == "a" + kNn + "!");
  // A tab is not a space typography replaces.
  CHECK(TypesetFrench("a\t!") == "a\t!");
}

TEST_CASE("Rules that read ahead work across runs") {
  using Kind = TypographyRun::Kind;
  // An ellipsis begun in one run is written in that run.
  std::vector<std::string> out = TypesetFrenchRuns({{Kind::kText, "a."}, {Kind::kText, "..b"}});
  CHECK(out == std::vector<std::string>{"a…", "b"});
  // Four dashes over two runs stay as typed, each in its own run.
  out = TypesetFrenchRuns({{Kind::kText, "a--"}, {Kind::kText, "--b"}});
  CHECK(out == std::vector<std::string>{"a--", "--b"});
  out = TypesetFrenchRuns({{Kind::kText, "a-"}, {Kind::kText, "-b"}});
  CHECK(out == std::vector<std::string>{"a–", "b"});
  // Spaces are trimmed from earlier runs, also across an empty one.
  out = TypesetFrenchRuns({{Kind::kText, "oui "}, {Kind::kText, ""}, {Kind::kText, " !"}});
  CHECK(out == std::vector<std::string>{"oui", "", kNn + "!"});
  // ...but never across a break.
  out = TypesetFrenchRuns({{Kind::kText, "oui "}, {Kind::kBreak, ""}, {Kind::kText, " !"}});
  CHECK(out == std::vector<std::string>{"oui ", "", kNn + "!"});
  // Spaces after an opening quote are skipped in the next run too.
  out = TypesetFrenchRuns({{Kind::kText, "\" "}, {Kind::kText, " a\""}});
  CHECK(out == std::vector<std::string>{kOpen, "a" + kClose});
  // "17 h 30" with the hour in its own run.
  out = TypesetFrenchRuns({{Kind::kText, "17 "}, {Kind::kText, "h"}, {Kind::kText, " 30"}});
  CHECK(out == std::vector<std::string>{"17", kNb + "h" + kNb, "30"});
  // A URL split over runs is still one word.
  out = TypesetFrenchRuns({{Kind::kText, "https:"}, {Kind::kText, "//x.ca/a--b"}});
  CHECK(out == std::vector<std::string>{"https:", "//x.ca/a--b"});
}

TEST_CASE("UTF-8 is decoded within each run") {
  using Kind = TypographyRun::Kind;
  // "\xC3" + "\xA9" would read as é if the runs were decoded together: the apostrophe after
  // them is not between letters.
  std::vector<std::string> out =
      TypesetFrenchRuns({{Kind::kText, "\xC3"}, {Kind::kText, "\xA9'b"}});
  CHECK(out == std::vector<std::string>{"\xC3", "\xA9'b"});
  out = TypesetFrenchRuns({{Kind::kText, "l'\xC3"}, {Kind::kText, "\xA9"}});
  CHECK(out == std::vector<std::string>{"l'\xC3", "\xA9"});
}

TEST_CASE("FrenchRunsTypesetter gives what TypesetFrenchRuns gives, with its buffers reused") {
  using Kind = TypographyRun::Kind;
  const std::vector<std::vector<TypographyRun>> blocks = {
      {{Kind::kText, "il a dit \""}, {Kind::kText, "bonjour"}, {Kind::kText, "\" !"}},
      {{Kind::kText, "\""}, {Kind::kObject, ""}, {Kind::kText, "\" :"}, {Kind::kBreak, ""}},
      {{Kind::kText, "rien à changer"}},
      {},
      {{Kind::kText, "oui "}, {Kind::kText, "!"}, {Kind::kText, "l'"}, {Kind::kText, "été..."}},
  };
  FrenchRunsTypesetter typesetter;
  for (const auto& runs : blocks) {
    typesetter.Clear();
    for (const TypographyRun& run : runs) {
      if (run.kind == Kind::kText) typesetter.AddText(run.text);
      if (run.kind == Kind::kBreak) typesetter.AddBreak();
      if (run.kind == Kind::kObject) typesetter.AddObject();
    }
    typesetter.Typeset();
    std::vector<std::string> expected = TypesetFrenchRuns(runs);
    REQUIRE(typesetter.size() == runs.size());
    for (size_t r = 0; r < runs.size(); ++r) {
      CHECK(typesetter.Input(r) == runs[r].text);
      CHECK(typesetter.Output(r) == expected[r]);
    }
  }
}

}  // namespace
}  // namespace maillon
