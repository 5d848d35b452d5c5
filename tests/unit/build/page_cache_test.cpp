// The preview's page cache: unchanged pages are reused, changed ones re-rendered, and the site is
// byte-identical to a render without the cache.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "build/pipeline.h"
#include "render/page_cache.h"
#include "render/routes.h"
#include "../support/temp_dir.h"
#include "build_test_support.h"

using namespace maillon;
using namespace maillon::test;
namespace fs = std::filesystem;

TEST_CASE("a second render with the same cache reuses every page, byte for byte") {
  const BuildResult plain = RenderOnly(FixtureRenderOptions(kMinimalContent));
  REQUIRE(plain.ok());
  CHECK(plain.pages_rendered == plain.pages);
  CHECK(plain.pages_reused == 0);

  PageCache cache;
  BuildOptions o = FixtureRenderOptions(kMinimalContent);
  o.page_cache = &cache;
  const BuildResult first = RenderOnly(o);
  REQUIRE(first.ok());
  CHECK(first.pages_rendered == first.pages);
  CHECK(first.pages_reused == 0);
  CHECK(cache.size() == first.pages);
  CheckSameSite(first.site, plain.site);

  const BuildResult second = RenderOnly(o);
  REQUIRE(second.ok());
  CHECK(second.pages_rendered == 0);
  CHECK(second.pages_reused == plain.pages);
  CheckSameSite(second.site, plain.site);
}

TEST_CASE("a changed news title re-renders only the pages showing it") {
  TempDir t;
  fs::copy(kMinimalContent, t.path() / "c", fs::copy_options::recursive);
  PageCache cache;
  BuildOptions o = FixtureRenderOptions(t.path() / "c");
  o.page_cache = &cache;
  REQUIRE(RenderOnly(o).ok());

  const fs::path news = t.path() / "c/news/lancement.md";
  std::stringstream text;
  text << std::ifstream(news).rdbuf();
  std::string md = text.str();
  const std::string old_title = "title: Lancement du portail";
  REQUIRE(md.find(old_title) != std::string::npos);
  md.replace(md.find(old_title), old_title.size(), "title: Le portail est lancé");
  std::ofstream(news) << md;

  const BuildResult cached = RenderOnly(o);
  REQUIRE(cached.ok());
  CHECK(cached.pages_rendered > 0);
  CHECK(cached.pages_rendered + cached.pages_reused == cached.pages);
  for (const std::string& url : {NewsUrl("lancement"), NewsListUrl(1), HomeUrl(),
                                 MunicipalityUrl("manseau")}) {
    CAPTURE(url);
    CHECK(cache.rendered_urls.count(url) == 1);
  }
  for (const std::string& url : {OrganizationsUrl(), OrganizationUrl("cab-essai")}) {
    CAPTURE(url);
    CHECK(cache.rendered_urls.count(url) == 0);
  }
  const std::string& page = cached.site.files.at("nouvelles/lancement/index.html").bytes;
  CHECK(page.find("Le portail est lancé") != std::string::npos);

  BuildOptions fresh = FixtureRenderOptions(t.path() / "c");
  const BuildResult plain = RenderOnly(fresh);
  REQUIRE(plain.ok());
  CheckSameSite(cached.site, plain.site);
}

TEST_CASE("pages that no longer exist leave the cache") {
  TempDir t;
  fs::copy(kMinimalContent, t.path() / "c", fs::copy_options::recursive);
  PageCache cache;
  BuildOptions o = FixtureRenderOptions(t.path() / "c");
  o.page_cache = &cache;
  const BuildResult before = RenderOnly(o);
  REQUIRE(before.ok());
  const size_t cached_before = cache.size();

  fs::remove(t.path() / "c/communities/partage-manseau.md");
  const BuildResult after = RenderOnly(o);
  REQUIRE(after.ok());
  CHECK(after.pages < before.pages);
  CHECK(cache.size() == after.pages);
  CHECK(cache.size() < cached_before);
}

TEST_CASE("the view hash tells apart texts, flags, keys and nesting") {
  auto hash = [](const ViewValue& v) {
    Fnv1a h;
    HashViewValue(v, h);
    return h.value();
  };
  ViewValue a;
  a["x"] = "ab";
  a["y"] = "c";
  ViewValue b;
  b["x"] = "a";
  b["y"] = "bc";
  ViewValue c;
  c["x"] = "ab";
  c["z"] = "c";
  ViewValue d;
  d["x"] = "ab";
  d["y"] = "c";
  CHECK(hash(a) != hash(b));
  CHECK(hash(a) != hash(c));
  CHECK(hash(a) == hash(d));
  CHECK(hash(ViewValue(true)) != hash(ViewValue(false)));
  CHECK(hash(ViewValue("")) != hash(ViewValue::List()));
}
