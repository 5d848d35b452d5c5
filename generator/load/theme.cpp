// LoadTheme: a theme folder's templates, translations and asset list.
#include "load/theme.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "load/read_file.h"

namespace maillon {

namespace fs = std::filesystem;

namespace {

// Reads every `ext` file directly in `dir` into `out`, keyed by file stem. Other visible files
// are reported as ignored; a missing folder is left to the caller.
void ReadTextFiles(const fs::path& dir, const std::string& display, const std::string& ext,
                   std::map<std::string, std::string>& out, Diagnostics& diags) {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    diags.Error(FolderPos(display), "",
                Text("cannot list the folder: ", "impossible de lire le dossier : ") + ec.message());
    return;
  }
  std::sort(entries.begin(), entries.end());
  for (const fs::directory_entry& entry : entries) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    const std::string file_display = JoinDisplayPath(display, name);
    std::error_code ec2;
    if (entry.path().extension() != ext || !entry.is_regular_file(ec2)) {
      diags.Warning(FilePos(file_display), "",
                    Text("ignored ", "ignoré : ") + Quoted(name) +
                        Text("; this folder holds " + ext + " files",
                             " ; ce dossier contient des fichiers " + ext));
      continue;
    }
    std::string text;
    Text error;
    if (!ReadFileBytes(entry.path(), text, error)) {
      diags.Error(FilePos(file_display), "",
                  Text("cannot read the file: ", "impossible de lire le fichier : ") + error);
      continue;
    }
    out[entry.path().stem().string()] = std::move(text);
  }
}

// Lists assets/ recursively as "assets/<relative path>" -> path on disk. Symbolic links to
// folders are not followed, so a link loop cannot hang the build.
void ListAssets(const fs::path& dir, const std::string& display,
                std::map<std::string, std::string>& out, Diagnostics& diags) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  const fs::recursive_directory_iterator end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code ec2;
    if (it->path().filename().string().rfind('.', 0) == 0) {
      if (it->is_directory(ec2)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec2)) continue;
    const std::string rel = it->path().lexically_relative(dir).generic_string();
    out["assets/" + rel] = it->path().generic_string();
  }
  if (ec) {
    diags.Error(FolderPos(display), "",
                Text("cannot list the folder: ", "impossible de lire le dossier : ") + ec.message());
  }
}

}  // namespace

std::string Theme::FilePath(const std::string& folder, const std::string& name) const {
  const std::string key = folder + "/" + name;
  const std::string ext = folder == "i18n" ? ".yaml" : ".mustache";
  auto it = shadowed.find(key);
  return JoinDisplayPath(it == shadowed.end() ? dir : it->second, key + ext);
}

namespace {

// Reads the text files of `root` into `theme` (replacing those of the same name), noting them
// in `shadowed` when `overlay`.
void ReadThemeFolder(const fs::path& root, const std::string& display, bool overlay,
                     Theme& theme, Diagnostics& diags) {
  std::error_code ec;
  const struct {
    const char* folder;
    const char* ext;
    std::map<std::string, std::string>* out;
  } kFolders[] = {
      {"layouts", ".mustache", &theme.layouts},
      {"partials", ".mustache", &theme.partials},
      {"i18n", ".yaml", &theme.i18n},
  };
  for (const auto& f : kFolders) {
    if (!fs::is_directory(root / f.folder, ec)) continue;
    std::map<std::string, std::string> files;
    ReadTextFiles(root / f.folder, JoinDisplayPath(display, f.folder), f.ext, files, diags);
    for (auto& [name, text] : files) {
      if (overlay) theme.shadowed[std::string(f.folder) + "/" + name] = display;
      (*f.out)[name] = std::move(text);
    }
  }
  if (fs::is_directory(root / "assets", ec)) {
    std::map<std::string, std::string> assets;
    ListAssets(root / "assets", JoinDisplayPath(display, "assets"), assets, diags);
    for (auto& [site_path, disk_path] : assets) theme.assets[site_path] = std::move(disk_path);
  }
}

}  // namespace

Theme LoadTheme(const std::string& theme_dir, Diagnostics& diags,
                const std::vector<std::string>& overlays) {
  Theme theme;
  theme.dir = theme_dir;
  const fs::path root(theme_dir);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    diags.Error(FolderPos(theme_dir), "",
                {"theme folder not found; expected a folder with layouts/, partials/ and assets/",
                 "dossier de thème introuvable ; attendu : un dossier avec layouts/, partials/ "
                 "et assets/"});
    return theme;
  }
  if (!fs::is_directory(root / "layouts", ec)) {
    diags.Error(FolderPos(JoinDisplayPath(theme_dir, "layouts")), "",
                {"layouts folder not found; a theme needs layouts/ with one .mustache file per "
                 "page type",
                 "dossier layouts introuvable ; un thème a besoin de layouts/ avec un fichier "
                 ".mustache par type de page"});
  }
  ReadThemeFolder(root, theme_dir, false, theme, diags);
  for (const std::string& overlay : overlays) {
    if (overlay.empty() || !fs::is_directory(overlay, ec)) continue;
    theme.overlays.push_back(overlay);
    ReadThemeFolder(fs::path(overlay), overlay, true, theme, diags);
  }
  return theme;
}

std::string ThemeBeside(const std::string& theme_dir, const std::string& slug) {
  if (slug.empty()) return "";
  fs::path dir = fs::path(theme_dir);
  if (!dir.has_filename()) dir = dir.parent_path();  // "themes/default/"
  const fs::path overlay = dir.parent_path() / slug;
  std::error_code ec;
  if (!fs::is_directory(overlay, ec) || fs::equivalent(overlay, dir, ec)) return "";
  return overlay.generic_string();
}

}  // namespace maillon
