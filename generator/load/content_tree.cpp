// LoadContentTree: walks content/, checks folder and file names, and parses each content file.
#include "load/content_tree.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "diag/spellcheck.h"
#include "load/document_cache.h"
#include "load/front_matter.h"
#include "load/read_file.h"
#include "load/text_checks.h"
#include "load/yaml_parser.h"
#include "model/parallel.h"
#include "model/text.h"

namespace maillon {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kStaticFolder = "static";

bool IsKindFolder(std::string_view name) {
  for (const char* k : kKindFolders) {
    if (name == k) return true;
  }
  return false;
}

bool IsTopLevelFile(std::string_view stem) {
  for (const char* k : kTopLevelFiles) {
    if (stem == k) return true;
  }
  return false;
}

std::string ExpectedFolders() {
  std::string out;
  for (const char* k : kKindFolders) out += std::string(k) + "/, ";
  return out + "static/";
}

// The entries of `dir` sorted by name (directory order is arbitrary), or nothing after reporting
// why the folder could not be listed.
std::vector<fs::directory_entry> ListFolder(const fs::path& dir, const std::string& display,
                                            Diagnostics& diags) {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    diags.Error(FilePos(display), "", "cannot list the folder: " + ec.message());
    return {};
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  return entries;
}

// A content file found by the walk, to be read and parsed once the walk is over.
struct FileJob {
  fs::path path;
  std::string display;
  std::string folder;
  std::string slug;
};

// Reads and parses one file, or takes it from `cache` when its stamp is unchanged. An
// unreadable file is reported, not fatal (and not cached: the next load tries again).
void LoadFile(const FileJob& job, DocumentCache* cache, Diagnostics& diags,
              std::optional<Document>& doc, bool& reused) {
  FileStamp stamp;
  const bool stamped = cache && StampFile(job.path.string(), stamp);
  Document cached;
  if (stamped && cache->Lookup(job.display, stamp, cached, diags)) {
    doc = std::move(cached);
    reused = true;
    return;
  }
  std::string bytes, error;
  if (!ReadFileBytes(job.path, bytes, error)) {
    diags.Error(FilePos(job.display), "", "cannot read the file: " + error);
    return;
  }
  doc = ParseDocument(job.display, job.folder, job.slug, bytes, diags);
  // Stamped before reading: a write during the read leaves a stale stamp, so the next load
  // reads the file again rather than keeping a half-written version.
  if (stamped) cache->Store(job.display, stamp, *doc, diags);
}

// Loads every job on `options.jobs` threads; documents and diagnostics come out in job order.
void LoadFiles(const std::vector<FileJob>& jobs, const LoadOptions& options, Diagnostics& diags,
               std::vector<Document>& docs) {
  std::vector<Diagnostics> file_diags(jobs.size());
  std::vector<std::optional<Document>> loaded(jobs.size());
  std::vector<char> reused(jobs.size(), 0);
  ForEachIndex(jobs.size(), options.jobs, [&](size_t i) {
    bool hit = false;
    try {
      LoadFile(jobs[i], options.cache, file_diags[i], loaded[i], hit);
    } catch (const std::exception& e) {  // out of memory: report the file, go on with the rest
      file_diags[i].Error(FilePos(jobs[i].display), "", std::string("cannot load the file: ") +
                                                            e.what());
    }
    reused[i] = hit;
  });
  std::set<std::string> paths;
  for (size_t i = 0; i < jobs.size(); ++i) {
    diags.Merge(std::move(file_diags[i]));
    paths.insert(jobs[i].display);
    if (loaded[i]) docs.push_back(std::move(*loaded[i]));
  }
  if (options.cache) {
    options.cache->Keep(paths);
    options.cache->reused = size_t(std::count(reused.begin(), reused.end(), 1));
    options.cache->parsed = jobs.size() - options.cache->reused;
  }
}

// What an entry is once symbolic links are resolved. Reports broken links and special files.
enum class EntryType { kFile, kFolder, kFolderLink, kOther };

EntryType TypeOf(const fs::directory_entry& entry, const std::string& display,
                 Diagnostics& diags) {
  std::error_code ec;
  const fs::file_status st = entry.status(ec);  // follows symbolic links
  if (ec || !fs::exists(st)) {
    diags.Error(FilePos(display), "",
                entry.is_symlink(ec) ? "broken symbolic link; point it at a file or remove it"
                                     : "cannot read the file: " + ec.message());
    return EntryType::kOther;
  }
  if (fs::is_directory(st)) {
    return entry.is_symlink(ec) ? EntryType::kFolderLink : EntryType::kFolder;
  }
  if (fs::is_regular_file(st)) return EntryType::kFile;
  diags.Error(FilePos(display), "", "not a regular file; expected a text file");
  return EntryType::kOther;
}

void LoadKindFolder(const fs::path& dir, const std::string& display, const std::string& folder,
                    Diagnostics& diags, std::vector<FileJob>& jobs) {
  std::map<std::string, std::string> files_by_slug;  // slug -> first file name
  for (const fs::directory_entry& entry : ListFolder(dir, display, diags)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    const std::string file_display = JoinDisplayPath(display, name);
    const EntryType type = TypeOf(entry, file_display, diags);
    if (type == EntryType::kOther) continue;
    if (type != EntryType::kFile) {
      diags.Warning(FilePos(file_display), "",
                    "subfolder '" + name + "' is not supported and is ignored; put its files "
                    "directly in " + folder + "/");
      continue;
    }
    const std::string ext = entry.path().extension().string();
    const std::string stem = entry.path().stem().string();
    if (ext != ".md" && ext != ".yaml" && ext != ".yml") {
      diags.Warning(FilePos(file_display), "",
                    "ignored file '" + name + "'; " + folder +
                        "/ holds .md, .yaml or .yml files (other files go in static/)");
      continue;
    }
    if (!IsSlug(stem)) {
      const std::string slug = Slugify(stem);
      diags.Error(FilePos(file_display), "",
                  "file name '" + name + "' is not a valid slug; expected lowercase letters, "
                  "digits and hyphens" + (slug.empty() ? "" : ", e.g. '" + slug + "'"));
    }
    auto [it, inserted] = files_by_slug.emplace(stem, name);
    if (!inserted) {
      diags.Error(FilePos(file_display), "",
                  "'" + it->second + "' and '" + name + "' both define '" + stem + "' in " +
                      folder + "/; keep one");
      continue;
    }
    jobs.push_back({entry.path(), file_display, folder, stem});
  }
}

// Lists content/static/ recursively; its files are copied, never parsed.
void ListStaticFiles(const fs::path& dir, const std::string& display, Diagnostics& diags,
                     std::vector<std::string>& out) {
  std::error_code ec;
  // Symbolic links to folders are not followed (the default), so a link loop cannot hang us.
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  const fs::recursive_directory_iterator end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    const std::string rel = path.lexically_relative(dir).generic_string();
    std::error_code ec2;
    if (path.filename().string().rfind('.', 0) == 0) {
      if (it->is_directory(ec2)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink(ec2) && it->is_directory(ec2)) {
      diags.Warning(FilePos(JoinDisplayPath(display, rel)), "",
                    "symbolic link to a folder is not followed; copy the folder here instead");
      continue;
    }
    if (it->is_regular_file(ec2)) out.push_back(rel);
  }
  if (ec) diags.Error(FilePos(display), "", "cannot list the folder: " + ec.message());
  std::sort(out.begin(), out.end());
}

}  // namespace

