// Source lines read from disk for diagnostics.
#include "load/source_lines.h"

#include <fstream>
#include <iterator>
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
      // Lines end at LF, CRLF or a lone CR, as the loader counts them (load/text_checks.h).
      std::ifstream in(path, std::ios::binary);
      const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      std::vector<std::string> lines;
      size_t start = 0;
      for (size_t i = bytes.find_first_of("\r\n"); i != std::string::npos;
           i = bytes.find_first_of("\r\n", start)) {
        lines.push_back(bytes.substr(start, i - start));
        start = i + (bytes.compare(i, 2, "\r\n") == 0 ? 2 : 1);
      }
      if (start < bytes.size()) lines.push_back(bytes.substr(start));
      it = cache->emplace(path, std::move(lines)).first;
    }
    if (line < 1 || line > static_cast<int>(it->second.size())) return "";
    std::string text = it->second[line - 1];
    if (line == 1 && text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // BOM
    return text.size() > 300 ? "" : text;
  };
}

}  // namespace maillon
