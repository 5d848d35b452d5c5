// JSON Schema (draft-07) for each content kind, generated from the schema of schema.h, so that
// editors check content files as volunteers type, with the validator's own rules.
#pragma once

#include <string>

#include "validate/schema.h"

namespace maillon {

// The JSON Schema of a kind's files (for a list file, of the list), pretty-printed, ending with
// a newline. Descriptions are French then English; the content's YAML is read as YAML 1.2
// (unquoted 2026-02-19 and 17:30 are strings), as editors read it.
std::string JsonSchemaText(const KindSchema& kind);

// The file name of a kind's JSON Schema: "activity.schema.json".
std::string JsonSchemaFileName(const KindSchema& kind);

// The ECMA-262 regular expression (anchored) the text of a value of this type must match to
// pass the validator's syntax checks (scalar_checks.h, model/dates.h); "" for types without
// one. February 29 matches in every year: the validator alone knows leap years.
std::string ValuePattern(FieldType type, UrlForm url_form = UrlForm::kAbsolute);

}  // namespace maillon
