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
  // "file:line:col", or "file:line", or "file" when line or col is 0.
  std::string ToString() const;
};

// A position at the start of `path` (line and col 0: the file as a whole).
SourcePos FilePos(const std::string& path);
SourcePos MakePos(const std::shared_ptr<const std::string>& file, int line, int col);

bool operator<(const SourcePos& a, const SourcePos& b);

}  // namespace maillon
