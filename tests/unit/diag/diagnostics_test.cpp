// Diagnostics: formatting, sorting, carets, JSON; spellcheck suggestions.
#include <doctest/doctest.h>

#include "diag/diagnostics.h"
#include "diag/spellcheck.h"

using namespace maillon;

TEST_CASE("a headline names file, line, column, severity, field and suggestion") {
  Diagnostic d{Severity::kError, MakePos(std::make_shared<std::string>("content/a.md"), 3, 15),
               "municipality", "unknown municipality 'mansaeu'", "did you mean 'manseau'?"};
  CHECK(FormatHeadline(d) ==
        "content/a.md:3:15: error: field 'municipality': unknown municipality 'mansaeu'; "
        "did you mean 'manseau'?");
  d.severity = Severity::kWarning;
  d.field.clear();
  d.suggestion.clear();
  CHECK(FormatHeadline(d) == "content/a.md:3:15: warning: unknown municipality 'mansaeu'");
}

TEST_CASE("text output is sorted, quotes the line with a caret under the column, and counts") {
  Diagnostics diags;
  auto file = std::make_shared<const std::string>("b.yaml");
  diags.Warning(MakePos(file, 2, 1), "", "second");
  diags.Error(MakePos(file, 1, 7), "title", "first");
  diags.Error(FilePos("a.yaml"), "", "whole file");
  CHECK(diags.error_count() == 2);
  CHECK(diags.warning_count() == 1);
  std::string text = FormatText(diags, [](const std::string& path, int line) -> std::string {
    return path == "b.yaml" && line == 1 ? "title: Écho" : "";
  });
  CHECK(text ==
        "a.yaml:1:1: error: whole file\n"
        "b.yaml:1:7: error: field 'title': first\n"
        "    title: Écho\n"
        "          ^\n"
        "b.yaml:2:1: warning: second\n"
        "2 errors, 1 warning\n");
}

TEST_CASE("the caret counts characters, not bytes, before the column") {
  Diagnostics diags;
  // "é" is two bytes: byte column 5 is the 4th character.
  diags.Error(MakePos(std::make_shared<const std::string>("f"), 1, 5), "", "x");
  std::string text = FormatText(diags, [](const std::string&, int) { return std::string("éab:c"); });
  CHECK(text.find("    éab:c\n       ^\n") != std::string::npos);
}

TEST_CASE("JSON output escapes text") {
  Diagnostics diags;
  diags.Error(MakePos(std::make_shared<const std::string>("a\"b"), 1, 2), "f", "bad \"x\"\n");
  CHECK(FormatJson(diags) ==
        "[\n  {\"file\": \"a\\\"b\", \"line\": 1, \"col\": 2, \"severity\": \"error\", "
        "\"field\": \"f\", \"message\": \"bad \\\"x\\\"\\n\", \"suggestion\": \"\"}\n]\n");
  CHECK(FormatJson(Diagnostics{}) == "[]\n");
}

TEST_CASE("merge keeps counts") {
  Diagnostics a, b;
  b.Error(FilePos("x"), "", "e");
  b.Warning(FilePos("x"), "", "w");
  a.Merge(std::move(b));
  CHECK(a.error_count() == 1);
  CHECK(a.warning_count() == 1);
  CHECK(a.all().size() == 2);
}

TEST_CASE("edit distance and suggestions") {
  CHECK(EditDistance("kitten", "sitting", 10) == 3);
  CHECK(EditDistance("abc", "abcdefgh", 2) == 3);
  CHECK(EditDistance("titel", "title", 3) == 1);  // a swap of two letters costs one
  CHECK(EditDistance("biuld", "build", 3) == 1);
  std::vector<std::string> slugs = {"manseau", "lemieux", "becancour", "fortierville"};
  CHECK(ClosestMatches("mansaeu", slugs) == std::vector<std::string>{"manseau"});
  CHECK(ClosestMatches("Becancour", slugs) == std::vector<std::string>{"becancour"});
  CHECK(ClosestMatches("becan", slugs) == std::vector<std::string>{"becancour"});
  CHECK(ClosestMatches("zzz", slugs).empty());
  CHECK(DidYouMean({"a"}).en == "did you mean 'a'?");
  CHECK(DidYouMean({"a", "b", "c"}).en == "did you mean 'a', 'b' or 'c'?");
  CHECK(DidYouMean({"a"}).fr == "vouliez-vous dire « a » ?");
  CHECK(DidYouMean({"a", "b", "c"}).fr == "vouliez-vous dire « a », « b » ou « c » ?");
  CHECK(DidYouMean({}).empty());
}

