// SourcePos formatting and ordering.
#include "diag/source_pos.h"

#include <tuple>

namespace maillon {

const std::string& SourcePos::path() const {
  static const std::string empty;
  return file ? *file : empty;
}

std::string SourcePos::ToString() const {
  const std::string& p = path();
  if (p.ends_with('/')) return p;
  return p + ':' + std::to_string(line > 0 ? line : 1) + ':' + std::to_string(col > 0 ? col : 1);
}

SourcePos FilePos(const std::string& path) {
  return SourcePos{std::make_shared<const std::string>(path), 0, 0};
}

SourcePos FolderPos(const std::string& path) {
  return FilePos(path.ends_with('/') ? path : path + "/");
}

SourcePos MakePos(const std::shared_ptr<const std::string>& file, int line, int col) {
  return SourcePos{file, line, col};
}

bool operator<(const SourcePos& a, const SourcePos& b) {
  return std::tie(a.path(), a.line, a.col) < std::tie(b.path(), b.line, b.col);
}

}  // namespace maillon
