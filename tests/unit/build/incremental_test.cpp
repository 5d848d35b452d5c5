// Incremental rebuilds as the preview server does them (document cache, typography and
// Markdown memo, page cache, all kept from one rebuild to the next) give, after each kind of
// change, exactly the site and the messages of a clean render of the same files.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "build/pipeline.h"
#include "load/document_cache.h"
#include "render/page_cache.h"
#include "render/text_memo.h"
#include "../support/temp_dir.h"
#include "build_test_support.h"

using namespace maillon;
using namespace maillon::test;
namespace fs = std::filesystem;

namespace {

std::string Read(const fs::path& p) {
  std::stringstream text;
  text << std::ifstream(p, std::ios::binary).rdbuf();
  return text.str();
}

// Replaces the first `from` in the file by `to`; fails the test when `from` is not there.
void Replace(const fs::path& p, const std::string& from, const std::string& to) {
  std::string text = Read(p);
  const size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, p.string() << " has no '" << from << "'");
  text.replace(at, from.size(), to);
  // Written aside and renamed over, as editors save (a new inode, maybe the same size).
  std::ofstream(p.string() + ".tmp", std::ios::binary) << text;
  fs::rename(p.string() + ".tmp", p);
}

struct Change {
  const char* what;
  std::function<void(const fs::path& content, const fs::path& theme)> apply;
};

// Copies of the minimal content and the default theme, and render options with the preview's
// caches, kept from one render to the next.
struct CachedFixture {
  CachedFixture() {
    fs::copy(kMinimalContent, content, fs::copy_options::recursive);
    fs::copy(fs::path(MAILLON_SOURCE_DIR) / "themes/default", theme, fs::copy_options::recursive);
    options.document_cache = &documents;
    options.render_memo = &memo;
    options.page_cache = &pages;
  }
  BuildResult Clean() const { return RenderOnly(FixtureRenderOptions(content, theme)); }

  TempDir t;
  const fs::path content = t.path() / "content";
  const fs::path theme = t.path() / "theme";
  DocumentCache documents;
  RenderMemo memo;
  PageCache pages;
  BuildOptions options = FixtureRenderOptions(content, theme);
};

}  // namespace

TEST_CASE("after each kind of change, an incremental rebuild equals a clean render") {
  CachedFixture f;
  const fs::path& content = f.content;
  const fs::path& theme = f.theme;
  BuildOptions& incremental = f.options;
  REQUIRE(RenderOnly(incremental).ok());

  const std::vector<Change> changes = {
      {"a news title", [](auto c, auto) {
         Replace(c / "news/lancement.md", "title: Lancement du portail", "title: Portail lancé");
       }},
      {"a news body", [](auto c, auto) {
         Replace(c / "news/lancement.md", "**en ligne**", "**en ligne** depuis « hier » !");
       }},
      {"a news item added", [](auto c, auto) {
         std::ofstream(c / "news/deuxieme.md")
             << "---\ntitle: Deuxième nouvelle\ndate: 2026-11-10\nmunicipalities: [lemieux]\n"
                "---\nVoir [les soupers](/soupers/).\n";
       }},
      {"a news item renamed", [](auto c, auto) {
         fs::rename(c / "news/deuxieme.md", c / "news/seconde.md");
       }},
      {"a news item deleted", [](auto c, auto) { fs::remove(c / "news/seconde.md"); }},
      {"a municipality's name, shown everywhere", [](auto c, auto) {
         Replace(c / "municipalities/lemieux.yaml", "name: Lemieux", "name: Lemieux-sur-Rivière");
       }},
      {"an organisation", [](auto c, auto) {
         Replace(c / "organizations/cab-essai.md", "summary: Le centre qui soutient les bénévoles.",
                 "summary: Le centre qui soutient toutes les bénévoles.");
       }},
      {"a supper's date", [](auto c, auto) {
         Replace(c / "suppers/manseau.yaml", "date: 2027-02-18", "date: 2027-02-25");
       }},
      {"the site's title", [](auto c, auto) {
         Replace(c / "site.yaml", "title: Portail d'essai", "title: Portail d'essai renommé");
       }},
      {"a category", [](auto c, auto) {
         std::string text = Read(c / "categories.yaml");
         REQUIRE(text.find("name: ") != std::string::npos);
         Replace(c / "categories.yaml", "name: ", "name: Nouvelle ");
       }},
      {"a help resource", [](auto c, auto) { Replace(c / "resources.yaml", "name: ", "name: La "); }},
      {"a partial", [](auto, auto th) {
         Replace(th / "partials/footer.mustache", "<footer class=\"site-footer\">",
                 "<footer class=\"site-footer\" data-edited=\"1\">");
       }},
      {"a layout", [](auto, auto th) {
         std::ofstream(th / "layouts/page.mustache", std::ios::app) << "<!-- edited -->\n";
       }},
      {"an interface text", [](auto, auto th) {
         Replace(th / "i18n/fr.yaml", "nav_home: Accueil", "nav_home: Page d'accueil");
       }},
      {"a stylesheet", [](auto, auto th) {
         std::ofstream(th / "assets/style.css", std::ios::app) << "/* edited */\n";
       }},
      {"a static file added", [](auto c, auto) {
         fs::create_directories(c / "static/docs");
         std::ofstream(c / "static/docs/affiche.txt") << "Affiche\n";
       }},
      {"a broken file", [](auto c, auto) {
         Replace(c / "pages/projet.md", "title: Le projet", "title: [Le projet");
       }},
      {"the broken file fixed", [](auto c, auto) {
         Replace(c / "pages/projet.md", "title: [Le projet", "title: Le projet");
       }},
  };
  for (const Change& change : changes) {
    CAPTURE(change.what);
    change.apply(content, theme);
    const BuildResult rebuilt = RenderOnly(incremental);
    const BuildResult clean = RenderOnly(FixtureRenderOptions(content, theme));
    CHECK(FormatText(rebuilt.diags, nullptr) == FormatText(clean.diags, nullptr));
    CHECK(rebuilt.ok() == clean.ok());
    CheckSameSite(rebuilt.site, clean.site);
    if (clean.ok()) CHECK(rebuilt.pages_rendered + rebuilt.pages_reused == clean.pages);
  }
  CHECK(RenderOnly(incremental).pages_rendered == 0);  // nothing changed: nothing rendered
}

TEST_CASE("a theme edit re-renders only the pages whose layouts it touches") {
  CachedFixture f;
  const BuildResult first = RenderOnly(f.options);
  REQUIRE(first.ok());

  // The free pages' layout: the one free page of the fixture, nothing else.
  std::ofstream(f.theme / "layouts/page.mustache", std::ios::app) << "<!-- edited -->\n";
  BuildResult rebuilt = RenderOnly(f.options);
  CHECK(rebuilt.pages_rendered == 1);
  CHECK(f.pages.rendered_urls.count("projet/") == 1);
  CheckSameSite(rebuilt.site, f.Clean().site);

  // The base layout's footer: every page.
  Replace(f.theme / "partials/footer.mustache", "<footer class=\"site-footer\">",
          "<footer class=\"site-footer\" data-edited=\"2\">");
  rebuilt = RenderOnly(f.options);
  CHECK(rebuilt.pages_rendered == first.pages);
  CheckSameSite(rebuilt.site, f.Clean().site);
}
