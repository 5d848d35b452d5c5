// The output of rendering: every file of the site, in memory, keyed by its path in the site.
#pragma once

#include <map>
#include <string>

#include "diag/source_pos.h"

namespace maillon {

struct OutputFile {
  std::string bytes;         // the content, unless copy_from is set
  std::string copy_from;     // a file on disk to copy as is (theme assets, content/static)
  std::string content_type;  // "text/html; charset=utf-8"
  SourcePos source;          // the content file it shows, for messages about it (may be empty)
};

// A file of the site before it is made: where it goes and what it is.
struct PlannedFile {
  std::string path;          // site path: "soupers/index.html"
  std::string content_type;  // "text/html; charset=utf-8"
  SourcePos source;          // the content file it shows, for messages (may be empty)
  std::string copy_from;     // a copied file's path on disk; empty for made files
};

struct RenderedSite {
  // "index.html", "organismes/cab-mrc-becancour/index.html", "assets/style.css"
  std::map<std::string, OutputFile> files;
};

}  // namespace maillon
