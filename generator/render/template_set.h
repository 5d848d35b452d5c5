// The theme's layouts compiled once (partials expanded in place), ready to render pages; and
// the tag scanner that partial expansion and the template lint share.
#pragma once

#include <cstdint>
#include <kainjow/mustache.hpp>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"
#include "diag/source_pos.h"
#include "load/theme.h"

namespace maillon {

struct TemplateTag {
  // '{' for {{{x}}}, '&', '#', '^', '/', '>', '!', '=' (set delimiters), or 'v' for {{x}}.
  char kind = 'v';
  std::string name;   // trimmed, without its sigil
  size_t offset = 0;  // of the opening "{{"
  size_t length = 0;  // up to and including the closing braces
};

// Every tag of `text` with the default {{ }} delimiters, in order, as kainjow Mustache reads
// them. Stops at an unclosed tag (the compiler reports it).
std::vector<TemplateTag> ScanTemplateTags(std::string_view text);

// The 1-based line and column (in bytes) of `offset` in `text`, as a position in `path`.
SourcePos PosInTemplate(const std::string& path, std::string_view text, size_t offset);

class TemplateSet {
 public:
  // Compiles every layout of `theme`. Syntax errors are reported at the template's
  // file:line:col (partials at their own file), as are partial cycles. A partial the theme
  // lacks expands to nothing here: the template lint reports it. Returns false on any error.
  bool Compile(const Theme& theme, Diagnostics& diags);

  bool Has(const std::string& layout) const { return compiled_.count(layout) > 0; }
  // The file a layout came from, for messages.
  std::string LayoutPath(const std::string& layout) const;
  // A hash of the layout's text with its partials expanded: what a page rendered with it
  // depends on in the theme (0 for an unknown layout).
  std::uint64_t SourceHash(const std::string& layout) const;

  // Renders `layout` with data looked up in `stack`, last element first (page data above
  // shared data). Returns false with `error` set when rendering fails. Not thread-safe on one
  // TemplateSet: give each thread its own copy.
  bool Render(const std::string& layout, const std::vector<const kainjow::mustache::data*>& stack,
              std::string& out, std::string& error);

 private:
  std::string dir_;
  std::map<std::string, kainjow::mustache::mustache> compiled_;
  std::map<std::string, std::uint64_t> sources_;  // SourceHash of each layout
  std::map<std::string, std::string> layout_paths_;  // the file of each layout (or its overlay's)
};

// A kainjow error message ("Unclosed section \"x\" at 123") as a message without the offset,
// and the offset (npos when the message has none).
std::string DescribeMustacheError(const std::string& message, size_t* offset);

}  // namespace maillon
