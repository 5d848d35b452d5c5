// Every field of every kind, given every shape of value, is reported without crashing.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "validate/schema.h"
#include "validate/validate_content.h"
#include "validate_test_support.h"


using namespace maillon;

namespace {

// The path of a file of this kind.
std::string PathFor(const KindSchema& k) {
  if (k.folder.empty()) return "content/" + k.file_slug + ".yaml";
  return "content/" + k.folder + "/x" + (k.allows_yaml ? ".yaml" : ".md");
}

// A file holding only `yaml` (as the one item of a list file).
std::string FileText(const KindSchema& k, const std::string& yaml) {
  if (k.is_list_file) return "- " + yaml + "\n";
  if (!k.allows_yaml) return "---\n" + yaml + "\n---\n";
  return yaml + "\n";
}

bool TakesList(FieldType t) {
  return t == FieldType::kSlugList || t == FieldType::kSlugListOrAll ||
         t == FieldType::kStringList || t == FieldType::kDateList || t == FieldType::kObjectList;
}

// Whether a diagnostic names `field` (or a part of it); list files prefix the item: "[0].name".
bool ReportedAt(const Diagnostics& diags, const std::string& field) {
  for (const Diagnostic& d : diags.all()) {
    if (d.field.rfind(field, 0) == 0 || d.field.rfind("[0]." + field, 0) == 0) return true;
  }
  return false;
}

const std::vector<std::string> kValues = {
    "[a, b]",         "{ x: 1 }",         "\"\"",    "~",    "zzz", "-1",
    "\"2026-02-30\"", "2026-01-14T25:00", "[[a]]",   "[{}]", "[~]", "all",
    "\"#12\"",        "9999999999999",    "\"\\t\"",
};

}  // namespace

TEST_CASE("every field of every kind survives every shape of value") {
  for (const KindSchema& k : AllSchemas()) {
    for (const FieldSpec& f : k.fields) {
      for (const std::string& v : kValues) {
        Diagnostics diags;
        test::Validate({{PathFor(k), FileText(k, f.name + ": " + v)}}, diags);
        // A list or mapping where a single value belongs is always reported at the field.
        if (v == "[a, b]" && !TakesList(f.type)) {
          CHECK_MESSAGE(ReportedAt(diags, f.name), std::string(k.kind + "." + f.name));
        }
        if (v == "{ x: 1 }" && f.type != FieldType::kObject) {
          CHECK_MESSAGE(ReportedAt(diags, f.name), std::string(k.kind + "." + f.name));
        }
      }
      // One level down: each field of a mapping, or of the mappings of a list.
      for (const FieldSpec& sub : f.fields) {
        for (const std::string& v : kValues) {
          const std::string inner = "{ " + sub.name + ": " + v + " }";
          const std::string value = f.type == FieldType::kObjectList ? "[" + inner + "]" : inner;
          Diagnostics diags;
          test::Validate({{PathFor(k), FileText(k, f.name + ": " + value)}}, diags);
          if (v == "[a, b]" && !TakesList(sub.type)) {
            CHECK_MESSAGE(ReportedAt(diags, f.name),
                          std::string(k.kind + "." + f.name + "." + sub.name));
          }
        }
      }
    }
  }
}

TEST_CASE("documents of every shape, including empty ones") {
  for (const KindSchema& k : AllSchemas()) {
    for (std::string text : {"", "~", "[]", "{}", "- a\n- b\n", "texte\n", "[[], {}]"}) {
      Diagnostics diags;
      const std::string path = PathFor(k);
      const std::string body = k.allows_yaml ? text : "---\n" + text + "\n---\n";
      test::Validate({{path, body}}, diags);
      CHECK(diags.error_count() >= 0);  // reaching here, under ASan/UBSan, is the test
    }
  }
}
