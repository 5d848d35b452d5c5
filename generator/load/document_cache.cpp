// DocumentCache and file stamps.
#include "load/document_cache.h"

namespace maillon {

bool DocumentCache::Lookup(const std::string& path, const FileStamp& stamp, Document& doc,
                           Diagnostics& diags) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = files_.find(path);
  if (it == files_.end() || !(it->second.stamp == stamp)) return false;
  doc = it->second.doc;
  for (const Diagnostic& d : it->second.diags.all()) diags.Add(d);
  return true;
}

void DocumentCache::Store(const std::string& path, const FileStamp& stamp, const Document& doc,
                          const Diagnostics& diags) {
  std::lock_guard<std::mutex> lock(mutex_);
  files_[path] = Entry{stamp, doc, diags};
}

void DocumentCache::Keep(const std::set<std::string>& paths) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::erase_if(files_, [&](const auto& entry) { return paths.count(entry.first) == 0; });
}

}  // namespace maillon
