// Snapshots of a folder tree and their differences, for watching without inotify.
#include "watch/snapshot.h"

#include <filesystem>

namespace maillon {

namespace fs = std::filesystem;

Snapshot TakeSnapshot(const std::string& root) {
  Snapshot out;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  const fs::recursive_directory_iterator end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code ec2;
    const fs::path& path = it->path();
    if (it->is_directory(ec2)) {
      // Hidden folders (.git) can be huge and never hold site files.
      if (path.filename().string().starts_with(".")) it.disable_recursion_pending();
      continue;
    }
    // stat, not lstat: a link to a file counts with its target's stamp, as the build reads it.
    FileStamp stamp;
    if (!StampFile(path.string(), stamp)) continue;  // vanished between listing and stat
    out[path.lexically_relative(root).generic_string()] = stamp;
  }
  return out;
}

std::vector<RawChange> DiffSnapshots(const Snapshot& before, const Snapshot& after, size_t root) {
  std::vector<RawChange> out;
  auto b = before.begin();
  auto a = after.begin();
  // Both maps are sorted by path: one merge pass finds every difference.
  while (b != before.end() || a != after.end()) {
    if (a == after.end() || (b != before.end() && b->first < a->first)) {
      out.push_back(RawChange{root, b->first, ChangeType::kRemoved});
      ++b;
    } else if (b == before.end() || a->first < b->first) {
      out.push_back(RawChange{root, a->first, ChangeType::kCreated});
      ++a;
    } else {
      if (!(a->second == b->second)) {
        out.push_back(RawChange{root, a->first, ChangeType::kModified});
      }
      ++a;
      ++b;
    }
  }
  return out;
}

}  // namespace maillon
