// YAML text -> Node, with positions, duplicate-key detection and bounds on hostile input.
#pragma once

#include <string_view>

#include "diag/diagnostics.h"
#include "load/node.h"

namespace maillon {

struct YamlLimits {
  int max_depth = 64;          // nesting of maps and sequences
  size_t max_nodes = 1000000;  // after alias expansion (billion laughs)
};

// Parses one YAML document. `origin` is the file, and its line is the line of the text's first
// line within the file (1 for a whole file, 2 for front matter after "---"). Syntax errors,
// duplicate keys (both positions), non-scalar keys, more than one document and exceeded limits
// are reported to `diags`; returns what could be parsed (kNull on syntax errors).
Node ParseYaml(std::string_view text, const SourcePos& origin, Diagnostics& diags,
               const YamlLimits& limits = {});

}  // namespace maillon
