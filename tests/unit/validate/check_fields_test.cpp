// The generic checker: one test per kind of mistake, asserting position, field and message.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "validate/validate_content.h"
#include "validate_test_support.h"


using namespace maillon;

namespace {

using test::kActivity;

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// The only diagnostic that validating this one file (with a valid site.yaml) produces.
Diagnostic Only(const std::string& path, const std::string& text) {
  Diagnostics diags;
  test::Validate({{path, text}}, diags);
  INFO(FormatText(diags, nullptr));
  REQUIRE(diags.all().size() == 1);
  return diags.all()[0];
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

const char* kActivityPath = "content/activities/cafe.yaml";

}  // namespace

TEST_CASE("a valid activity has no diagnostics") {
  Diagnostics diags;
  test::Validate({{kActivityPath, kActivity}}, diags);
  CHECK(diags.all().empty());
}

TEST_CASE("unknown field: at the key, with did you mean") {
  Diagnostic d = Only(kActivityPath, kActivity + "venu: Salle municipale\n");
  Expect(d, 7, 1, "venu", "unknown field 'venu'", "did you mean 'venue'?");
  // Two letters swapped is one slip, even in a short word; and the missing 'title' it stands
  // for is not reported again.
  d = Only(kActivityPath, Replace(kActivity, "title:", "titel:"));
  Expect(d, 1, 1, "titel", "unknown field 'titel'", "did you mean 'title'?");
}

TEST_CASE("unknown field without a close match lists the expected fields") {
  const Diagnostic d =
      Only("content/pages/aide.md", "---\ntitle: Aide\ncouleur: bleu\n---\nTexte\n");
  Expect(d, 3, 1, "couleur", "unknown field 'couleur'", "expected fields: title, summary, menu");
}

TEST_CASE("unknown field inside a mapping has a dotted path") {
  const Diagnostic d =
      Only(kActivityPath, kActivity + "registration:\n  telephone: 819-288-5533\n");
  Expect(d, 8, 3, "registration.telephone", "unknown field 'telephone'",
         "expected fields: phone, email, url, note");
}

TEST_CASE("a slug field explains that the file name is the slug") {
  const Diagnostic d = Only(kActivityPath, kActivity + "slug: cafe\n");
  Expect(d, 7, 1, "slug", "unknown field 'slug'", "the file name is the slug: remove this field");
}

TEST_CASE("missing required field: at the mapping, with the expected form") {
  const Diagnostic d = Only(kActivityPath, Replace(kActivity, "title: Café-rencontre\n", ""));
  Expect(d, 1, 1, "title", "missing required field 'title' (text like Café-rencontre des aînés)");
}

TEST_CASE("missing required field in a file without fields: at the file") {
  const Diagnostic d = Only("content/pages/aide.md", "---\n---\nTexte\n");
  Expect(d, 0, 0, "title", "missing required field 'title' (text like Devenir citoyen-maillon)");
  CHECK(d.pos.path() == "content/pages/aide.md");
}

TEST_CASE("missing required field of a list item: at the item") {
  const Diagnostic d = Only("content/site.yaml",
                            "title: Portail\nbase_url: https://example.org/\nnavigation:\n"
                            "  - title: Soupers\n    url: /soupers/\n  - title: Aide\n");
  Expect(d, 6, 5, "navigation[1].url",
         "missing required field 'url' (a site path like /soupers/ or a URL like "
         "https://example.org/)");
}

TEST_CASE("a required field with no value") {
  const Diagnostic d = Only(kActivityPath, Replace(kActivity, "title: Café-rencontre", "title:"));
  Expect(d, 1, 1, "title", "expected text like Café-rencontre des aînés, got nothing");
}

TEST_CASE("wrong date") {
  const Diagnostic d =
      Only("content/suppers/manseau.yaml", "municipality: manseau\nsuppers:\n  - date: demain\n");
  Expect(d, 3, 11, "suppers[0].date", "expected a date like 2026-02-19, got 'demain'");
}

TEST_CASE("impossible date names the length of the month") {
  Diagnostic d = Only("content/suppers/manseau.yaml",
                      "municipality: manseau\nsuppers:\n  - date: 2026-02-30\n");
  Expect(d, 3, 11, "suppers[0].date", "2026-02-30 is not a valid date (February 2026 has 28 days)");
  d = Only("content/suppers/manseau.yaml",
           "municipality: manseau\nsuppers:\n  - date: 2026-13-01\n");
  Expect(d, 3, 11, "suppers[0].date", "2026-13-01 is not a valid date (months go from 01 to 12)");
}

TEST_CASE("wrong time, with the likely correction") {
  const std::string head = "municipality: manseau\nsuppers:\n  - date: 2026-02-19\n";
  Diagnostic d = Only("content/suppers/manseau.yaml", head + "    time: 17h30\n");
  Expect(d, 4, 11, "suppers[0].time", "expected a time like 17:30 (24 h), got '17h30'",
         "did you mean '17:30'?");
  d = Only("content/suppers/manseau.yaml", head + "    time: \"24:00\"\n");
  Expect(d, 4, 11, "suppers[0].time", "24:00 is not a valid time (hours go from 00 to 23)");
}

TEST_CASE("a date where a date and time is expected") {
  const Diagnostic d =
      Only(kActivityPath, Replace(kActivity, "start: 2026-01-14T13:30", "start: 2026-01-14"));
  Expect(d, 5, 8, "start", "expected a date and time like 2026-01-14T13:30, got '2026-01-14'",
         "add the time: 2026-01-14T09:00");
}

TEST_CASE("booleans: yes and quoted true are refused") {
  const std::string news = "---\ntitle: Souper\ndate: 2026-02-19\ndraft: yes\n---\nTexte\n";
  Diagnostic d = Only("content/news/souper.md", news);
  Expect(d, 4, 8, "draft", "expected true or false, got 'yes'", "did you mean 'true'?");
  d = Only("content/resources.yaml", "- name: Info-Social\n  urgent: \"true\"\n");
  Expect(d, 2, 11, "[0].urgent", "expected true or false, got the quoted text \"true\"",
         "remove the quotes");
}

TEST_CASE("a single value where a list is expected") {
  const std::string org = "---\nname: CAB\nmunicipalities: all\ncategories: entraide\n---\n";
  Diagnostic d = Only("content/organizations/cab.md", org);
  Expect(d, 4, 13, "categories",
         "expected a list of slugs like [entraide, benevolat], got a single value",
         "write [entraide]");
  d = Only("content/organizations/cab.md", "---\nname: CAB\nmunicipalities: tous\n---\n");
  Expect(d, 3, 17, "municipalities",
         "expected all or a list of slugs like [manseau, lemieux], got a single value",
         "write all, or [tous]");
  d = Only("content/organizations/cab.md", "---\nname: CAB\nmunicipalities: [manseau, all]\n---\n");
  Expect(d, 3, 27, "municipalities[1]", "'all' cannot be one item of a list",
         "write municipalities: all, without brackets or '- '");
}

TEST_CASE("enum values, with did you mean") {
  const Diagnostic d = Only("content/suppers/manseau.yaml",
                            "municipality: manseau\nsuppers:\n  - status: confirme\n");
  Expect(d, 3, 13, "suppers[0].status",
         "unknown status 'confirme'; expected one of planned, confirmed, held, cancelled",
         "did you mean 'confirmed'?");
}

TEST_CASE("slug syntax") {
  const Diagnostic d = Only(
      kActivityPath, Replace(kActivity, "municipality: manseau", "municipality: Sainte Cécile"));
  Expect(
      d, 3, 15, "municipality",
      "expected a slug (lowercase letters, digits and hyphens) like manseau, got 'Sainte Cécile'",
      "did you mean 'sainte-cecile'?");
}

TEST_CASE("URLs: absolute, site paths where allowed, static files where allowed") {
  Diagnostic d =
      Only("content/municipalities/manseau.yaml", "name: Manseau\nwebsite: www.manseau.ca\n");
  Expect(d, 2, 10, "website", "expected a URL like https://www.manseau.ca/, got 'www.manseau.ca'",
         "did you mean 'https://www.manseau.ca'?");
  d = Only("content/municipalities/manseau.yaml", "name: Manseau\nwebsite: /manseau/\n");
  Expect(d, 2, 10, "website", "expected a URL like https://www.manseau.ca/, got '/manseau/'");
  d = Only("content/site.yaml",
           "title: Portail\nbase_url: https://example.org/\nnavigation:\n  - title: Soupers\n"
           "    url: soupers\n");
  Expect(d, 5, 10, "navigation[0].url",
         "expected a site path like /soupers/ or a URL like https://example.org/, got 'soupers'");
  d = Only(
      "content/news/souper.md",
      "---\ntitle: Souper\ndate: 2026-02-19\nimage: { src: ../secret.png, alt: Photo }\n---\n");
  Expect(d, 4, 15, "image.src",
         "expected a file under content/static/ like images/souper.jpg or a URL like "
         "https://example.org/images/souper.jpg, got '../secret.png'");
  Diagnostics diags;
  test::Validate({{"content/news/souper.md",
                   "---\ntitle: Souper\ndate: 2026-02-19\nimage: { src: images/a.jpg, alt: A }\n"
                   "---\n"},
                  {"content/site.yaml",
                   "title: P\nbase_url: https://example.org/\nnavigation:\n"
                   "  - { title: Soupers, url: /soupers/ }\n  - { title: CAB, url: "
                   "https://cab.example/ }\n"}},
                 diags);
  CHECK(diags.all().empty());
}

TEST_CASE("e-mail shape") {
  const Diagnostic d = Only(kActivityPath, kActivity + "registration: { email: info.cab.qc.ca }\n");
  Expect(d, 7, 24, "registration.email",
         "expected an e-mail address like info@example.org, got 'info.cab.qc.ca'");
}

TEST_CASE("colours: an unquoted # is a comment, a missing # is suggested") {
  Diagnostic d =
      Only("content/municipalities/manseau.yaml", "name: Manseau\ncolors:\n  primary: #1f5f8b\n");
  Expect(d, 3, 3, "colors.primary", "expected a colour like \"#1f5f8b\", got nothing",
         "quote the colour: an unquoted # starts a YAML comment");
  d = Only("content/municipalities/manseau.yaml", "name: Manseau\ncolors:\n  accent: f2a900\n");
  Expect(d, 3, 11, "colors.accent", "expected a colour like \"#f2a900\", got 'f2a900'",
         "did you mean '\"#f2a900\"'?");
}

TEST_CASE("whole numbers: range and quotes") {
  const std::string head = "municipality: manseau\nsuppers:\n  - date: 2026-02-19\n";
  Diagnostic d = Only("content/suppers/manseau.yaml", head + "    capacity: 0\n");
  Expect(d, 4, 15, "suppers[0].capacity", "capacity must be at least 1, got 0");
  d = Only("content/suppers/manseau.yaml", head + "    capacity: \"40\"\n");
  Expect(d, 4, 15, "suppers[0].capacity",
         "expected a whole number like 40 (at least 1), got the quoted text \"40\"",
         "remove the quotes");
  d = Only("content/suppers/manseau.yaml", head + "    capacity: quarante\n");
  Expect(d, 4, 15, "suppers[0].capacity",
         "expected a whole number like 40 (at least 1), got 'quarante'");
  d = Only(kActivityPath, kActivity + "recurrence: { every: week, interval: 0, count: 3 }\n");
  Expect(d, 7, 38, "recurrence.interval", "interval must be at least 1, got 0");
  d = Only("content/site.yaml",
           "title: P\nbase_url: https://example.org/\noptions:\n  news_per_page: 0\n");
  Expect(d, 4, 18, "options.news_per_page", "news_per_page must be at least 1, got 0");
}

TEST_CASE("a plain number where text is expected is text") {
  Diagnostics diags;
  const Content c = test::Validate({{kActivityPath, kActivity + "venue: 1234\ncost: 5.50\n"},
                                    {"content/resources.yaml", "- name: Urgence\n  phone: 911\n"}},
                                   diags);
  CHECK(diags.all().empty());
  REQUIRE(c.activities.size() == 1);
  CHECK(c.activities[0].venue == "1234");
  CHECK(c.activities[0].cost == "5.50");
  REQUIRE(c.resources.size() == 1);
  CHECK(c.resources[0].phone == "911");
}

TEST_CASE("a mapping where text is expected") {
  const Diagnostic d = Only(kActivityPath, kActivity + "venue:\n  name: Salle\n");
  Expect(d, 8, 3, "venue", "expected text like Salle municipale, got a mapping (key: value lines)");
}

TEST_CASE("a Markdown file writes its description as the body") {
  const Diagnostic d = Only("content/municipalities/manseau.md",
                            "---\nname: Manseau\ndescription: Un village\n---\nTexte\n");
  Expect(d, 3, 1, "description",
         "a Markdown file gives its description as the body, not as a field",
         "move this text below the closing '---'");
}

TEST_CASE("a file that is not a mapping of fields") {
  const Diagnostic d = Only(kActivityPath, "- title: Café\n- title: Thé\n");
  Expect(d, 1, 1, "",
         "expected fields as name: value lines (like title: Café-rencontre des aînés), got a list");
}

TEST_CASE("list files: the whole file and each item") {
  Diagnostic d = Only("content/categories.yaml", "slug: entraide\nname: Entraide\n");
  Expect(d, 1, 1, "",
         "expected a list of items, each starting with '- ' (like - slug: entraide), got a "
         "mapping (key: value lines)");
  d = Only("content/categories.yaml", "- slug: entraide\n  name: Entraide\n- slug: aines\n");
  Expect(d, 3, 3, "[1].name", "missing required field 'name' (text like Entraide)");
}

TEST_CASE("a slug listed twice is a warning") {
  Diagnostics diags;
  test::Validate({{"content/site.yaml",
                   "title: P\nbase_url: https://example.org/\npartners: [cab, mrc, cab]\n"}},
                 diags);
  REQUIRE(diags.all().size() == 1);
  const Diagnostic& d = diags.all()[0];
  CHECK(d.severity == Severity::kWarning);
  Expect(d, 3, 22, "partners[2]", "'cab' is already listed at line 3");
}

TEST_CASE("every problem of a file is reported, not only the first") {
  Diagnostics diags;
  test::Validate({{kActivityPath, "title: Café\nstart: demain\nend: 2026-02-30T10:00\nvenu: x\n"}},
                 diags);
  // organization, municipality, category missing; start; end; venu.
  CHECK(diags.error_count() == 6);
}

TEST_CASE("a Markdown file is checked as if its schema had no body field") {
  // The misspelt body field is not suggested, nor listed among the expected fields.
  const Diagnostic d = Only("content/municipalities/manseau.md",
                            "---\nname: Manseau\ndescripton: Un village\n---\nTexte\n");
  Expect(d, 3, 1, "descripton", "unknown field 'descripton'",
         "expected fields: name, summary, population, website, contacts, logo, colors, site_name, tagline");
}

TEST_CASE("list items: each checked with the item's own example") {
  Diagnostics diags;
  test::Validate({{"content/news/x.md", "---\ntitle: X\ndate: 2026-02-19\n"
                                        "municipalities: [manseau, Lemieux, manseau]\n---\n"}},
                 diags);
  INFO(FormatText(diags, nullptr));
  REQUIRE(diags.all().size() == 2);
  Expect(diags.all()[0], 4, 27, "municipalities[1]",
         "expected a slug (lowercase letters, digits and hyphens) like manseau, got 'Lemieux'",
         "did you mean 'lemieux'?");
  Expect(diags.all()[1], 4, 36, "municipalities[2]", "'manseau' is already listed at line 4");
}
