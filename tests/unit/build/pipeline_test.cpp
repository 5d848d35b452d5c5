// The pipeline on real fixture folders: render in memory, write, and stop on content errors.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "build/pipeline.h"
#include "../support/temp_dir.h"

using namespace maillon;
using maillon::test::TempDir;
namespace fs = std::filesystem;

namespace {

BuildOptions FixtureOptions(const fs::path& content, const fs::path& out) {
  BuildOptions o;
  o.content_dir = content.string();
  o.theme_dir = std::string(MAILLON_SOURCE_DIR) + "/themes/default";
  o.out_dir = out.string();
  o.now = {{2026, 11, 25}, {9, 0}};
  return o;
}

}  // namespace

TEST_CASE("the minimal fixture renders every kind of page in memory, with no diagnostic") {
  const fs::path content = fs::path(MAILLON_SOURCE_DIR) / "tests/fixtures/valid/minimal/content";
  BuildResult r = RenderOnly(FixtureOptions(content, "unused"));
  CHECK(r.diags.all().empty());
  for (const char* page :
       {"index.html", "municipalites/manseau/index.html", "organismes/cab-essai/index.html",
        "activites/cafe-rencontre/index.html", "soupers/index.html",
        "soupers/manseau-2027-02-18/index.html", "communautes/partage-manseau/index.html",
        "nouvelles/lancement/index.html", "categories/entraide/index.html", "projet/index.html",
        "aide/index.html", "404.html", "assets/style.css"}) {
    CAPTURE(page);
    CHECK(r.site.files.count(page) == 1);
  }
  CHECK(r.pages > 10);
  CHECK(r.written == 0);
}

TEST_CASE("Build writes the site; a content error stops it before writing") {
  TempDir t;
  fs::copy(fs::path(MAILLON_SOURCE_DIR) / "tests/fixtures/valid/minimal/content", t.path() / "c",
           fs::copy_options::recursive);
  BuildOptions o = FixtureOptions(t.path() / "c", t.path() / "site");
  BuildResult ok = Build(o);
  REQUIRE(ok.ok());
  // Written as made, not kept: every file of an in-memory render is on disk, nothing else.
  CHECK(ok.site.files.empty());
  const BuildResult in_memory = RenderOnly(o);
  size_t on_disk = 0;
  for (const auto& entry : fs::recursive_directory_iterator(t.path() / "site")) {
    if (!entry.is_regular_file() || entry.path().filename() == ".maillon-output") continue;
    ++on_disk;
    const std::string path = fs::relative(entry.path(), t.path() / "site").string();
    CHECK_MESSAGE(in_memory.site.files.count(path) == 1, path);
  }
  CHECK(on_disk == in_memory.site.files.size());
  CHECK(ok.written == on_disk);
  CHECK(fs::exists(t.path() / "site/index.html"));

  std::ofstream(t.path() / "c/news/broken.md") << "---\ntitle: x\n";
  BuildResult bad = Build(o);
  CHECK_FALSE(bad.ok());
  CHECK(bad.written == 0);
  CHECK(bad.site.files.empty());
  CHECK(fs::exists(t.path() / "site/index.html"));
}

TEST_CASE("Build refuses an output folder inside the content before any work") {
  TempDir t;
  BuildOptions o = FixtureOptions(t.path(), t.path() / "site");
  BuildResult r = Build(o);
  CHECK(r.bad_output_dir);
  CHECK(r.diags.error_count() == 1);
}
