// Writing values into YAML text so that they read back as typed: what `maillon new` puts after
// "field: " for a value given on the command line.
#pragma once

#include <string>
#include <string_view>

#include "validate/schema.h"

namespace maillon {

// `text` as a double-quoted YAML string that reads back as `text`: \n and \t for a person
// to read in the file (JSON text goes through QuoteJson), other UTF-8 as it is.
std::string DoubleQuoted(std::string_view text);

// `text` as a YAML scalar that reads back as that same string: plain when YAML would read it
// so, double-quoted otherwise (": ", " #", a leading indicator, true, 12, null...). In a flow
// list (`in_flow`), commas and brackets need quotes too.
std::string YamlString(std::string_view text, bool in_flow = false);

// The YAML for a value of `field` typed as `text` on the command line. Whole numbers and
// true/false stay plain (so the validator reads them as such, or says why not); times and
// colours are quoted; "a, b" for a list becomes [a, b]; a value starting with '[' or '{' is
// YAML already and is kept as it is.
std::string YamlValue(const FieldSpec& field, std::string_view text);

}  // namespace maillon
