// Atomic output: a temporary sibling folder, an exchange by rename, and a marker file.
#include "write/output_dir.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
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

bool SameBytes(const fs::path& path, const std::string& bytes) {
  std::error_code ec;
  if (fs::file_size(path, ec) != bytes.size() || ec) return false;
  std::ifstream in(path, std::ios::binary);
  std::string existing(bytes.size(), '\0');
  in.read(existing.data(), static_cast<std::streamsize>(existing.size()));
  return in.gcount() == static_cast<std::streamsize>(bytes.size()) && existing == bytes;
}

bool SameFile(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::file_size(a, ec) != fs::file_size(b, ec) || ec) return false;
  std::ifstream ia(a, std::ios::binary), ib(b, std::ios::binary);
  std::string sa((std::istreambuf_iterator<char>(ia)), {});
  std::string sb((std::istreambuf_iterator<char>(ib)), {});
  return sa == sb;
}

bool WriteBytes(const fs::path& path, const std::string& bytes, std::string* error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    *error = "cannot write " + path.string();
    return false;
  }
  return true;
}

// Writes one output file into `tmp`, reusing the previous output's file (a hard link) when its
// bytes are the same, so deploy tools see only real changes.
bool WriteOne(const fs::path& tmp, const fs::path& previous, const std::string& rel,
              const OutputFile& file, bool* unchanged, std::string* error) {
  const fs::path dest = tmp / rel;
  std::error_code ec;
  fs::create_directories(dest.parent_path(), ec);
  if (ec) {
    *error = "cannot create " + dest.parent_path().string() + ": " + ec.message();
    return false;
  }
  const fs::path old = previous / rel;
  const bool had_old = !previous.empty() && fs::is_regular_file(old, ec);
  if (had_old && (file.copy_from.empty() ? SameBytes(old, file.bytes)
                                         : SameFile(old, file.copy_from))) {
    fs::create_hard_link(old, dest, ec);
    if (!ec) {
      *unchanged = true;
      return true;
    }
  }
  if (!file.copy_from.empty()) {
    fs::copy_file(file.copy_from, dest, fs::copy_options::overwrite_existing, ec);
    if (ec) {
      *error = "cannot copy " + file.copy_from + " to " + dest.string() + ": " + ec.message();
      return false;
    }
    return true;
  }
  return WriteBytes(dest, file.bytes, error);
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
                  "refusing to write the site into '" + options.out_dir +
                      "': it overlaps the folder '" + p + "', whose files would be lost",
                  "choose another output folder, e.g. --out site");
      return false;
    }
  }
  std::error_code ec;
  if (!fs::exists(out, ec)) return true;
  if (!fs::is_directory(out, ec)) {
    diags.Error(at, "--out", "'" + options.out_dir + "' exists and is not a folder",
                "remove it or choose another output folder");
    return false;
  }
  if (fs::is_empty(out, ec) || fs::exists(out / kOutputMarker, ec)) return true;
  diags.Error(at, "--out",
              "refusing to replace '" + options.out_dir +
                  "': it is not empty and was not made by Maillon (no " + kOutputMarker +
                  " file in it)",
              "choose an empty or new folder, or move its files away first");
  return false;
}

bool WriteSiteAtomically(const RenderedSite& site, const WriteOptions& options, WriteStats* stats,
                         Diagnostics& diags) {
  WriteStats local;
  if (!stats) stats = &local;
  *stats = {};
  const fs::path out = fs::absolute(options.out_dir).lexically_normal();
  const fs::path parent = out.parent_path();
  std::error_code ec;
  fs::create_directories(parent, ec);
  const bool out_exists = fs::exists(out, ec);
  std::string tmp_name = out.filename().string();
  tmp_name.insert(tmp_name.begin(), '.');  // hidden, beside the output (same filesystem)
  tmp_name += ".tmp-" + std::to_string(getpid());
  const fs::path tmp = parent / tmp_name;
  fs::remove_all(tmp, ec);

  std::string error;
  bool ok = fs::create_directory(tmp, ec);
  if (!ok) error = "cannot create " + tmp.string() + ": " + ec.message();
  const fs::path previous = out_exists ? out : fs::path();
  if (ok) {
    // Files on several threads: a big site is thousands of small writes and comparisons.
    std::vector<const std::pair<const std::string, OutputFile>*> entries;
    entries.reserve(site.files.size());
    for (const auto& entry : site.files) entries.push_back(&entry);
    std::vector<char> unchanged(entries.size(), 0);
    std::vector<std::string> errors(entries.size());
    ForEachIndex(entries.size(), options.jobs, [&](size_t i) {
      bool same = false;
      if (!WriteOne(tmp, previous, entries[i]->first, entries[i]->second, &same, &errors[i]) &&
          errors[i].empty()) {
        errors[i] = "cannot write " + entries[i]->first;
      }
      unchanged[i] = same;
    });
    for (size_t i = 0; i < entries.size() && ok; ++i) {
      if (!errors[i].empty()) {
        ok = false;
        error = errors[i];  // the first in path order, whatever the threads did
      }
    }
    stats->files = entries.size();
    stats->unchanged = size_t(std::count(unchanged.begin(), unchanged.end(), 1));
  }
  if (ok) ok = WriteBytes(tmp / kOutputMarker, "Generated by Maillon; replaced on each build.\n",
                          &error);
  if (ok) ok = Exchange(tmp, out, out_exists, &error);
  fs::remove_all(tmp, ec);  // the old tree after an exchange, or the failed new one
  if (!ok) diags.Error(FolderPos(options.out_dir), "", error + "; the previous site is unchanged");
  return ok;
}

}  // namespace maillon
