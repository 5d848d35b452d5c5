// Changed files sorted by kind, so the preview server can pick the smallest rebuild.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace maillon {

// What a watched folder holds.
enum class RootRole { kContent, kTheme };

// What a changed file is to the pipeline; decides how much must be rebuilt.
enum class ChangeKind {
  kContent,     // a content file (YAML, Markdown): the pages showing it
  kTemplate,    // a theme layout, partial or interface text: every page
  kThemeAsset,  // a file under the theme's assets/: copied as is
  kStatic,      // a file under content/static/: copied as is
  kOther,       // anything else, or "the watcher lost track": rebuild everything
};

enum class ChangeType { kCreated, kModified, kRemoved };

// One path reported by a watcher before classification.
struct RawChange {
  size_t root = 0;       // index of the watched root
  std::string relative;  // path under the root with '/' separators; "" for the root itself
  ChangeType type = ChangeType::kModified;
};

struct Change {
  std::string path;      // the root as the user wrote it joined with `relative`
  std::string relative;  // path under its root
  ChangeKind kind = ChangeKind::kOther;
  ChangeType type = ChangeType::kModified;
};

// The changes of one debounced batch, one entry per path, sorted by path.
struct ChangeBatch {
  std::vector<Change> changes;

  bool empty() const { return changes.empty(); }
  // True when every change is a created or modified .css file: a style swap is enough.
  bool OnlyStylesheets() const;
  // "content/news/x.md" for one change, else counts by kind: "2 content files, 1 theme asset".
  std::string Summary() const;
};

// The kind of `relative` (path under a root of `role`).
ChangeKind ClassifyPath(RootRole role, std::string_view relative);

// True for editors' scratch files (vim's .swp and 4913, emacs' #x# and .#x, backups ending
// in '~', hidden files): they come and go while saving and are never part of the site.
bool IsScratchFile(std::string_view relative);

// Folds raw changes into one change per path (created then removed cancels out; removed then
// created is a modification, as editors' atomic saves produce), drops scratch files and
// classifies the rest. `roots` and `roles` are indexed by RawChange::root.
ChangeBatch MergeChanges(const std::vector<RawChange>& raw, const std::vector<std::string>& roots,
                         const std::vector<RootRole>& roles);

// "content file", "theme template"... for messages.
const char* KindName(ChangeKind kind);

}  // namespace maillon
