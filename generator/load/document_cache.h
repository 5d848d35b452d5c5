// Parsed content files kept across the preview server's rebuilds, reused while a file is
// unchanged on disk.
#pragma once

#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

#include "diag/diagnostics.h"
#include "load/document.h"
#include "load/file_stamp.h"

namespace maillon {

// Display path -> (stamp, parsed Document, the diagnostics its parse reported). Safe to use
// from several threads. Owned by the preview server, handed to LoadContentTree.
class DocumentCache {
 public:
  // The document and diagnostics stored for `path` under `stamp`; false when absent or stale.
  bool Lookup(const std::string& path, const FileStamp& stamp, Document& doc,
              Diagnostics& diags);
  void Store(const std::string& path, const FileStamp& stamp, const Document& doc,
             const Diagnostics& diags);
  // Drops the files not in `paths` (deleted or renamed since).
  void Keep(const std::set<std::string>& paths);

  // What the last LoadContentTree did: files parsed, files taken from the cache.
  size_t parsed = 0;
  size_t reused = 0;

 private:
  struct Entry {
    FileStamp stamp;
    Document doc;
    Diagnostics diags;
  };
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> files_;
};

}  // namespace maillon
