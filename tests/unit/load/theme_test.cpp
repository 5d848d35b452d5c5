// LoadTheme on temporary theme folders.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "load/theme.h"

using namespace maillon;
namespace fs = std::filesystem;

namespace {

fs::path MakeTempDir() {
  static int counter = 0;
  fs::path p = fs::temp_directory_path() / ("maillon-theme-test-" + std::to_string(::getpid()) +
                                            "-" + std::to_string(++counter));
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("LoadTheme reads layouts, partials, translations and lists assets") {
  const fs::path dir = MakeTempDir();
  Write(dir / "layouts/home.mustache", "<h1>{{title}}</h1>");
  Write(dir / "layouts/page.mustache", "{{> header}}");
  Write(dir / "layouts/notes.txt", "x");
  Write(dir / "partials/header.mustache", "<header>");
  Write(dir / "i18n/fr.yaml", "more: Plus\n");
  Write(dir / "assets/css/style.css", "body{}");
  Write(dir / "assets/logo.svg", "<svg/>");
  Write(dir / "assets/.DS_Store", "x");
  fs::create_directory_symlink("..", dir / "assets/loop");

  Diagnostics diags;
  Theme theme = LoadTheme(dir.string(), diags);
  CHECK(theme.dir == dir.string());
  CHECK(theme.layouts.size() == 2);
  CHECK(theme.layouts["home"] == "<h1>{{title}}</h1>");
  CHECK(theme.partials["header"] == "<header>");
  CHECK(theme.i18n["fr"] == "more: Plus\n");
  REQUIRE(theme.assets.size() == 2);
  CHECK(theme.assets["assets/css/style.css"] == (dir / "assets/css/style.css").generic_string());
  CHECK(theme.assets.count("assets/logo.svg") == 1);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].severity == Severity::kWarning);
  CHECK(diags.all()[0].pos.path() == dir.string() + "/layouts/notes.txt");
  CHECK(diags.all()[0].message == "ignored 'notes.txt'; this folder holds .mustache files");
  fs::remove_all(dir);
}

TEST_CASE("LoadTheme requires the theme folder and its layouts") {
  const fs::path dir = MakeTempDir();
  Diagnostics diags;
  LoadTheme((dir / "nope").string(), diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.find("theme folder not found") == 0);

  Diagnostics diags2;
  Write(dir / "partials/a.mustache", "x");
  LoadTheme(dir.string(), diags2);
  REQUIRE(diags2.all().size() == 1);
  CHECK(diags2.all()[0].pos.path() == dir.string() + "/layouts/");
  CHECK(diags2.all()[0].message.find("layouts folder not found") == 0);
  fs::remove_all(dir);
}

TEST_CASE("LoadTheme reads the repository's default theme without errors") {
  Diagnostics diags;
  Theme theme = LoadTheme(std::string(MAILLON_SOURCE_DIR) + "/themes/default", diags);
  CHECK_FALSE(diags.HasErrors());
}
