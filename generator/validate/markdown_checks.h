// Markdown the renderer would take minutes on (see model/markdown_limits.h),
// refused where it is written so that a build never hangs in rendering.
#pragma once

#include <string>

#include "diag/diagnostics.h"
#include "load/document.h"
#include "load/node.h"

namespace maillon {

// Checks a Markdown field's value; reports at the value. False when it
// reported.
bool CheckMarkdownValue(const Node& value, const std::string& field, Diagnostics& diags);

// Checks a Markdown file's body; reports at the line and column of the problem.
void CheckMarkdownBody(const Document& doc, Diagnostics& diags);

}  // namespace maillon
