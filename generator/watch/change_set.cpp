// Classifying and folding raw file events into one ChangeBatch.
#include "watch/change_set.h"

#include <algorithm>
#include <map>
#include <optional>

namespace maillon {

namespace {

bool StartsWithFolder(std::string_view relative, std::string_view folder) {
  return relative.size() > folder.size() && relative.starts_with(folder) &&
         relative[folder.size()] == '/';
}

std::string_view LastComponent(std::string_view relative) {
  const size_t slash = relative.rfind('/');
  return slash == std::string_view::npos ? relative : relative.substr(slash + 1);
}

// The net effect of `next` following `previous` on one path; nullopt when they cancel out.
std::optional<ChangeType> Fold(std::optional<ChangeType> previous, ChangeType next) {
  if (!previous) return next;
  switch (*previous) {
    case ChangeType::kCreated:
      if (next == ChangeType::kRemoved) return std::nullopt;  // a temporary file came and went
      return ChangeType::kCreated;
    case ChangeType::kModified:
      return next == ChangeType::kRemoved ? ChangeType::kRemoved : ChangeType::kModified;
    case ChangeType::kRemoved:
      // Written aside then renamed over the old file: the path now has new bytes.
      return next == ChangeType::kRemoved ? ChangeType::kRemoved : ChangeType::kModified;
  }
  return next;
}

std::string Counted(size_t n, const char* singular) {
  std::string out = std::to_string(n) + " " + singular;
  if (n != 1) out += "s";
  return out;
}

}  // namespace

bool ChangeBatch::OnlyStylesheets() const {
  if (changes.empty()) return false;
  return std::all_of(changes.begin(), changes.end(), [](const Change& c) {
    return c.type != ChangeType::kRemoved && c.relative.ends_with(".css") &&
           (c.kind == ChangeKind::kThemeAsset || c.kind == ChangeKind::kStatic);
  });
}

std::string ChangeBatch::Summary() const {
  if (changes.empty()) return "no change";
  if (changes.size() == 1) {
    const Change& c = changes[0];
    const char* what = c.type == ChangeType::kCreated   ? " created"
                       : c.type == ChangeType::kRemoved ? " removed"
                                                        : " changed";
    return c.path + what;
  }
  std::map<ChangeKind, size_t> counts;
  for (const Change& c : changes) ++counts[c.kind];
  std::string out;
  for (const auto& [kind, n] : counts) {
    out += (out.empty() ? "" : ", ") + Counted(n, KindName(kind));
  }
  return out + " changed";
}

ChangeKind ClassifyPath(RootRole role, std::string_view relative) {
  if (relative.empty()) return ChangeKind::kOther;  // the root itself appeared or vanished
  if (role == RootRole::kContent) {
    return relative == "static" || StartsWithFolder(relative, "static") ? ChangeKind::kStatic
                                                                        : ChangeKind::kContent;
  }
  if (StartsWithFolder(relative, "assets")) return ChangeKind::kThemeAsset;
  // Interface texts change words on every page, exactly as a template does.
  for (std::string_view folder : {"layouts", "partials", "i18n"}) {
    if (relative == folder || StartsWithFolder(relative, folder)) return ChangeKind::kTemplate;
  }
  return ChangeKind::kOther;
}

bool IsScratchFile(std::string_view relative) {
  // A hidden folder anywhere on the path hides the file from the loaders too.
  size_t start = 0;
  while (start < relative.size()) {
    size_t end = relative.find('/', start);
    if (end == std::string_view::npos) end = relative.size();
    if (end > start && relative[start] == '.') return true;
    start = end + 1;
  }
  const std::string_view name = LastComponent(relative);
  if (name.empty()) return false;
  if (name.ends_with("~") || name == "4913") return true;  // backups; vim's write test
  if (name.ends_with(".swp") || name.ends_with(".swx") || name.ends_with(".swo")) return true;
  return name.size() >= 2 && name.front() == '#' && name.back() == '#';  // emacs auto-save
}

ChangeBatch MergeChanges(const std::vector<RawChange>& raw, const std::vector<std::string>& roots,
                         const std::vector<RootRole>& roles) {
  std::map<std::pair<size_t, std::string>, std::optional<ChangeType>> folded;
  for (const RawChange& r : raw) {
    if (r.root >= roots.size() || r.root >= roles.size()) continue;
    if (IsScratchFile(r.relative)) continue;
    auto key = std::make_pair(r.root, r.relative);
    auto it = folded.find(key);
    if (it == folded.end()) {
      folded.emplace(std::move(key), r.type);
    } else {
      it->second = Fold(it->second, r.type);
    }
  }
  ChangeBatch batch;
  for (const auto& [key, type] : folded) {
    if (!type) continue;
    const auto& [root, relative] = key;
    std::string path = roots[root];
    if (!relative.empty()) {
      if (!path.empty() && path.back() != '/') path += '/';
      path += relative;
    }
    batch.changes.push_back(Change{path, relative, ClassifyPath(roles[root], relative), *type});
  }
  std::sort(batch.changes.begin(), batch.changes.end(),
            [](const Change& a, const Change& b) { return a.path < b.path; });
  return batch;
}

const char* KindName(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kContent: return "content file";
    case ChangeKind::kTemplate: return "theme template";
    case ChangeKind::kThemeAsset: return "theme asset";
    case ChangeKind::kStatic: return "static file";
    case ChangeKind::kOther: return "other file";
  }
  return "file";
}

}  // namespace maillon
