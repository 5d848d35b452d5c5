// LoadContentTree: walks content/, checks folder and file names, and parses each content file.
#include "load/content_tree.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <string_view>

#include "diag/spellcheck.h"
#include "load/front_matter.h"
#include "load/read_file.h"
#include "load/text_checks.h"
#include "model/text.h"
#include "load/yaml_parser.h"

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

// Reads and parses one content file into `docs`; an unreadable file is reported, not fatal.
void LoadFile(const fs::path& path, const std::string& display, const std::string& folder,
              const std::string& slug, Diagnostics& diags, std::vector<Document>& docs) {
  std::string bytes, error;
  if (!ReadFileBytes(path, bytes, error)) {
    diags.Error(FilePos(display), "", "cannot read the file: " + error);
    return;
  }
  docs.push_back(ParseDocument(display, folder, slug, bytes, diags));
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
                    Diagnostics& diags, std::vector<Document>& docs) {
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
    LoadFile(entry.path(), file_display, folder, stem, diags, docs);
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

LoadedContent LoadContentTree(const std::string& content_dir, Diagnostics& diags) {
  LoadedContent out;
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
        LoadKindFolder(entry.path(), display, name, diags, out.documents);
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
      LoadFile(entry.path(), display, "", stem, diags, out.documents);
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
  std::sort(out.documents.begin(), out.documents.end(),
            [](const Document& a, const Document& b) { return a.path < b.path; });
  return out;
}

}  // namespace maillon
