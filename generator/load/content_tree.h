// Reading a content folder: which files are content, read them, parse them into Documents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "load/document.h"

namespace maillon {

// The folders of content/, each holding one kind (file names are slugs).
inline constexpr const char* kKindFolders[] = {"municipalities", "organizations", "activities",
                                               "suppers",        "communities",   "news",
                                               "pages"};
// The top-level files: site.yaml (required), categories.yaml, resources.yaml.
inline constexpr const char* kTopLevelFiles[] = {"site", "categories", "resources"};

struct LoadedContent {
  std::vector<Document> documents;  // sorted by path
  std::vector<std::string> static_files;  // paths under content/static/, relative to it
};

class DocumentCache;

struct LoadOptions {
  int jobs = 1;  // threads reading and parsing files
  // Documents parsed by an earlier load, reused for files whose stamp is unchanged (the preview
  // server's rebuilds); nullptr parses every file.
  DocumentCache* cache = nullptr;
};

// Walks `content_dir` and loads every content file (.yaml, .yml, .md). Reports unreadable
// files, unknown folders and files with other extensions (warnings), a missing site.yaml, and
// every per-file problem (see CleanText, SplitFrontMatter, ParseYaml). Never throws.
// content/README.md and files starting with '.' are ignored; content/static/ is listed, not parsed.
LoadedContent LoadContentTree(const std::string& content_dir, Diagnostics& diags,
                              const LoadOptions& options = {});

// Reads and parses again the file of a document loaded before (same path, kind and slug), as
// LoadContentTree does, through `cache` when given. Nothing when the file cannot be read
// (reported in `diags`).
std::optional<Document> ReloadDocument(const Document& loaded, DocumentCache* cache,
                                       Diagnostics& diags);

// Parses one file's bytes into a Document (no I/O): what LoadContentTree does per file.
Document ParseDocument(const std::string& display_path, const std::string& folder,
                       const std::string& slug, std::string_view bytes, Diagnostics& diags);

}  // namespace maillon
