// Resolve: references with suggestions, visibility of news, collections per municipality.
#include <doctest/doctest.h>

#include "resolve/references.h"
#include "resolve/resolve.h"

using namespace maillon;

namespace {

SourcePos At(int line, int col) {
  static auto file = std::make_shared<const std::string>("content/x.md");
  return MakePos(file, line, col);
}

Content Sample() {
  Content c;
  c.municipalities.push_back({.slug = "manseau", .pos = At(1, 1), .name = "Manseau"});
  c.municipalities.push_back({.slug = "becancour", .pos = At(1, 1), .name = "Bécancour"});
  c.categories.push_back({.slug = "entraide", .pos = At(1, 1), .name = "Entraide"});
  Organization cab{.slug = "cab", .pos = At(1, 1), .name = "CAB"};
  cab.serves_all = true;
  cab.categories.push_back({"entraide", At(4, 3)});
  c.organizations.push_back(cab);
  Supper past{.pos = At(2, 3), .id = "manseau-2026-01-10"};
  past.municipality = {"manseau", At(1, 15)};
  past.date = Date{2026, 1, 10};
  Supper next = past;
  next.id = "manseau-2027-02-18";
  next.date = Date{2027, 2, 18};
  Supper undated = past;
  undated.id = "becancour-1";
  undated.municipality = {"becancour", At(1, 15)};
  undated.date.reset();
  c.suppers = {undated, next, past};
  NewsItem n1{.slug = "old", .pos = At(1, 1), .title = "Old"};
  n1.date.value = {{2026, 10, 1}, {}};
  n1.municipalities.push_back({"manseau", At(5, 18)});
  NewsItem n2 = n1;
  n2.slug = "draft";
  n2.draft = true;
  NewsItem n3 = n1;
  n3.slug = "future";
  n3.date.value = {{2026, 12, 15}, {}};
  NewsItem n4 = n1;
  n4.slug = "recent";
  n4.date.value = {{2026, 11, 20}, {}};
  c.news = {n1, n2, n3, n4};
  return c;
}

const DateTime kNow{{2026, 11, 25}, {9, 0}};

}  // namespace

TEST_CASE("news: drafts and future items are hidden, newest first") {
  Diagnostics diags;
  ResolvedSite site = Resolve(Sample(), {kNow, false}, diags);
  REQUIRE(site.news.size() == 2);
  CHECK(site.news[0]->slug == "recent");
  CHECK(site.news[1]->slug == "old");
  ResolvedSite with_drafts = Resolve(Sample(), {kNow, true}, diags);
  CHECK(with_drafts.news.size() == 3);
  CHECK_FALSE(diags.HasErrors());
}

TEST_CASE("suppers: upcoming by date then undated, past apart, per municipality") {
  Diagnostics diags;
  ResolvedSite site = Resolve(Sample(), {kNow, false}, diags);
  REQUIRE(site.upcoming_suppers.size() == 2);
  CHECK(site.upcoming_suppers[0]->id == "manseau-2027-02-18");
  CHECK(site.upcoming_suppers[1]->id == "becancour-1");
  REQUIRE(site.past_suppers.size() == 1);
  CHECK(site.past_suppers[0]->id == "manseau-2026-01-10");
  CHECK(site.by_municipality.at("manseau").suppers.size() == 2);
  CHECK(site.by_municipality.at("manseau").upcoming_suppers.size() == 1);
  CHECK(site.by_municipality.at("becancour").organizations.size() == 1);  // serves all
  CHECK(site.by_municipality.at("manseau").news.size() == 2);
  CHECK(site.municipalities_by_name[0]->slug == "becancour");  // "Bécancour" sorts first
  CHECK(site.organizations_by_category.at("entraide").size() == 1);
}

TEST_CASE("unknown references are errors with the closest slugs") {
  Content c = Sample();
  c.suppers[1].municipality = {"mansaeu", At(1, 15)};
  c.organizations[0].categories.push_back({"entraid", At(4, 13)});
  c.pages.push_back({.slug = "soupers", .pos = At(1, 1), .title = "Soupers"});
  Diagnostics diags;
  Resolve(std::move(c), {kNow, false}, diags);
  REQUIRE(diags.error_count() == 3);
  std::vector<Diagnostic> all = diags.Sorted();
  bool saw_municipality = false, saw_category = false, saw_page = false;
  for (const Diagnostic& d : all) {
    if (d.field == "municipality") {
      saw_municipality = true;
      CHECK(d.message ==
            "unknown municipality 'mansaeu'; expected the name of a file in municipalities/ "
            "(without extension)");
      CHECK(d.suggestion == "did you mean 'manseau'?");
      CHECK(d.pos.line == 1);
      CHECK(d.pos.col == 15);
    } else if (d.field == "categories[1]") {
      saw_category = true;
      CHECK(d.suggestion == "did you mean 'entraide'?");
    } else if (d.message.find("page slug 'soupers'") == 0) {
      saw_page = true;
    }
  }
  CHECK(saw_municipality);
  CHECK(saw_category);
  CHECK(saw_page);
}

TEST_CASE("warnings: an organisation serving no municipality, a municipality without supper") {
  Content c = Sample();
  Organization lonely{.slug = "lonely", .pos = At(1, 1), .name = "Seul"};
  c.organizations.push_back(lonely);
  c.municipalities.push_back({.slug = "lemieux", .pos = At(1, 1), .name = "Lemieux"});
  Diagnostics diags;
  Resolve(std::move(c), {kNow, false}, diags);
  CHECK_FALSE(diags.HasErrors());
  CHECK(diags.warning_count() == 2);
}

TEST_CASE("collation ignores case and accents") {
  CHECK(CollationKey("École") == "ecole");
  CHECK(CollationKey("Bécancour") < CollationKey("Deschaillons"));
  CHECK(CollationKey("Sainte-Cécile") < CollationKey("Sainte-Françoise"));
}
