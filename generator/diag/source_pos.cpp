// SourcePos formatting and ordering.
#include "diag/source_pos.h"

#include <tuple>

namespace maillon {

const std::string& SourcePos::path() const {
  static const std::string empty;
  return file ? *file : empty;
}

std::string SourcePos::ToString() const {
  std::string out = path();
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (col > 0) out += ':' + std::to_string(col);
  }
  return out;
}

SourcePos FilePos(const std::string& path) {
  return SourcePos{std::make_shared<const std::string>(path), 0, 0};
}

SourcePos MakePos(const std::shared_ptr<const std::string>& file, int line, int col) {
  return SourcePos{file, line, col};
}

bool operator<(const SourcePos& a, const SourcePos& b) {
  return std::tie(a.path(), a.line, a.col) < std::tie(b.path(), b.line, b.col);
}

}  // namespace maillon
