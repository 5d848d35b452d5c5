// Source lines read from disk for diagnostics.
#include "load/source_lines.h"

#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace maillon {

SourceLineFn DiskSourceLines() {
  auto cache = std::make_shared<std::map<std::string, std::vector<std::string>>>();
  return [cache](const std::string& path, int line) -> std::string {
    auto it = cache->find(path);
    if (it == cache->end()) {
      std::vector<std::string> lines;
      std::ifstream in(path, std::ios::binary);
      for (std::string l; std::getline(in, l);) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        lines.push_back(l);
      }
      it = cache->emplace(path, std::move(lines)).first;
    }
    if (line < 1 || line > static_cast<int>(it->second.size())) return "";
    std::string text = it->second[line - 1];
    if (line == 1 && text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // BOM
    return text.size() > 300 ? "" : text;
  };
}

}  // namespace maillon
