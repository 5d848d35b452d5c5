// A new content file written from its kind's schema, for `maillon new`: required fields filled
// in, optional ones present as commented-out lines with their description and an example.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/dates.h"
#include "validate/schema.h"

namespace maillon {

struct ScaffoldOptions {
  std::string slug;         // the file name without extension: "cafe-rencontre-manseau"
  bool markdown = true;     // a .md file (front matter and body) rather than .yaml
  bool french = true;       // comments in French (the site's language) rather than English
  Date today;               // the default of required dates (datetimes add the example's time)
  std::string schema_path;  // the kind's JSON Schema from the file, for editors; none if empty
  // Values typed on the command line, by field path ("title", "recurrence.until",
  // "suppers.date" for the list's one item); written as YamlValue makes them.
  std::map<std::string, std::string> values;
  // The slugs that exist, by what fields refer to ("municipalities", "categories"): a required
  // reference defaults to one that exists (the file's own slug when it names one).
  std::map<std::string, std::vector<std::string>> existing;
};

// The text of the new file. With no values it is valid content, given that the references it
// picks exist; the caller validates it as the validator does before writing it.
std::string ScaffoldText(const KindSchema& kind, const ScaffoldOptions& options);

// The field a command-line path names: "title", "recurrence.until", "suppers.date" (a field of
// a list's items); nullptr when there is none.
const FieldSpec* FieldAtPath(const KindSchema& kind, std::string_view path);

// Every path FieldAtPath knows, in schema order, for "did you mean".
std::vector<std::string> FieldPaths(const KindSchema& kind);

// A title from a slug, for a new file's title or name: "souper-manseau" -> "Souper manseau".
std::string TitleFromSlug(std::string_view slug);

}  // namespace maillon
