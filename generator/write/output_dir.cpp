// Atomic output: a temporary sibling folder, an exchange by rename, and a marker file.
#include "write/output_dir.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "model/parallel.h"

namespace maillon {
namespace fs = std::filesystem;

namespace {

fs::path Normal(const std::string& p) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(p, ec), ec);
  return abs.lexically_normal();
}

// True when `inner` is `outer` or lies under it.
bool IsWithin(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin(), o = outer.begin();
  for (; o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;  // trailing slash
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

// The whole content of the file at `path` into `out`; false when it cannot be read.
bool ReadAll(const std::string& path, std::string& out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  out.clear();
  char buffer[65536];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof buffer)) > 0) out.append(buffer, size_t(n));
  ::close(fd);
  return n == 0;
}

// Whether the file at `path` holds exactly `bytes`.
bool SameBytes(const std::string& path, std::string_view bytes) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
      size_t(st.st_size) != bytes.size()) {
    return false;
  }
  std::string existing;
  return ReadAll(path, existing) && existing == bytes;
}

bool SameFile(const std::string& a, const std::string& b) {
  std::string sa, sb;
  return ReadAll(b, sb) && SameBytes(a, sb);
}

bool WriteBytes(const std::string& path, std::string_view bytes, std::string* error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  bool ok = fd >= 0;
  for (size_t done = 0; ok && done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += size_t(n);
  }
  if (fd >= 0 && ::close(fd) != 0) ok = false;
  if (!ok) *error = "cannot write " + path;
  return ok;
}

// Exchanges two paths atomically (Linux renameat2), or renames when `to` does not exist.
bool Exchange(const fs::path& from, const fs::path& to, bool to_exists, std::string* error) {
  if (!to_exists) {
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec) *error = "cannot rename " + from.string() + " to " + to.string() + ": " + ec.message();
    return !ec;
  }
  if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_EXCHANGE) == 0) return true;
  // Filesystems without RENAME_EXCHANGE: two renames, undoing the first if the second fails.
  fs::path aside = to;
  aside += ".old-" + std::to_string(getpid());
  std::error_code ec;
  fs::rename(to, aside, ec);
  if (ec) {
    *error = "cannot move " + to.string() + " aside: " + ec.message();
    return false;
  }
  fs::rename(from, to, ec);
  if (ec) {
    fs::rename(aside, to);
    *error = "cannot rename " + from.string() + " to " + to.string() + ": " + ec.message();
    return false;
  }
  fs::rename(aside, from, ec);  // so the caller removes the old tree under the temporary name
  return true;
}

}  // namespace

bool CheckOutputDir(const WriteOptions& options, Diagnostics& diags) {
  const fs::path out = Normal(options.out_dir);
  const SourcePos at = FolderPos(options.out_dir);
  for (const std::string& p : options.protected_dirs) {
    const fs::path prot = Normal(p);
    if (IsWithin(out, prot) || IsWithin(prot, out)) {
      diags.Error(at, "--out",
                  Text("refusing to write the site into ", "refus d'écrire le site dans ") +
                      Quoted(options.out_dir) +
                      Text(": it overlaps the folder ", " : il chevauche le dossier ") + Quoted(p) +
                      Text(", whose files would be lost", ", dont les fichiers seraient perdus"),
                  {"choose another output folder, e.g. --out site",
                   "choisissez un autre dossier de sortie, par exemple --out site"});
      return false;
    }
  }
  std::error_code ec;
  if (!fs::exists(out, ec)) return true;
  if (!fs::is_directory(out, ec)) {
    diags.Error(at, "--out",
                Quoted(options.out_dir) + Text(" exists and is not a folder",
                                               " existe et n'est pas un dossier"),
                {"remove it or choose another output folder",
                 "supprimez-le ou choisissez un autre dossier de sortie"});
    return false;
  }
  if (fs::is_empty(out, ec) || fs::exists(out / kOutputMarker, ec)) return true;
  diags.Error(at, "--out",
              Text("refusing to replace ", "refus de remplacer ") + Quoted(options.out_dir) +
                  Text(std::string(": it is not empty and was not made by Maillon (no ") +
                           kOutputMarker + " file in it)",
                       std::string(" : il n'est pas vide et n'a pas été créé par Maillon (pas de "
                                   "fichier ") +
                           kOutputMarker + ")"),
              {"choose an empty or new folder, or move its files away first",
               "choisissez un dossier vide ou nouveau, ou déplacez d'abord ses fichiers"});
  return false;
}

OutputFolder::OutputFolder(WriteOptions options) : options_(std::move(options)) {}

OutputFolder::~OutputFolder() {
  if (open_ && !committed_) {
    std::error_code ec;
    fs::remove_all(tmp_, ec);
  }
}

