// LoadContentTree: walks content/, checks folder and file names, and parses each content file.
#include "load/content_tree.h"

#include <fcntl.h>

#include <dirent.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <map>
#include <memory>
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

// A folder entry as listed: its name, and its type as the listing gives it (DT_UNKNOWN when
// the file system does not say).
struct FolderEntry {
  std::string name;
  unsigned char type = DT_UNKNOWN;
};

struct DirCloser {
  void operator()(DIR* dir) const { ::closedir(dir); }
};
using OpenFolder = std::unique_ptr<DIR, DirCloser>;

// A folder's entries sorted by name (directory order is arbitrary), and the folder still open,
// so its files can be opened relative to it (see ReadFileBytesAt).
struct FolderListing {
  OpenFolder folder;
  std::vector<FolderEntry> entries;
};

// Lists `dir`, or returns nothing after reporting why it could not be listed. Read with
// readdir: std::filesystem builds a path of all the components for each entry, a dozen
// allocations per file that cost more than the rest of the walk.
FolderListing ListFolder(const std::string& dir, const std::string& display, Diagnostics& diags) {
  auto cannot_list = [&](int err) {
    const std::string why = std::error_code(err, std::generic_category()).message();
    diags.Error(FilePos(display), "", Text("cannot list the folder: ", "impossible de lire le dossier : ") + why);
    return FolderListing();
  };
  FolderListing listing;
  listing.folder.reset(::opendir(dir.c_str()));
  if (!listing.folder) return cannot_list(errno);
  while (true) {
    errno = 0;
    const dirent* entry = ::readdir(listing.folder.get());
    if (!entry) {
      if (errno) return cannot_list(errno);
      break;
    }
    const std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    listing.entries.push_back({std::string(name), entry->d_type});
  }
  std::sort(listing.entries.begin(), listing.entries.end(),
            [](const FolderEntry& a, const FolderEntry& b) { return a.name < b.name; });
  return listing;
}

// A file name's extension and stem as std::filesystem splits them, for names not starting with
// '.' (the walk skips those): "x.md" -> ".md" and "x"; "x" -> "" and "x".
std::string_view ExtensionOf(std::string_view name) {
  const size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view() : name.substr(dot);
}

std::string_view StemOf(std::string_view name) {
  return name.substr(0, name.size() - ExtensionOf(name).size());
}

// Whether the file name in `path` has the extension ".md" (".md" alone is a name, not one).
bool IsMarkdownPath(std::string_view path) {
  const size_t slash = path.rfind('/');
  return ExtensionOf(slash == std::string_view::npos ? path : path.substr(slash + 1)) == ".md";
}

// A content file found by the walk, to be read and parsed once the walk is over.
struct FileJob {
  std::string path;  // from the working folder, for the cache's stamp
  int folder_fd;     // the open folder of the file, read as `name` relative to it
  std::string name;
  std::string display;
  std::string folder;
  std::string slug;
};

