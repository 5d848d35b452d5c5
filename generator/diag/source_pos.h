// Where a value came from: the file, and a 1-based line and column.
#pragma once

#include <memory>
#include <string>

namespace maillon {

struct SourcePos {
  std::shared_ptr<const std::string> file;  // shared: thousands of values point at one path
  int line = 0;                             // 1-based; 0 means "the whole file"
  int col = 0;                              // 1-based, in bytes; 0 means "the whole line"

  const std::string& path() const;
  // "file:line:col"; "file:line:1" when col is 0; "file:1:1" for a whole file; "folder/".
  std::string ToString() const;
};

// A file as a whole (line and col 0); printed as "path:1:1" so editors can jump to it.
SourcePos FilePos(const std::string& path);
// A folder as a whole; printed as "path/".
SourcePos FolderPos(const std::string& path);
SourcePos MakePos(const std::shared_ptr<const std::string>& file, int line, int col);

bool operator<(const SourcePos& a, const SourcePos& b);

}  // namespace maillon