bool OutputFolder::Open(Diagnostics& diags) {
  const fs::path out = fs::absolute(options_.out_dir).lexically_normal();
  std::error_code ec;
  fs::create_directories(out.parent_path(), ec);
  std::string tmp_name = out.filename().string();
  tmp_name.insert(tmp_name.begin(), '.');  // hidden, beside the output (same filesystem)
  tmp_name += ".tmp-" + std::to_string(getpid());
  const fs::path tmp = out.parent_path() / tmp_name;
  fs::remove_all(tmp, ec);
  if (!fs::create_directory(tmp, ec)) {
    diags.Error(FolderPos(options_.out_dir), "",
                Text("cannot create " + tmp.string() + ": " + ec.message() +
                         "; the previous site is unchanged",
                     "impossible de créer " + tmp.string() + " : " + ec.message() +
                         " ; le site précédent est inchangé"));
    return false;
  }
  out_ = out.string();
  tmp_ = tmp.string();
  previous_ = fs::is_directory(out, ec) ? out_ : std::string();
  open_ = true;
  return true;
}

// Makes the folder that will hold the file at `path` (relative), once per folder.
bool OutputFolder::MakeParent(const std::string& path, std::string* error) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return true;
  return MakeFolder(path.substr(0, slash), error);
}

// One mkdir per folder of the site (its parent first when missing), rather than
// create_directories' stat of every component: a big site has as many folders as pages.
bool OutputFolder::MakeFolder(const std::string& dir, std::string* error) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (dirs_.count(dir)) return true;
  }
  const std::string full = tmp_ + "/" + dir;
  bool made = ::mkdir(full.c_str(), 0755) == 0 || errno == EEXIST;
  if (!made && errno == ENOENT && MakeParent(dir, error)) {
    made = ::mkdir(full.c_str(), 0755) == 0 || errno == EEXIST;
  }
  if (!made) {
    if (error->empty()) *error = "cannot create " + full + ": " + std::strerror(errno);
    return false;
  }
  const std::lock_guard<std::mutex> lock(mutex_);
  dirs_.insert(dir);
  return true;
}

void OutputFolder::Put(const std::string& path, OutputFile file) {
  std::string error;
  bool unchanged = false;
  const std::string dest = tmp_ + "/" + path;
  bool ok = open_ && MakeParent(path, &error);
  if (ok) {
    // The previous output's file when its bytes are the same: a hard link keeps its mtime.
    const std::string old = previous_.empty() ? std::string() : previous_ + "/" + path;
    if (!old.empty() &&
        (file.copy_from.empty() ? SameBytes(old, file.bytes) : SameFile(old, file.copy_from)) &&
        ::link(old.c_str(), dest.c_str()) == 0) {
      unchanged = true;
    } else if (!file.copy_from.empty()) {
      std::error_code ec;
      fs::copy_file(file.copy_from, dest, fs::copy_options::overwrite_existing, ec);
      if (ec) {
        ok = false;
        error = "cannot copy " + file.copy_from + " to " + dest + ": " + ec.message();
      }
    } else {
      ok = WriteBytes(dest, file.bytes, &error);
    }
  }
  const std::lock_guard<std::mutex> lock(mutex_);
  ++files_;
  unchanged_ += unchanged;
  if (!ok && (first_error_.empty() || path < first_error_path_)) {
    first_error_path_ = path;
    first_error_ = error.empty() ? "cannot write " + path : error;
  }
}

bool OutputFolder::Get(const std::string& path, std::string& out) {
  return open_ && ReadAll(tmp_ + "/" + path, out);
}

bool OutputFolder::Commit(WriteStats* stats, Diagnostics& diags) {
  if (!open_) return false;
  std::string error = first_error_;
  bool ok = error.empty();
  if (ok) {
    ok = WriteBytes(tmp_ + "/" + kOutputMarker, "Generated by Maillon; replaced on each build.\n",
                    &error);
  }
  if (ok) ok = Exchange(tmp_, out_, !previous_.empty(), &error);
  std::error_code ec;
  fs::remove_all(tmp_, ec);  // the old tree after an exchange, or the failed new one
  committed_ = true;         // nothing left to remove
  if (!ok) {
    diags.Error(FolderPos(options_.out_dir), "",
                Text(error) + Text("; the previous site is unchanged",
                                   " ; le site précédent est inchangé"));
    return false;
  }
  if (stats) *stats = {files_, unchanged_};
  return true;
}

bool WriteSiteAtomically(const RenderedSite& site, const WriteOptions& options, WriteStats* stats,
                         Diagnostics& diags) {
  OutputFolder folder(options);
  if (!folder.Open(diags)) return false;
  std::vector<const std::pair<const std::string, OutputFile>*> entries;
  entries.reserve(site.files.size());
  for (const auto& entry : site.files) entries.push_back(&entry);
  ForEachIndex(entries.size(), options.jobs,
               [&](size_t i) { folder.Put(entries[i]->first, entries[i]->second); });
  return folder.Commit(stats, diags);
}

}  // namespace maillon
