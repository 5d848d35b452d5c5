// The content schema, declared once: what validation checks, and what JSON Schema and
// `maillon new` templates are generated from. docs/CONTENT.md describes the same fields.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/text.h"

namespace maillon {

enum class FieldType {
  kText,            // any scalar (a plain number is read as text)
  kMarkdown,        // text rendered as Markdown
  kInt,             // a plain whole number
  kBool,            // plain true or false
  kDate,            // 2026-02-19
  kTime,            // 17:30
  kDateTime,        // 2026-02-19T17:30 (or a space for the T)
  kDateOrDateTime,  // either of the two above
  kSlug,            // manseau
  kSlugList,        // [manseau, lemieux]
  kSlugListOrAll,   // all, or a list of slugs
  kStringList,      // [souper, bénévolat]
  kDateList,        // [2026-06-24, 2026-07-01]
  kUrl,             // https://… (see UrlForm)
  kEmail,           // info@example.org
  kPhone,           // 819-288-5533 poste 5
  kColour,          // "#1f5f8b" or "#18b"
  kEnum,            // one of enum_values
  kObject,          // a mapping of `fields`
  kObjectList,      // a list of mappings of `fields`
};

// What a kUrl field accepts besides an absolute http(s) URL.
enum class UrlForm {
  kAbsolute,  // only https://… or http://…
  kSitePath,  // also a path on the site: "/soupers/"
  kFilePath,  // also a file under content/static/: "images/logo.png" or "/images/logo.png"
};

struct FieldSpec {
  std::string name;
  FieldType type = FieldType::kText;
  bool required = false;
  std::string description;                // one line, in English, for docs and templates
  std::string description_fr;             // the same in French, for French sites' templates
  std::vector<std::string> enum_values;   // kEnum
  std::vector<FieldSpec> fields;          // kObject and kObjectList: the fields of each mapping
  std::string example;                    // a valid value as written in YAML; empty: type's own
  std::optional<int> min_value;           // kInt: smallest accepted value
  UrlForm url_form = UrlForm::kAbsolute;  // kUrl
  std::string default_value;              // as documented ("fr", "10"); empty when none
  std::string refers_to;                  // slugs: the folder or file they name ("municipalities")
};

struct KindSchema {
  std::string kind;             // "activity": the name `maillon new` takes
  std::string folder;           // "activities"; empty for a top-level file
  std::string file_slug;        // top-level files: "site", "categories", "resources"
  bool is_list_file = false;    // the file is a list of items of `fields` (categories, resources)
  bool allows_yaml = true;      // SLUG.yaml / SLUG.yml
  bool allows_markdown = true;  // SLUG.md with front matter
  // The field that holds the long text in a YAML file; a Markdown file uses its body instead.
  std::string body_field;
  std::string description;
  std::string description_fr;  // the same in French, for French sites' templates
  std::vector<FieldSpec> fields;
};

// Every kind, in the order of docs/CONTENT.md.
const std::vector<KindSchema>& AllSchemas();

// The schema of a kind by its name ("activity", "supper", "site"...), or nullptr.
const KindSchema* SchemaFor(std::string_view kind);

// The schema for a content file: by its folder, or by its slug for a top-level file; nullptr
// when the file is not content (an unknown folder or top-level name).
const KindSchema* SchemaForDocument(std::string_view folder, std::string_view slug);

// The field named `name` in `fields`, or nullptr.
const FieldSpec* FindField(const std::vector<FieldSpec>& fields, std::string_view name);

// The type's name as docs and JSON Schema tooling spell it: "date-or-datetime", "slug-list"...
const char* ToString(FieldType type);

// What a value of this field looks like, for messages: "a date like 2026-02-19",
// "one of planned, confirmed, held, cancelled", "a list of slugs like [manseau, lemieux]".
Text ExpectedForm(const FieldSpec& field);

// A valid value for this field as written in YAML: the field's example or its type's.
std::string ExampleValue(const FieldSpec& field);

}  // namespace maillon
