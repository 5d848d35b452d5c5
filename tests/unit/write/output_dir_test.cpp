// Atomic output: checks on --out, the swap, hard links for unchanged files, failure safety.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "write/output_dir.h"
#include "../support/temp_dir.h"

using namespace maillon;
using maillon::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

RenderedSite Site(const std::string& home) {
  RenderedSite s;
  s.files["index.html"] = {home, "", "text/html"};
  s.files["a/b/index.html"] = {"<p>b</p>", "", "text/html"};
  return s;
}

}  // namespace

TEST_CASE("writes a new folder with a marker, then replaces it and links unchanged files") {
  TempDir t;
  WriteOptions o;
  o.out_dir = (t.path() / "site").string();
  Diagnostics diags;
  WriteStats stats;
  REQUIRE(WriteSiteAtomically(Site("one"), o, &stats, diags));
  CHECK(stats.files == 2);
  CHECK(stats.unchanged == 0);
  CHECK(Read(t.path() / "site/index.html") == "one");
  CHECK(fs::exists(t.path() / "site" / kOutputMarker));
  auto mtime = fs::last_write_time(t.path() / "site/a/b/index.html");

  REQUIRE(WriteSiteAtomically(Site("two"), o, &stats, diags));
  CHECK(stats.unchanged == 1);
  CHECK(Read(t.path() / "site/index.html") == "two");
  CHECK(fs::last_write_time(t.path() / "site/a/b/index.html") == mtime);
  int entries = 0;
  for (auto& e : fs::directory_iterator(t.path())) entries += e.path().filename() == "site" ? 0 : 1;
  CHECK(entries == 0);  // no temporary or old folder left
  CHECK_FALSE(diags.HasErrors());
}

TEST_CASE("a failed write leaves the previous output untouched") {
  TempDir t;
  WriteOptions o;
  o.out_dir = (t.path() / "site").string();
  Diagnostics diags;
  REQUIRE(WriteSiteAtomically(Site("one"), o, nullptr, diags));
  RenderedSite bad = Site("two");
  bad.files["img.png"] = {"", (t.path() / "missing.png").string(), "image/png"};
  CHECK_FALSE(WriteSiteAtomically(bad, o, nullptr, diags));
  CHECK(diags.HasErrors());
  CHECK(diags.all()[0].message.find("the previous site is unchanged") != std::string::npos);
  CHECK(Read(t.path() / "site/index.html") == "one");
}

TEST_CASE("CheckOutputDir refuses protected, foreign and non-folder outputs") {
  TempDir t;
  fs::create_directories(t.path() / "content/news");
  fs::create_directories(t.path() / "mine");
  std::ofstream(t.path() / "mine/notes.txt") << "x";
  std::ofstream(t.path() / "file") << "x";
  WriteOptions o;
  o.protected_dirs = {(t.path() / "content").string()};
  auto refused = [&](const fs::path& out) {
    Diagnostics d;
    o.out_dir = out.string();
    return !CheckOutputDir(o, d) && d.HasErrors();
  };
  CHECK(refused(t.path() / "content/site"));
  CHECK(refused(t.path()));  // contains content/
  CHECK(refused(t.path() / "mine"));
  CHECK(refused(t.path() / "file"));
  CHECK_FALSE(refused(t.path() / "new"));
  std::ofstream(t.path() / "mine" / kOutputMarker) << "";
  CHECK_FALSE(refused(t.path() / "mine"));
}
