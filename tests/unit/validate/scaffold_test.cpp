// New content files from the schema: valid as written, with every optional field present to
// uncomment, values given on the command line written so that they read back as typed.
#include "validate/scaffold.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "validate/check_fields.h"
#include "validate/yaml_value.h"
#include "validate_test_support.h"

using namespace maillon;

namespace {

const std::vector<const char*> kNewKinds = {"activity",  "news", "supper",      "organization",
                                            "community", "page", "municipality"};

ScaffoldOptions Options(const KindSchema& kind, bool markdown) {
  ScaffoldOptions o;
  o.slug = "souper-manseau";
  o.markdown = markdown;
  o.today = {2026, 11, 25};
  o.schema_path = "../../schemas/" + kind.kind + ".schema.json";
  return o;
}

std::string PathOf(const KindSchema& kind, bool markdown) {
  return "content/" + kind.folder + "/souper-manseau" + (markdown ? ".md" : ".yaml");
}

// The problems the validator finds in `text` as the new file of `kind` (the whole document:
// fields, then the checks between fields that converting does).
std::string Problems(const KindSchema& kind, bool markdown, const std::string& text) {
  Diagnostics diags;
  Content content;
  const Document doc = test::Doc(PathOf(kind, markdown), text, diags);
  ValidateDocument(doc, diags.HasErrors(), content, diags);
  std::string out;
  for (const Diagnostic& d : diags.all()) out += FormatHeadline(d) + "\n";
  return out;
}

template <class Fn>
void ForEachField(const std::vector<FieldSpec>& fields, const std::string& path, Fn fn) {
  for (const FieldSpec& f : fields) {
    fn(f, path + f.name);
    ForEachField(f.fields, path + f.name + ".", fn);
  }
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// `text` with the commented-out field `name` of the top level, and the lines of its block,
// uncommented.
std::string Uncommented(const std::string& text, const std::string& name) {
  std::string out;
  bool in_block = false;
  for (const std::string& line : Lines(text)) {
    if (line.starts_with("# " + name + ":")) {
      in_block = true;
      out += line.substr(2) + "\n";
    } else if (in_block && line.starts_with("#   ")) {
      out += line.substr(2) + "\n";
    } else {
      in_block = false;
      out += line + "\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a new file of every kind is valid as written, in Markdown and in YAML") {
  for (const char* name : kNewKinds) {
    const KindSchema& kind = *SchemaFor(name);
    for (bool markdown : {true, false}) {
      if (markdown ? !kind.allows_markdown : !kind.allows_yaml) continue;
      const std::string text = ScaffoldText(kind, Options(kind, markdown));
      INFO(name, markdown ? ".md\n" : ".yaml\n", text);
      CHECK(Problems(kind, markdown, text) == "");
      const std::string modeline =
          "# yaml-language-server: $schema=../../schemas/" + kind.kind + ".schema.json\n";
      CHECK(text.starts_with(markdown ? "---\n" + modeline : modeline));
    }
  }
}

TEST_CASE("each optional field, uncommented, keeps the file valid") {
  for (const char* name : kNewKinds) {
    const KindSchema& kind = *SchemaFor(name);
    const bool markdown = kind.allows_markdown;
    const std::string text = ScaffoldText(kind, Options(kind, markdown));
    for (const FieldSpec& f : kind.fields) {
      if (f.required || (markdown && f.name == kind.body_field)) continue;
      INFO(name, ".", f.name);
      CHECK(text.find("\n# " + f.name + ":") != std::string::npos);
      if (f.name == "recurrence") continue;  // shows both until and count: one is to be kept
      CHECK(Problems(kind, markdown, Uncommented(text, f.name)) == "");
    }
  }
  // Recurrence with one of its two ends.
  const KindSchema& activity = *SchemaFor("activity");
  std::string text = Uncommented(ScaffoldText(activity, Options(activity, true)), "recurrence");
  CHECK(Problems(activity, true, text).find("recurrence has both until and count") !=
        std::string::npos);
  text.erase(text.find("  count:"),
             text.find('\n', text.find("  count:")) + 1 - text.find("  count:"));
  CHECK(Problems(activity, true, text) == "");
}

TEST_CASE("required fields: a title from the slug, today, existing references") {
  const KindSchema& activity = *SchemaFor("activity");
  ScaffoldOptions o = Options(activity, true);
  o.existing["municipalities"] = {"lemieux", "souper-manseau-x"};
  o.existing["organizations"] = {"cab-mrc-becancour"};
  const std::string text = ScaffoldText(activity, o);
  CHECK(text.find("\ntitle: Souper manseau ") != std::string::npos);
  CHECK(text.find("\nstart: 2026-11-25T13:30 ") != std::string::npos);
  CHECK(text.find("\nend: 2026-11-25T15:30 ") != std::string::npos);
  CHECK(text.find("\nmunicipality: lemieux ") != std::string::npos);  // the example is not there
  CHECK(text.find("\norganization: cab-mrc-becancour ") != std::string::npos);
  CHECK(text.find("\ncategory: entraide ") != std::string::npos);  // nothing known: the example
  // A municipality's supper schedule names it when the file has its slug.
  const KindSchema& supper = *SchemaFor("supper");
  ScaffoldOptions s = Options(supper, false);
  s.slug = "lemieux";
  s.existing["municipalities"] = {"lemieux", "manseau"};
  const std::string schedule = ScaffoldText(supper, s);
  CHECK(schedule.find("\nmunicipality: lemieux ") != std::string::npos);
  // The list's one item has its first field filled, so that it is not empty.
  CHECK(schedule.find("\n  - date: 2026-11-25 ") != std::string::npos);
  CHECK(schedule.find("\n    # time: \"17:30\" ") != std::string::npos);
}

TEST_CASE("every field and kind has a French description, for French sites") {
  for (const KindSchema& k : AllSchemas()) {
    INFO(k.kind);
    CHECK_FALSE(k.description_fr.empty());
    ForEachField(k.fields, k.kind + ".", [](const FieldSpec& f, const std::string& path) {
      INFO(path);
      CHECK_FALSE(f.description_fr.empty());
      CHECK(f.description_fr != f.description);
    });
  }
}

TEST_CASE("comments in the site's language") {
  const KindSchema& news = *SchemaFor("news");
  ScaffoldOptions o = Options(news, true);
  const std::string fr = ScaffoldText(news, o);
  CHECK(fr.find("# Une nouvelle.\n") != std::string::npos);
  CHECK(fr.find("# son titre (obligatoire)\n") != std::string::npos);
  CHECK(fr.find("# draft: false                          # cachée, sauf avec --drafts (par "
                "défaut : false)\n") != std::string::npos);
  o.french = false;
  const std::string en = ScaffoldText(news, o);
  CHECK(en.find("# A news item.\n") != std::string::npos);
  CHECK(en.find("# its title (required)\n") != std::string::npos);
  CHECK(en.find("# hidden unless --drafts (default: false)\n") != std::string::npos);
  CHECK(en.find("obligatoire") == std::string::npos);
}

TEST_CASE("given values fill their field; a field of a mapping fills the mapping") {
  const KindSchema& activity = *SchemaFor("activity");
  ScaffoldOptions o = Options(activity, true);
  o.values = {{"title", "Souper: spécial #2"},
              {"recurrence.every", "week"},
              {"recurrence.count", "4"},
              {"description", "Un *souper*."},
              {"registration.phone", "819-288-5533"}};
  const std::string text = ScaffoldText(activity, o);
  INFO(text);
  CHECK(text.find("\ntitle: \"Souper: spécial #2\" ") != std::string::npos);
  CHECK(text.find("\nrecurrence:  ") != std::string::npos);
  CHECK(text.find("\n  every: week  ") != std::string::npos);
  CHECK(text.find("\n  count: 4  ") != std::string::npos);
  CHECK(text.find("\n  # until: 2026-11-25  ") != std::string::npos);
  CHECK(text.find("\n  phone: \"819-288-5533\"  ") != std::string::npos);
  CHECK(text.ends_with("---\n\nUn *souper*.\n"));  // the body of a Markdown file
  CHECK(Problems(activity, true, text) == "");

  // A list's item gets the given fields first: a commented-out line cannot carry the "- ".
  const KindSchema& municipality = *SchemaFor("municipality");
  ScaffoldOptions m = Options(municipality, false);
  m.values = {{"contacts.role", "Citoyen-maillon"}, {"colors.primary", "#1f5f8b"}};
  const std::string mt = ScaffoldText(municipality, m);
  INFO(mt);
  CHECK(mt.find("\ncontacts:  ") != std::string::npos);
  CHECK(mt.find("\n  - role: Citoyen-maillon  ") != std::string::npos);
  CHECK(mt.find("\n    # name: Sonia Lauzon  ") != std::string::npos);
  CHECK(mt.find("\n  primary: \"#1f5f8b\"  ") != std::string::npos);
  CHECK(Problems(municipality, false, mt) == "");
}

TEST_CASE("values as YAML: plain when they read back the same, quoted otherwise") {
  CHECK(YamlString("Café-rencontre des aînés") == "Café-rencontre des aînés");
  CHECK(YamlString("Moi, je m'implique") == "Moi, je m'implique");
  CHECK(YamlString("Souper: spécial") == "\"Souper: spécial\"");
  CHECK(YamlString("Salle #2") == "\"Salle #2\"");
  CHECK(YamlString("#2") == "\"#2\"");
  CHECK(YamlString("- liste") == "\"- liste\"");
  CHECK(YamlString("oui, non") == "oui, non");
  CHECK(YamlString("yes") == "\"yes\"");
  CHECK(YamlString("null") == "\"null\"");
  CHECK(YamlString("2026") == "\"2026\"");
  CHECK(YamlString("17:30") == "\"17:30\"");
  CHECK(YamlString("") == "\"\"");
  CHECK(YamlString("a \"b\"\nc\\") == "\"a \\\"b\\\"\\nc\\\\\"");
  CHECK(YamlString("a, b", true) == "\"a, b\"");

  FieldSpec f;
  f.type = FieldType::kInt;
  CHECK(YamlValue(f, "40") == "40");
  CHECK(YamlValue(f, "quarante") == "quarante");  // the validator says why it is not a number
  f.type = FieldType::kBool;
  CHECK(YamlValue(f, "oui") == "oui");  // and suggests true
  f.type = FieldType::kTime;
  CHECK(YamlValue(f, "17:30") == "\"17:30\"");
  f.type = FieldType::kColour;
  CHECK(YamlValue(f, "#1f5f8b") == "\"#1f5f8b\"");
  f.type = FieldType::kDateTime;
  CHECK(YamlValue(f, "2026-01-14T13:30") == "2026-01-14T13:30");
  f.type = FieldType::kSlugList;
  CHECK(YamlValue(f, "manseau, lemieux") == "[manseau, lemieux]");
  CHECK(YamlValue(f, "[manseau]") == "[manseau]");
  CHECK(YamlValue(f, "") == "[]");
  f.type = FieldType::kSlugListOrAll;
  CHECK(YamlValue(f, "all") == "all");
  f.type = FieldType::kStringList;
  CHECK(YamlValue(f, "souper, 2026, a:b") == "[souper, \"2026\", a:b]");
}

TEST_CASE("field paths for the command line") {
  const KindSchema& activity = *SchemaFor("activity");
  CHECK(FieldAtPath(activity, "title")->name == "title");
  CHECK(FieldAtPath(activity, "recurrence.until")->type == FieldType::kDate);
  CHECK(FieldAtPath(activity, "registration.phone")->type == FieldType::kPhone);
  CHECK(FieldAtPath(activity, "recurrence.titre") == nullptr);
  CHECK(FieldAtPath(activity, "title.x") == nullptr);
  CHECK(FieldAtPath(*SchemaFor("supper"), "suppers.registration.note") != nullptr);
  const std::vector<std::string> paths = FieldPaths(activity);
  CHECK(paths.front() == "title");
  CHECK(std::find(paths.begin(), paths.end(), "recurrence.except") != paths.end());
  CHECK(TitleFromSlug("souper-manseau") == "Souper manseau");
}
