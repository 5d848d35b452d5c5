// What tells that a file changed without reading it, shared by the document cache and the
// polling watcher.
#pragma once

#include <cstdint>
#include <string>

namespace maillon {

// What tells a file changed without reading it: the same test as make and rsync, with the
// modification time in nanoseconds and the inode (an editor's atomic save makes a new one).
struct FileStamp {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

// The stamp of `path` (following symbolic links); false when it cannot be read.
bool StampFile(const std::string& path, FileStamp& stamp);

}  // namespace maillon
