// Bounded whole-file reads with errno turned into readable text.
#include "load/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace maillon {

namespace {

std::string LowercaseFirst(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

// The system's words in English, and in French for the errors a volunteer meets.
Text ErrnoText(int err) {
  if (err == 0) err = EIO;
  Text out(LowercaseFirst(std::strerror(err)));
  switch (err) {
    case EACCES:
    case EPERM: out.fr = "permission refusée"; break;
    case ENOENT: out.fr = "fichier introuvable"; break;
    case ELOOP: out.fr = "trop de niveaux de liens symboliques"; break;
    case EIO: out.fr = "erreur d'entrée-sortie"; break;
    default: break;
  }
  return out;
}

Text TooLargeText() {
  const std::string mb = std::to_string(kMaxFileBytes / (1024 * 1024));
  return {"it is larger than " + mb + " MB, the limit for a content or theme file",
          "il dépasse " + mb + " Mo, la limite pour un fichier de contenu ou de thème"};
}

const Text kFolderText("it is a folder, not a file", "c'est un dossier, pas un fichier");

class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;
  ~FdCloser() { ::close(fd_); }

 private:
  int fd_;
};

// Reads `fd` into `out`, at most kMaxFileBytes + 1 bytes: one past the limit tells a file over
// it, without reading a huge one whole. A regular file's `size` (from fstat) sizes the buffer and
// ends the read, saving the read that would see the end; other files (pipes, /proc, size 0) are
// read to their end. Returns 0 or an errno value.
int ReadBounded(int fd, size_t size, std::string& out) {
  const size_t cap = kMaxFileBytes + 1;
  const size_t stop = size > 0 && size <= kMaxFileBytes ? size : cap;
  out.resize(std::min(std::max<size_t>(size, 4096), cap));
  size_t used = 0;
  while (used < stop) {
    if (used == out.size()) out.resize(std::min(out.size() * 2, cap));
    const ssize_t n = ::read(fd, out.data() + used, std::min(out.size(), stop) - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      out.clear();
      return err ? err : EIO;
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
  }
  out.resize(used);
  return 0;
}

}  // namespace

bool ReadFileBytes(const std::filesystem::path& path, std::string& out, Text& error) {
  return ReadFileBytesAt(AT_FDCWD, path.c_str(), out, error);
}

bool ReadFileBytesAt(int dir_fd, const char* path, std::string& out, Text& error) {
  // `out` keeps its size until the read: a reused buffer is then not zeroed again.
  auto fail = [&](Text why) {
    out.clear();
    error = std::move(why);
    return false;
  };
  errno = 0;
  const int fd = ::openat(dir_fd, path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    struct stat st;
    const bool folder = ::fstatat(dir_fd, path, &st, 0) == 0 && S_ISDIR(st.st_mode);
    return fail(folder ? kFolderText : ErrnoText(err));
  }
  FdCloser closer(fd);
  // fstat on the open file replaces a separate stat of the path: one path lookup per file.
  struct stat st;
  const bool stated = ::fstat(fd, &st) == 0;
  if (stated && S_ISDIR(st.st_mode)) return fail(kFolderText);
  const size_t size =
      stated && S_ISREG(st.st_mode) && st.st_size > 0 ? static_cast<size_t>(st.st_size) : 0;
  if (const int err = ReadBounded(fd, size, out)) return fail(ErrnoText(err));
  if (out.size() > kMaxFileBytes) return fail(TooLargeText());
  return true;
}

std::string JoinDisplayPath(const std::string& dir, const std::string& relative) {
  if (dir.empty()) return relative;
  std::string path;
  path.reserve(dir.size() + 1 + relative.size());  // one allocation per path of the walk
  path += dir;
  if (dir.back() != '/') path += '/';
  path += relative;
  return path;
}

}  // namespace maillon
