// Reading back the line a diagnostic points at, so messages can quote it with a caret.
#pragma once

#include "diag/diagnostics.h"

namespace maillon {

// A SourceLineFn that reads (and caches) files from disk: the line as the volunteer sees it,
// without CR or BOM; "" for unknown lines and for lines over 300 bytes (minified or binary
// text helps nobody). Not thread-safe: use one per printing.
SourceLineFn DiskSourceLines();

}  // namespace maillon
