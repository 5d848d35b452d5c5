// A content file as loaded: its YAML data and, for Markdown files, its body.
#pragma once

#include <string>
#include <vector>

#include "load/node.h"

namespace maillon {

struct Document {
  std::string path;          // as the user sees it: "content/news/souper-manseau.md"
  SourcePos pos;             // FilePos(path): shared by every value of the document
  std::string folder;        // kind folder: "news", "municipalities"...; "" for top-level files
  std::string slug;          // file name without extension
  bool is_markdown = false;  // .md: front matter + body
  Node data;                 // the YAML (the whole file, or the front matter); kNull if none
  std::string body;          // Markdown body (empty for YAML files)
  int body_line = 0;         // 1-based line where the body starts
};

}  // namespace maillon
