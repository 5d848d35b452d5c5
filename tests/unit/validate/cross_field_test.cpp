// Rules that span fields or files: end after start, recurrence bounds, supper dates and ids,
// duplicate slugs, the required site.yaml.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "model/recurrence.h"
#include "validate/validate_content.h"
#include "validate_test_support.h"


using namespace maillon;

namespace {

using test::kActivity;

const char* kActivityPath = "content/activities/cafe.yaml";
const char* kSuppersPath = "content/suppers/manseau.yaml";

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::vector<Diagnostic> Diags(const std::vector<std::pair<std::string, std::string>>& files,
                              Content* content = nullptr) {
  Diagnostics diags;
  Content c = test::Validate(files, diags);
  if (content) *content = std::move(c);
  return diags.all();
}

Diagnostic Only(const std::string& path, const std::string& text, Content* content = nullptr) {
  const std::vector<Diagnostic> all = Diags({{path, text}}, content);
  std::string listed;
  for (const Diagnostic& d : all) listed += FormatHeadline(d) + "\n";
  INFO(listed);
  REQUIRE(all.size() == 1);
  return all[0];
}

void Expect(const Diagnostic& d, int line, int col, const std::string& field,
            const std::string& message, const std::string& suggestion = "") {
  INFO(FormatHeadline(d));
  CHECK(d.pos.line == line);
  CHECK(d.pos.col == col);
  CHECK(d.field == field);
  CHECK(d.message == message);
  CHECK(d.suggestion == suggestion);
}

}  // namespace

TEST_CASE("activity end before start: at end") {
  Diagnostic d =
      Only(kActivityPath, Replace(kActivity, "end: 2026-01-14T15:30", "end: 2026-01-14T12:00"));
  Expect(d, 6, 6, "end", "end 2026-01-14T12:00 is before start 2026-01-14T13:30");
  d = Only(kActivityPath, Replace(kActivity, "end: 2026-01-14T15:30", "end: 2026-01-14T13:30"));
  Expect(d, 6, 6, "end", "end 2026-01-14T13:30 is the same as start 2026-01-14T13:30");
}

TEST_CASE("recurrence until before start: at until") {
  const Diagnostic d =
      Only(kActivityPath, kActivity + "recurrence: { every: week, until: 2026-01-07 }\n");
  Expect(d, 7, 35, "recurrence.until", "until 2026-01-07 is before start 2026-01-14");
}

TEST_CASE("recurrence with both until and count: at the second") {
  const Diagnostic d = Only(kActivityPath, kActivity +
                                               "recurrence:\n  every: week\n  until: 2026-06-24\n"
                                               "  count: 10\n");
  Expect(d, 10, 3, "recurrence.count", "recurrence has both until and count; keep one of them");
}

TEST_CASE("recurrence without until or count: at the recurrence") {
  const Diagnostic d = Only(kActivityPath, kActivity + "recurrence:\n  every: month\n");
  Expect(d, 8, 3, "recurrence",
         "recurrence needs until (a last date like 2026-06-24) or count (a number of "
         "occurrences like 10) to bound the series");
}

TEST_CASE("recurrence by weekday needs a monthly series") {
  const Diagnostic d =
      Only(kActivityPath, kActivity + "recurrence: { every: week, by: weekday, count: 4 }\n");
  Expect(d, 7, 32, "recurrence.by", "by: weekday applies to monthly recurrences (every: month)",
         "remove by, or write every: month");
}

TEST_CASE("recurrence every is required, with did you mean") {
  const Diagnostic d = Only(kActivityPath, kActivity + "recurrence: { evry: week, count: 4 }\n");
  Expect(d, 7, 15, "recurrence.evry", "unknown field 'evry'", "did you mean 'every'?");
}

TEST_CASE("an except date outside the series is a warning") {
  const Diagnostic d = Only(
      kActivityPath, kActivity + "recurrence: { every: week, count: 4, except: [2026-01-22] }\n");
  CHECK(d.severity == Severity::kWarning);
  Expect(d, 7, 47, "recurrence.except[0]",
         "except 2026-01-22 is not a date of the series; nothing is skipped");
}

TEST_CASE("a series past kMaxOccurrences is cut with a warning") {
  Content c;
  const Diagnostic d =
      Only(kActivityPath, kActivity + "recurrence:\n  every: week\n  until: 2099-12-31\n", &c);
  CHECK(d.severity == Severity::kWarning);
  Expect(d, 8, 3, "recurrence",
         "the series has more than 520 occurrences; only the first 520 are listed",
         "check until or count");
  REQUIRE(c.activities.size() == 1);
  CHECK(c.activities[0].occurrences.size() == static_cast<size_t>(kMaxOccurrences));
}

TEST_CASE("a confirmed or held supper needs a date: at status") {
  Diagnostic d = Only(kSuppersPath,
                      "municipality: manseau\nsuppers:\n  - period: Hiver 2027\n"
                      "    status: confirmed\n");
  Expect(d, 4, 13, "suppers[0].status", "a confirmed supper needs a date",
         "add date: 2026-02-19, or keep status: planned until the date is known");
  d = Only(kSuppersPath, "municipality: manseau\nsuppers:\n  - status: held\n");
  Expect(d, 3, 13, "suppers[0].status", "a held supper needs a date",
         "add date: 2026-02-19, or keep status: planned until the date is known");
}