TEST_CASE("French messages: headline, summary, quotes, and English where a text has no French") {
  Diagnostics diags;
  diags.set_language(Language::kFrench);
  auto file = std::make_shared<const std::string>("suppers/manseau.yaml");
  diags.Error(MakePos(file, 4, 11), "suppers[0].date",
              Text("expected a date", "attendu : une date"), DidYouMean({"2026-02-19"}));
  diags.Warning(MakePos(file, 9, 1), "", "not translated");
  CHECK(FormatText(diags, nullptr) ==
        "suppers/manseau.yaml:4:11: erreur : champ « suppers[0].date » : attendu : une date ; "
        "vouliez-vous dire « 2026-02-19 » ?\n"
        "suppers/manseau.yaml:9:1: avertissement : not translated\n"
        "1 erreur, 1 avertissement\n");
  CHECK(FormatJson(diags).find("\"message\": \"attendu : une date\"") != std::string::npos);
  diags.set_language(Language::kEnglish);
  CHECK(FormatText(diags, nullptr).find("4:11: error: field 'suppers[0].date': expected a date; "
                                        "did you mean '2026-02-19'?") != std::string::npos);
}

TEST_CASE("bilingual texts join in both languages") {
  const Text t = Text("unknown field ", "champ inconnu ") + Quoted("titel") + ".";
  CHECK(t.en == "unknown field 'titel'.");
  CHECK(t.fr == "champ inconnu « titel ».");
  CHECK_FALSE(Text("only English").HasFrench());
  CHECK((Text("a") + Text("b")).fr.empty());  // nothing French in it: still untranslated
  CHECK(Counted(0, "error", "errors", "erreur", "erreurs").In(Language::kFrench) == "0 erreur");
  CHECK(Counted(0, "error", "errors", "erreur", "erreurs").In(Language::kEnglish) == "0 errors");
  CHECK(Counted(2, "error", "errors", "erreur", "erreurs").In(Language::kFrench) == "2 erreurs");
  CHECK(LanguageOf("fr-CA") == Language::kFrench);
  CHECK(LanguageOf("en") == Language::kEnglish);
}

TEST_CASE("GitHub annotations and a GitLab Code Quality report") {
  Diagnostics diags;
  diags.set_language(Language::kFrench);
  auto file = std::make_shared<const std::string>("content/news/a,b.md");
  diags.Error(MakePos(file, 3, 7), "date", Text("expected a date", "attendu : une date\n100%"),
              DidYouMean({"2026-02-19"}));
  diags.Warning(FilePos("content/x.yaml"), "", "w");
  CHECK(FormatGithub(diags) ==
        "::error file=content/news/a%2Cb.md,line=3,col=7,title=Maillon %3A champ « date »::"
        "attendu : une date%0A100%25 ; vouliez-vous dire « 2026-02-19 » ?\n"
        "::warning file=content/x.yaml,title=Maillon::w\n");
  const std::string gitlab = FormatGitlab(diags);
  CHECK(gitlab.find("\"description\": \"date: attendu : une date\\n100% ; vouliez-vous dire "
                    "« 2026-02-19 » ?\", \"check_name\": \"maillon\", \"fingerprint\": \"") !=
        std::string::npos);
  CHECK(gitlab.find("\"severity\": \"major\", \"location\": {\"path\": \"content/news/a,b.md\", "
                    "\"lines\": {\"begin\": 3}}}") != std::string::npos);
  CHECK(gitlab.find("\"severity\": \"minor\"") != std::string::npos);
  CHECK(FormatGitlab(diags) == gitlab);  // fingerprints are stable
  CHECK(FormatGitlab(Diagnostics{}) == "[]\n");
}
