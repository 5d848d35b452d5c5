// Bounded whole-file reads with errno turned into readable text.
#include "load/read_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace maillon {

namespace {

std::string LowercaseFirst(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

bool ReadFileBytes(const std::filesystem::path& path, std::string& out, std::string& error) {
  out.clear();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "it is a folder, not a file";
    return false;
  }
  errno = 0;
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    error = LowercaseFirst(std::strerror(errno ? errno : EIO));
    return false;
  }
  // Read in chunks up to one byte past the limit, so a huge file is refused without reading it
  // all and a file that grows while we read cannot slip through.
  char buffer[64 * 1024];
  while (true) {
    size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
    if (n > 0) {
      if (out.size() + n > kMaxFileBytes) {
        out.clear();
        error = "it is larger than " + std::to_string(kMaxFileBytes / (1024 * 1024)) +
                " MB, the limit for a content or theme file";
        return false;
      }
      out.append(buffer, n);
    }
    if (n < sizeof buffer) break;
  }
  if (std::ferror(file.get())) {
    out.clear();
    error = LowercaseFirst(std::strerror(errno ? errno : EIO));
    return false;
  }
  return true;
}

std::string JoinDisplayPath(const std::string& dir, const std::string& relative) {
  if (dir.empty()) return relative;
  if (dir.back() == '/') return dir + relative;
  return dir + "/" + relative;
}

}  // namespace maillon