std::optional<Document> ReloadDocument(const Document& loaded, DocumentCache* cache,
                                       Diagnostics& diags) {
  std::optional<Document> doc;
  bool reused = false;
  try {
    LoadFile({loaded.path, loaded.path, loaded.folder, loaded.slug}, cache, diags, doc, reused);
  } catch (const std::exception& e) {
    diags.Error(FilePos(loaded.path), "", std::string("cannot load the file: ") + e.what());
    doc.reset();
  }
  return doc;
}

Document ParseDocument(const std::string& display_path, const std::string& folder,
                       const std::string& slug, std::string_view bytes, Diagnostics& diags) {
  Document doc;
  doc.path = display_path;
  doc.pos = FilePos(display_path);
  doc.folder = folder;
  doc.slug = slug;
  doc.is_markdown = fs::path(display_path).extension() == ".md";
  doc.data.pos = doc.pos;
  std::optional<std::string> text = CleanText(bytes, doc.pos, diags);
  if (!text) return doc;
  if (!doc.is_markdown) {
    doc.data = ParseYaml(*text, MakePos(doc.pos.file, 1, 1), diags);
    return doc;
  }
  FrontMatter fm = SplitFrontMatter(*text, doc.pos, diags);
  if (!fm.found) {
    diags.Error(MakePos(doc.pos.file, 1, 1), "",
                "missing front matter; a Markdown file starts with a line ---, its fields, then "
                "another ---");
  } else if (!fm.yaml.empty()) {
    doc.data = ParseYaml(fm.yaml, MakePos(doc.pos.file, fm.yaml_line, 1), diags);
  }
  doc.body = std::move(fm.body);
  doc.body_line = fm.body_line;
  return doc;
}

