// Checks and clean-up applied to every content file's bytes before parsing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.h"

namespace maillon {

// Returns the text ready to parse: UTF-8 BOM removed, CRLF and lone CR turned into LF.
// Reports and returns nothing for: invalid UTF-8 (line:col of the first bad byte), NUL bytes,
// an empty (or whitespace-only) file.
std::optional<std::string> CleanText(std::string_view bytes, const SourcePos& file,
                                     Diagnostics& diags);

// CleanText without a copy where none is needed: the text views `bytes` when only a BOM goes,
// and `storage` when line endings change. Same checks and messages.
std::optional<std::string_view> CleanTextView(std::string_view bytes, const SourcePos& file,
                                              Diagnostics& diags, std::string& storage);

}  // namespace maillon