TEST_CASE("supper end_time after time: at end_time") {
  const Diagnostic d = Only(kSuppersPath,
                            "municipality: manseau\nsuppers:\n  - date: 2026-02-19\n"
                            "    time: \"17:30\"\n    end_time: \"17:00\"\n");
  Expect(d, 5, 15, "suppers[0].end_time", "end_time 17:00 is before time 17:30");
}

TEST_CASE("two suppers on one date in one file: at the second, naming the first") {
  Content c;
  const Diagnostic d = Only(kSuppersPath,
                            "municipality: manseau\nsuppers:\n  - date: 2026-02-19\n"
                            "  - date: 2026-03-19\n  - date: 2026-02-19\n",
                            &c);
  Expect(d, 5, 11, "suppers[2].date", "a supper on 2026-02-19 is already listed at line 3");
  CHECK(c.suppers.size() == 2);
}

TEST_CASE("supper ids: file slug and date, or position when undated") {
  Content c;
  const std::vector<Diagnostic> all =
      Diags({{kSuppersPath,
              "municipality: manseau\nsuppers:\n  - date: 2026-02-19\n"
              "  - period: Automne 2026\n  - period: Hiver 2027\n"}},
            &c);
  CHECK(all.empty());
  REQUIRE(c.suppers.size() == 3);
  CHECK(c.suppers[0].id == "manseau-2026-02-19");
  CHECK(c.suppers[1].id == "manseau-2");
  CHECK(c.suppers[2].id == "manseau-3");
}

TEST_CASE("a news image needs a non-empty alt") {
  const std::string head = "---\ntitle: Souper\ndate: 2026-02-19\n";
  Diagnostic d = Only("content/news/souper.md", head + "image:\n  src: images/a.jpg\n---\n");
  Expect(d, 5, 3, "image.alt", "missing required field 'alt' (text like Des citoyens attablés)");
  d = Only("content/news/souper.md", head + "image:\n  src: images/a.jpg\n  alt: \"\"\n---\n");
  Expect(d, 6, 8, "image.alt", "expected text like Des citoyens attablés, got an empty value");
}

TEST_CASE("one slug twice in a folder: at the second, naming the first") {
  Diagnostics diags;
  std::vector<Document> docs;
  docs.push_back(
      test::Doc("content/site.yaml", "title: P\nbase_url: https://example.org/\n", diags));
  docs.push_back(test::Doc("content/pages/aide.md", "---\ntitle: Aide\n---\n", diags));
  docs.push_back(test::Doc("content/pages/aide.yaml", "title: Aide\n", diags));
  const Content c = ValidateContent(docs, diags);
  REQUIRE(diags.all().size() == 1);
  const Diagnostic& d = diags.all()[0];
  CHECK(d.pos.path() == "content/pages/aide.yaml");
  Expect(d, 0, 0, "",
         "'aide' is already defined by content/pages/aide.md; slugs must be unique within a folder",
         "rename or remove one of the two files");
  CHECK(c.pages.size() == 1);
}

TEST_CASE("two categories with one slug") {
  const Diagnostic d = Only("content/categories.yaml",
                            "- slug: entraide\n  name: Entraide\n- slug: entraide\n  name: Aide\n");
  Expect(d, 3, 9, "[1].slug", "category 'entraide' is already defined at line 1");
}

TEST_CASE("site.yaml is required: at the content folder") {
  Diagnostics diags;
  std::vector<Document> docs;
  docs.push_back(test::Doc("content/pages/aide.md", "---\ntitle: Aide\n---\n", diags));
  ValidateContent(docs, diags);
  REQUIRE(diags.all().size() == 1);
  const Diagnostic& d = diags.all()[0];
  CHECK(d.pos.path() == "content/");
  Expect(d, 0, 0, "", "missing site.yaml in content: every portal needs one",
         "create content/site.yaml with at least title: and base_url:");
}

TEST_CASE("each kind's file format") {
  Diagnostic d = Only("content/news/souper.yaml", "title: Souper\ndate: 2026-02-19\n");
  CHECK(d.pos.path() == "content/news/souper.yaml");
  Expect(d, 0, 0, "",
         "a news file is Markdown with front matter: rename it souper.md and put the fields "
         "between '---' lines");
  d = Only("content/suppers/manseau.md", "---\nmunicipality: manseau\nsuppers: []\n---\n");
  Expect(d, 0, 0, "", "a supper file is YAML, not Markdown: rename it manseau.yaml");
}

TEST_CASE("errors in several files are all reported") {
  const std::vector<Diagnostic> all =
      Diags({{kActivityPath, Replace(kActivity, "end: 2026-01-14T15:30", "end: 2026-01-14T12:00")},
             {kSuppersPath, "municipality: manseau\nsuppers:\n  - status: held\n"},
             {"content/pages/aide.md", "---\ntitel: Aide\n---\n"}});
  CHECK(all.size() == 3);
}

TEST_CASE("a file load/ could not read is not reported again as missing its fields") {
  for (const std::string text : {"title: [Souper\n", "", "title: Café\n\xE9\n"}) {
    Diagnostics diags;
    test::Validate({{kActivityPath, text}}, diags);
    INFO(FormatText(diags, nullptr));
    CHECK(diags.error_count() == 1);
    for (const Diagnostic& d : diags.all())
      CHECK(d.message.find("missing required") == std::string::npos);
  }
}