LoadedContent LoadContentTree(const std::string& content_dir, Diagnostics& diags,
                              const LoadOptions& options) {
  LoadedContent out;
  std::vector<FileJob> jobs;
  std::error_code ec;
  if (!fs::is_directory(content_dir, ec)) {
    diags.Error(FolderPos(content_dir), "",
                "content folder not found; expected a folder with site.yaml and folders such as "
                "news/ and pages/");
    return out;
  }
  std::vector<std::string> folder_names(std::begin(kKindFolders), std::end(kKindFolders));
  folder_names.emplace_back(kStaticFolder);
  std::vector<std::string> top_files;
  for (const char* t : kTopLevelFiles) top_files.push_back(std::string(t) + ".yaml");

  std::map<std::string, std::string> top_by_stem;  // "site" -> "site.yaml"
  for (const fs::directory_entry& entry : ListFolder(content_dir, content_dir, diags)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.' || name == "README.md") continue;
    const std::string display = JoinDisplayPath(content_dir, name);
    const EntryType type = TypeOf(entry, display, diags);
    if (type == EntryType::kOther) continue;
    if (type == EntryType::kFolderLink) {
      diags.Warning(FilePos(display), "",
                    "symbolic link to a folder is not followed; move the folder into the "
                    "content folder instead");
      continue;
    }
    if (type == EntryType::kFolder) {
      if (name == kStaticFolder) {
        ListStaticFiles(entry.path(), display, diags, out.static_files);
      } else if (IsKindFolder(name)) {
        LoadKindFolder(entry.path(), display, name, diags, jobs);
      } else {
        diags.Warning(FilePos(display), "",
                      "unknown folder '" + name + "' is ignored; expected one of " +
                          ExpectedFolders(),
                      DidYouMean(ClosestMatches(name, folder_names)));
      }
      continue;
    }
    const std::string ext = entry.path().extension().string();
    const std::string stem = entry.path().stem().string();
    if ((ext == ".yaml" || ext == ".yml") && IsTopLevelFile(stem)) {
      auto [it, inserted] = top_by_stem.emplace(stem, name);
      if (!inserted) {
        diags.Error(FilePos(display), "",
                    "'" + it->second + "' and '" + name + "' are the same file; keep one");
        continue;
      }
      jobs.push_back({entry.path(), display, "", stem});
      continue;
    }
    std::vector<std::string> near = ClosestMatches(name, top_files);
    if (near.empty()) near = ClosestMatches(name, folder_names);
    diags.Warning(FilePos(display), "",
                  "unknown file '" + name + "' is ignored; expected site.yaml, categories.yaml, "
                  "resources.yaml, or a folder such as news/ or pages/",
                  DidYouMean(near));
  }
  if (top_by_stem.find("site") == top_by_stem.end()) {
    diags.Error(FolderPos(content_dir), "",
                "missing site.yaml; expected a site.yaml file in the content folder with at least "
                "'title' and 'base_url'");
  }
  LoadFiles(jobs, options, diags, out.documents);
  std::sort(out.documents.begin(), out.documents.end(),
            [](const Document& a, const Document& b) { return a.path < b.path; });
  return out;
}

}  // namespace maillon
