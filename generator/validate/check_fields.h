// The generic checker: walks a document's YAML against its kind's schema and reports every
// unknown field, missing required field and ill-formed value at its exact position.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"
#include "load/document.h"
#include "load/node.h"
#include "validate/schema.h"

namespace maillon {

// Field paths in diagnostics: dotted names, list items by 0-based index as load/ writes them
// ("registration.phone", "suppers[2].date", "[3].name" for an item of a list file).
std::string FieldPath(const std::string& parent, std::string_view name);
std::string ItemPath(const std::string& parent, size_t index);

// Checks a document's data against `schema`: the top-level shape (a mapping, or a list for
// list files), then every field. In a Markdown file the schema's body field is refused (the
// body holds that text). Reports to `diags`; never throws.
void CheckDocument(const Document& doc, const KindSchema& schema, Diagnostics& diags);

// Checks the mapping `node` against `fields`: unknown keys (at the key, with "did you mean"),
// missing required fields (at the mapping, or at `missing_pos` when `node` is empty) and each
// value. `path` is the mapping's own field path ("" at the top of a file).
void CheckMapping(const Node& node, const std::vector<FieldSpec>& fields, const std::string& path,
                  const SourcePos& missing_pos, Diagnostics& diags);

// Checks one value against its field; `key_pos` is where its key is, for empty values
// written without a position. Returns false when it reported a problem.
bool CheckValue(const Node& value, const SourcePos& key_pos, const FieldSpec& field,
                const std::string& path, Diagnostics& diags);

}  // namespace maillon
