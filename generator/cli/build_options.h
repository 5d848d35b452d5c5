// The options `build`, `check` and `serve` share, from flags to BuildOptions.
#pragma once

#include <string>
#include <vector>

#include "build/pipeline.h"
#include "cli/args.h"

namespace maillon {

// --content, --theme, --out, --base-url, --municipality, --drafts, --jobs, --now.
std::vector<FlagSpec> BuildFlagSpecs();

// Fills `options` from parsed flags (defaults: content, themes/default, site, site.yaml's
// base URL, no drafts, one job per core, the current time in America/Toronto). Returns a usage
// error message, or "" when the flags are valid.
std::string BuildOptionsFromArgs(const ParsedArgs& args, BuildOptions* options);

// "Now" from --now's value (empty: not given, the current time in America/Toronto). Returns a
// usage error, or "".
std::string NowFromArg(const std::string& given, DateTime* now);

// Prints diagnostics to stderr: each headline, the source line and a caret.
void PrintDiagnostics(const Diagnostics& diags);

}  // namespace maillon
