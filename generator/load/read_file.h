// Reading files from disk for load/: bounded in size, errors as values, never throws.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "diag/text.h"

namespace maillon {

// Content and theme files larger than this are refused: real ones are a few kilobytes, and a
// bound keeps a stray binary or generated file from exhausting memory in the parsers.
inline constexpr std::size_t kMaxFileBytes = 10 * 1024 * 1024;

// Reads the whole file into `out`. On failure returns false and sets `error` to what went wrong,
// lowercase and ready for a message ("permission denied", "it is larger than 10 MB ..."), in
// English and French.
bool ReadFileBytes(const std::filesystem::path& path, std::string& out, Text& error);
// The same for `path` relative to the open folder `dir_fd` (or to the working folder with
// AT_FDCWD), without building a std::filesystem::path (a few allocations per file). Reading
// the files of one folder this way spares the kernel walking the folder's path for each.
bool ReadFileBytesAt(int dir_fd, const char* path, std::string& out, Text& error);

// `dir` joined with a relative path with '/' separators, as the user wrote `dir`
// ("content" + "news/x.md" -> "content/news/x.md").
std::string JoinDisplayPath(const std::string& dir, const std::string& relative);

}  // namespace maillon
