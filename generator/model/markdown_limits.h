// Markdown that the Markdown renderer (Debian 12's cmark-gfm 0.29.0.gfm.6) would take minutes or
// gigabytes on: found by a linear scan of the text, so that validation refuses it before rendering.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "diag/text.h"

namespace maillon {

struct MarkdownLimits {
  // Bytes the renderer scans in vain after '<?', '<![CDATA[' and '<!X ' openers, looking for a
  // closer: each unclosed opener costs a scan to the end of its paragraph (quadratic).
  size_t max_unclosed_scan = 50'000'000;
  // Cells ('|') of one table row: each row is split into a linked list appended at its end.
  size_t max_table_columns = 200;
  // Table cells of a whole text: rows are filled up to the header's width, so a wide header over
  // many short lines multiplies into millions of cells.
  size_t max_table_cells = 200'000;
};

struct MarkdownProblem {
  size_t offset = 0;  // the byte of the text where it is
  Text message;
};

// The first limit `markdown` exceeds, or nothing. Conservative: it also counts openers and '|'
// in code, where the renderer does not look, so only absurd texts are refused.
std::optional<MarkdownProblem> SlowMarkdown(std::string_view markdown,
                                            const MarkdownLimits& limits = {});

}  // namespace maillon