// Reads and parses one file, or takes it from `cache` when its stamp is unchanged. An
// unreadable file is reported, not fatal (and not cached: the next load tries again). `bytes`
// is the worker's read buffer, reused from file to file.
void LoadFile(const FileJob& job, DocumentCache* cache, Diagnostics& diags,
              std::optional<Document>& doc, bool& reused, std::string& bytes) {
  FileStamp stamp;
  const bool stamped = cache && StampFile(job.path, stamp);
  if (stamped) {
    Document cached;
    if (cache->Lookup(job.display, stamp, cached, diags)) {
      doc = std::move(cached);
      reused = true;
      return;
    }
  }
  Text error;
  if (!ReadFileBytesAt(job.folder_fd, job.name.c_str(), bytes, error)) {
    diags.Error(FilePos(job.display), "",
                Text("cannot read the file: ", "impossible de lire le fichier : ") + error);
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
  std::vector<std::string> buffers(WorkerCount(jobs.size(), options.jobs));
  ForEachIndex(jobs.size(), options.jobs, [&](size_t i, size_t worker) {
    bool hit = false;
    try {
      LoadFile(jobs[i], options.cache, file_diags[i], loaded[i], hit, buffers[worker]);
    } catch (const std::exception& e) {  // out of memory: report the file, go on with the rest
      file_diags[i].Error(FilePos(jobs[i].display), "",
                          Text("cannot load the file: ", "impossible de charger le fichier : ") +
                              e.what());
    }
    reused[i] = hit;
  });
  docs.reserve(docs.size() + jobs.size());
  for (size_t i = 0; i < jobs.size(); ++i) {
    diags.Merge(std::move(file_diags[i]));
    if (loaded[i]) docs.push_back(std::move(*loaded[i]));
  }
  if (options.cache) {
    std::set<std::string> paths;
    for (const FileJob& job : jobs) paths.insert(job.display);
    options.cache->Keep(paths);
    options.cache->reused = size_t(std::count(reused.begin(), reused.end(), 1));
    options.cache->parsed = jobs.size() - options.cache->reused;
  }
}

// Whether the symbolic link `path` leads to a file within `root` (the content folder, resolved):
// a link out of it could publish, or print in messages, any file the build can read.
bool LeadsInside(const fs::path& path, const fs::path& root) {
  std::error_code ec;
  const fs::path target = fs::canonical(path, ec);
  if (ec || root.empty()) return false;
  return std::mismatch(root.begin(), root.end(), target.begin(), target.end()).first == root.end();
}

// What an entry is once symbolic links are resolved. Reports broken links, links leading out of
// `root` and special files.
enum class EntryType { kFile, kFolder, kFolderLink, kOther };

EntryType TypeOf(const std::string& path, unsigned char listed_type, const std::string& display,
                 const fs::path& root, Diagnostics& diags) {
  // Not a symbolic link: the type the folder listing gave is the answer, without a stat.
  if (listed_type == DT_REG) return EntryType::kFile;
  if (listed_type == DT_DIR) return EntryType::kFolder;
  std::error_code ec, link_ec;
  const bool link = listed_type == DT_LNK || (listed_type == DT_UNKNOWN &&
                                              fs::is_symlink(fs::symlink_status(path, link_ec)));
  const fs::file_status st = fs::status(path, ec);  // follows symbolic links
  if (link && ec == std::errc::too_many_symbolic_link_levels) {
    diags.Error(FilePos(display), "",
                {"symbolic link loop: the link leads back to itself; point it at a file or "
                 "remove it",
                 "boucle de liens symboliques : le lien mène à lui-même ; faites-le pointer vers "
                 "un fichier ou supprimez-le"});
    return EntryType::kOther;
  }
  if (ec || !fs::exists(st)) {
    diags.Error(FilePos(display), "",
                link ? Text("broken symbolic link; point it at a file or remove it",
                            "lien symbolique brisé ; faites-le pointer vers un fichier ou "
                            "supprimez-le")
                     : Text("cannot read the file: ", "impossible de lire le fichier : ") +
                           ec.message());
    return EntryType::kOther;
  }
  if (fs::is_directory(st)) return link ? EntryType::kFolderLink : EntryType::kFolder;
  if (link && fs::is_regular_file(st) && !LeadsInside(path, root)) {
    diags.Error(FilePos(display), "",
                {"symbolic link to a file outside the content folder, which is never read; "
                 "copy the file here instead",
                 "lien symbolique vers un fichier hors du dossier de contenu, qui n'est jamais "
                 "lu ; copiez plutôt le fichier ici"});
    return EntryType::kOther;
  }
  if (fs::is_regular_file(st)) return EntryType::kFile;
  diags.Error(FilePos(display), "",
              {"not a regular file; expected a text file",
               "ce n'est pas un fichier ordinaire ; un fichier texte est attendu"});
  return EntryType::kOther;
}

// Adds the files of `dir` to `jobs`, and the open folder they are relative to to `folders`.
void LoadKindFolder(const std::string& dir, const std::string& display, const std::string& folder,
                    const fs::path& root, Diagnostics& diags, std::vector<FileJob>& jobs,
                    std::vector<OpenFolder>& folders) {
  FolderListing listing = ListFolder(dir, display, diags);
  if (!listing.folder) return;
  const int folder_fd = ::dirfd(listing.folder.get());
  folders.push_back(std::move(listing.folder));
  std::map<std::string_view, std::string_view> files_by_slug;  // slug -> first file name
  for (const FolderEntry& entry : listing.entries) {
    const std::string& name = entry.name;
    if (name.empty() || name[0] == '.') continue;
    std::string file_display = JoinDisplayPath(display, name);
    std::string path = JoinDisplayPath(dir, name);
    const EntryType type = TypeOf(path, entry.type, file_display, root, diags);
    if (type == EntryType::kOther) continue;
    if (type != EntryType::kFile) {
      diags.Warning(FilePos(file_display), "",
                    Text("subfolder ", "le sous-dossier ") + Quoted(name) +
                        Text(" is not supported and is ignored; put its files directly in " +
                                 folder + "/",
                             " n'est pas pris en charge et est ignoré ; mettez ses fichiers "
                             "directement dans " + folder + "/"));
      continue;
    }
    const std::string_view ext = ExtensionOf(name);
    const std::string_view stem = StemOf(name);
    if (ext != ".md" && ext != ".yaml" && ext != ".yml") {
      diags.Warning(FilePos(file_display), "",
                    Text("ignored file ", "fichier ignoré ") + Quoted(name) +
                        Text("; " + folder +
                                 "/ holds .md, .yaml or .yml files (other files go in static/)",
                             " ; " + folder +
                                 "/ contient des fichiers .md, .yaml ou .yml (les autres "
                                 "fichiers vont dans static/)"));
      continue;
    }
    if (!IsSlug(stem)) {
      const std::string slug = Slugify(stem);
      diags.Error(FilePos(file_display), "",
                  Text("file name ", "le nom de fichier ") + Quoted(name) +
                      Text(" is not a valid slug; expected lowercase letters, digits and hyphens",
                           " n'est pas un identifiant valide ; attendu : des lettres minuscules, "
                           "des chiffres et des traits d'union") +
                      (slug.empty() ? Text() : Text(", e.g. ", ", par exemple ") + Quoted(slug)));
    }
    auto [it, inserted] = files_by_slug.emplace(stem, name);
    if (!inserted) {
      diags.Error(FilePos(file_display), "",
                  Quoted(std::string(it->second)) + Text(" and ", " et ") + Quoted(name) +
                      Text(" both define ", " définissent tous deux ") +
                      Quoted(std::string(stem)) +
                      Text(" in " + folder + "/; keep one",
                           " dans " + folder + "/ ; gardez-en un seul"));
      continue;
    }
    jobs.push_back({std::move(path), folder_fd, name, std::move(file_display), folder,
                    std::string(stem)});
  }
}

// Lists content/static/ recursively; its files are copied, never parsed.
void ListStaticFiles(const fs::path& dir, const std::string& display, const fs::path& root,
                     Diagnostics& diags, std::vector<std::string>& out) {
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
                    {"symbolic link to a folder is not followed; copy the folder here instead",
                     "un lien symbolique vers un dossier n'est pas suivi ; copiez plutôt le "
                     "dossier ici"});
      continue;
    }
    if (!it->is_regular_file(ec2)) continue;
    if (it->is_symlink(ec2) && !LeadsInside(path, root)) {
      diags.Warning(FilePos(JoinDisplayPath(display, rel)), "",
                    {"symbolic link to a file outside the content folder is not copied; copy "
                     "the file here instead",
                     "un lien symbolique vers un fichier hors du dossier de contenu n'est pas "
                     "copié ; copiez plutôt le fichier ici"});
      continue;
    }
    out.push_back(rel);
  }
  if (ec) {
    diags.Error(FilePos(display), "",
                Text("cannot list the folder: ", "impossible de lire le dossier : ") +
                    ec.message());
  }
  std::sort(out.begin(), out.end());
}

}  // namespace

