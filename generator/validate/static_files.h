// File paths in content (logo, image.src) checked against the files of content/static/.
#pragma once

#include <set>
#include <string>

#include "diag/diagnostics.h"
#include "load/document.h"
#include "validate/schema.h"

namespace maillon {

// Reports each value of a file-path field of `doc` (an absolute URL aside) that names no file
// of `static_files` (paths relative to the static folder, "images/logo.svg"), at the value, with
// the closest existing files. `static_dir` is the folder as messages name it.
void CheckStaticFiles(const Document& doc, const KindSchema& schema,
                      const std::set<std::string>& static_files, const std::string& static_dir,
                      Diagnostics& diags);

}  // namespace maillon
