// The polling fallback's view of a folder: every file's size and modification time.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "load/file_stamp.h"
#include "watch/change_set.h"

namespace maillon {

// Relative path ('/' separators) -> stamp, for every file under one root.
using Snapshot = std::map<std::string, FileStamp>;

// Lists every file under `root` recursively, without following links to folders and skipping
// hidden folders and unreadable ones. A missing root gives an empty snapshot. Never throws.
Snapshot TakeSnapshot(const std::string& root);

// The files created, modified (size or time differ) and removed from `before` to `after`,
// attributed to root number `root`.
std::vector<RawChange> DiffSnapshots(const Snapshot& before, const Snapshot& after, size_t root);

}  // namespace maillon
