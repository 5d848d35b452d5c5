// Splitting a Markdown file into YAML front matter and body.
#pragma once

#include <string>
#include <string_view>

#include "diag/diagnostics.h"

namespace maillon {

struct FrontMatter {
  bool found = false;     // the file starts with a "---" line
  std::string yaml;       // text between the fences
  int yaml_line = 0;      // 1-based line of the YAML's first line
  std::string body;       // text after the closing fence
  int body_line = 0;      // 1-based line of the body's first line
};

// Splits "---\n<yaml>\n---\n<body>". A file without a leading fence is all body (found=false);
// an opening fence without a closing "---" line is an error at the opening fence. Expects text
// already checked for UTF-8, with CRLF normalised and any BOM removed (see text_checks.h).
FrontMatter SplitFrontMatter(std::string_view text, const SourcePos& file, Diagnostics& diags);

// The same split as views into `text`, for callers that keep the text alive and copy only what
// they keep.
struct FrontMatterView {
  bool found = false;
  std::string_view yaml;
  int yaml_line = 0;
  std::string_view body;
  int body_line = 0;
};
FrontMatterView SplitFrontMatterView(std::string_view text, const SourcePos& file,
                                     Diagnostics& diags);

}  // namespace maillon