std::optional<Document> ReloadDocument(const Document& loaded, DocumentCache* cache,
                                       Diagnostics& diags) {
  std::optional<Document> doc;
  bool reused = false;
  try {
    std::string bytes;
    LoadFile({loaded.path, AT_FDCWD, loaded.path, loaded.path, loaded.folder, loaded.slug}, cache,
             diags, doc, reused, bytes);
  } catch (const std::exception& e) {
    diags.Error(FilePos(loaded.path), "",
                Text("cannot load the file: ", "impossible de charger le fichier : ") + e.what());
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
  doc.is_markdown = IsMarkdownPath(display_path);
  doc.data.pos = doc.pos;
  // Views into `bytes` (or `cleaned`, when line endings changed): only the body is copied.
  std::string cleaned;
  const std::optional<std::string_view> text = CleanTextView(bytes, doc.pos, diags, cleaned);
  if (!text) return doc;
  if (!doc.is_markdown) {
    doc.data = ParseYaml(*text, MakePos(doc.pos.file, 1, 1), diags);
    return doc;
  }
  const FrontMatterView fm = SplitFrontMatterView(*text, doc.pos, diags);
  if (!fm.found) {
    diags.Error(MakePos(doc.pos.file, 1, 1), "",
                {"missing front matter; a Markdown file starts with a line ---, its fields, then "
                 "another ---",
                 "en-tête manquant ; un fichier Markdown commence par une ligne ---, ses champs, "
                 "puis une autre ligne ---"});
  } else if (!fm.yaml.empty()) {
    doc.data = ParseYaml(fm.yaml, MakePos(doc.pos.file, fm.yaml_line, 1), diags);
  }
  doc.body = std::string(fm.body);
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
                {"content folder not found; expected a folder with site.yaml and folders such as "
                 "news/ and pages/",
                 "dossier de contenu introuvable ; attendu : un dossier avec site.yaml et des "
                 "dossiers comme news/ et pages/"});
    return out;
  }
  const fs::path root = fs::canonical(content_dir, ec);  // what symbolic links must stay within
  std::vector<std::string> folder_names(std::begin(kKindFolders), std::end(kKindFolders));
  folder_names.emplace_back(kStaticFolder);
  std::vector<std::string> top_files;
  for (const char* t : kTopLevelFiles) top_files.push_back(std::string(t) + ".yaml");

  std::map<std::string, std::string> top_by_stem;  // "site" -> "site.yaml"
  std::vector<OpenFolder> folders;  // open until every file is read
  FolderListing listing = ListFolder(content_dir, content_dir, diags);
  const int content_fd = listing.folder ? ::dirfd(listing.folder.get()) : -1;
  if (listing.folder) folders.push_back(std::move(listing.folder));
  for (const FolderEntry& entry : listing.entries) {
    const std::string& name = entry.name;
    if (name.empty() || name[0] == '.' || name == "README.md") continue;
    // The content folder as given, joined with a name: the path to show and to open.
    const std::string display = JoinDisplayPath(content_dir, name);
    const EntryType type = TypeOf(display, entry.type, display, root, diags);
    if (type == EntryType::kOther) continue;
    if (type == EntryType::kFolderLink) {
      diags.Warning(FilePos(display), "",
                    {"symbolic link to a folder is not followed; move the folder into the "
                     "content folder instead",
                     "un lien symbolique vers un dossier n'est pas suivi ; déplacez plutôt le "
                     "dossier dans le dossier de contenu"});
      continue;
    }
    if (type == EntryType::kFolder) {
      if (name == kStaticFolder) {
        ListStaticFiles(display, display, root, diags, out.static_files);
      } else if (IsKindFolder(name)) {
        LoadKindFolder(display, display, name, root, diags, jobs, folders);
      } else {
        diags.Warning(FilePos(display), "",
                      Text("unknown folder ", "dossier inconnu ") + Quoted(name) +
                          Text(" is ignored; expected one of " + ExpectedFolders(),
                               " ignoré ; dossiers possibles : " + ExpectedFolders()),
                      DidYouMean(ClosestMatches(name, folder_names)));
      }
      continue;
    }
    const std::string_view ext = ExtensionOf(name);
    const std::string stem(StemOf(name));
    if ((ext == ".yaml" || ext == ".yml") && IsTopLevelFile(stem)) {
      auto [it, inserted] = top_by_stem.emplace(stem, name);
      if (!inserted) {
        diags.Error(FilePos(display), "",
                    Quoted(it->second) + Text(" and ", " et ") + Quoted(name) +
                        Text(" are the same file; keep one",
                             " sont le même fichier ; gardez-en un seul"));
        continue;
      }
      jobs.push_back({display, content_fd, name, display, "", stem});
      continue;
    }
    std::vector<std::string> near = ClosestMatches(name, top_files);
    if (near.empty()) near = ClosestMatches(name, folder_names);
    diags.Warning(FilePos(display), "",
                  Text("unknown file ", "fichier inconnu ") + Quoted(name) +
                      Text(" is ignored; expected site.yaml, categories.yaml, resources.yaml, or "
                           "a folder such as news/ or pages/",
                           " ignoré ; attendu : site.yaml, categories.yaml, resources.yaml, ou "
                           "un dossier comme news/ ou pages/"),
                  DidYouMean(near));
  }
  if (top_by_stem.find("site") == top_by_stem.end()) {
    diags.Error(FolderPos(content_dir), "",
                {"missing site.yaml; expected a site.yaml file in the content folder with at least "
                 "'title' and 'base_url'",
                 "site.yaml manquant ; attendu : un fichier site.yaml dans le dossier de contenu "
                 "avec au moins « title » et « base_url »"});
  }
  LoadFiles(jobs, options, diags, out.documents);
  // The walk's order is usually already by path ("a/x.md" and "a.yaml" are the exception).
  const auto by_path = [](const Document& a, const Document& b) { return a.path < b.path; };
  if (!std::is_sorted(out.documents.begin(), out.documents.end(), by_path)) {
    std::sort(out.documents.begin(), out.documents.end(), by_path);
  }
  return out;
}

}  // namespace maillon
