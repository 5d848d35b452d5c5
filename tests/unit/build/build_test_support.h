// What the build tests share: options for a fixture, and a byte-for-byte site comparison.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "build/pipeline.h"

namespace maillon::test {

inline const std::filesystem::path kMinimalContent =
    std::filesystem::path(MAILLON_SOURCE_DIR) / "tests/fixtures/valid/minimal/content";

// RenderOnly options for `content` with the default theme (or `theme`), at the tests' "now".
inline BuildOptions FixtureRenderOptions(
    const std::filesystem::path& content,
    const std::filesystem::path& theme = std::filesystem::path(MAILLON_SOURCE_DIR) /
                                         "themes/default") {
  BuildOptions o;
  o.content_dir = content.string();
  o.theme_dir = theme.string();
  o.now = {{2026, 11, 25}, {9, 0}};
  o.jobs = 4;  // caches are shared by the worker threads
  return o;
}

// Every file of both sites, compared byte for byte (and copied files by their source).
inline void CheckSameSite(const RenderedSite& a, const RenderedSite& b) {
  REQUIRE(a.files.size() == b.files.size());
  auto it = b.files.begin();
  for (const auto& [path, file] : a.files) {
    CAPTURE(path);
    REQUIRE(path == it->first);
    CHECK(file.bytes == it->second.bytes);
    CHECK(file.copy_from == it->second.copy_from);
    CHECK(file.content_type == it->second.content_type);
    ++it;
  }
}

}  // namespace maillon::test
