// Committing a rendered site to disk: write aside, then swap, so a failure never harms site/.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "render/rendered_site.h"

namespace maillon {

// The file Maillon leaves in every output folder it writes, so that it only ever replaces a
// folder it made itself.
inline constexpr const char* kOutputMarker = ".maillon-output";

struct WriteOptions {
  std::string out_dir = "site";
  std::vector<std::string> protected_dirs;  // content and theme folders: never written into
  int jobs = 1;                             // threads writing files
};

// Reports (as errors at the folder) an output folder that is, contains or sits inside a protected
// folder, or that exists, is not empty and has no marker file. Returns true when usable.
bool CheckOutputDir(const WriteOptions& options, Diagnostics& diags);

struct WriteStats {
  size_t files = 0;
  size_t unchanged = 0;  // identical to the previous output: hard-linked, so mtimes stay
};

// Writes every file into a fresh folder beside out_dir, then exchanges it with out_dir in one
// rename and removes the old tree. On any failure the temporary folder is removed, out_dir is
// left exactly as it was, and the reason goes to `diags`. Returns true on success.
bool WriteSiteAtomically(const RenderedSite& site, const WriteOptions& options, WriteStats* stats,
                         Diagnostics& diags);

}  // namespace maillon
