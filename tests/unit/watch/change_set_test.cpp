// Classifying changed paths by kind and folding raw events into one batch.
#include "watch/change_set.h"

#include <doctest/doctest.h>

#include "watch/snapshot.h"

using namespace maillon;

namespace {

const std::vector<std::string> kRoots = {"content", "themes/default/"};
const std::vector<RootRole> kRoles = {RootRole::kContent, RootRole::kTheme};

ChangeBatch Merge(const std::vector<RawChange>& raw) { return MergeChanges(raw, kRoots, kRoles); }

}  // namespace

TEST_CASE("paths are classified by root and folder") {
  CHECK(ClassifyPath(RootRole::kContent, "news/x.md") == ChangeKind::kContent);
  CHECK(ClassifyPath(RootRole::kContent, "site.yaml") == ChangeKind::kContent);
  CHECK(ClassifyPath(RootRole::kContent, "static/img/a.png") == ChangeKind::kStatic);
  CHECK(ClassifyPath(RootRole::kContent, "static") == ChangeKind::kStatic);
  CHECK(ClassifyPath(RootRole::kContent, "statics.yaml") == ChangeKind::kContent);
  CHECK(ClassifyPath(RootRole::kContent, "") == ChangeKind::kOther);
  CHECK(ClassifyPath(RootRole::kTheme, "layouts/home.mustache") == ChangeKind::kTemplate);
  CHECK(ClassifyPath(RootRole::kTheme, "partials/header.mustache") == ChangeKind::kTemplate);
  CHECK(ClassifyPath(RootRole::kTheme, "i18n/fr.yaml") == ChangeKind::kTemplate);
  CHECK(ClassifyPath(RootRole::kTheme, "assets/style.css") == ChangeKind::kThemeAsset);
  CHECK(ClassifyPath(RootRole::kTheme, "README.md") == ChangeKind::kOther);
}

TEST_CASE("editors' scratch files are recognised") {
  for (const char* scratch : {"news/.x.md.swp", "news/x.md~", "news/4913", "news/#x.md#",
                              "news/.#x.md", ".git/index", "news/.goutputstream-ABC"}) {
    CAPTURE(scratch);
    CHECK(IsScratchFile(scratch));
  }
  for (const char* real : {"news/x.md", "site.yaml", "static/photo.swp.jpg", "a#b.md"}) {
    CAPTURE(real);
    CHECK_FALSE(IsScratchFile(real));
  }
}

TEST_CASE("an atomic save (write aside, rename over) is one modification of the file") {
  ChangeBatch b = Merge({{0, "news/.x.md.tmp", ChangeType::kCreated},
                         {0, "news/.x.md.tmp", ChangeType::kModified},
                         {0, "news/.x.md.tmp", ChangeType::kRemoved},
                         {0, "news/x.md", ChangeType::kRemoved},
                         {0, "news/x.md", ChangeType::kCreated}});
  REQUIRE(b.changes.size() == 1);
  CHECK(b.changes[0].path == "content/news/x.md");
  CHECK(b.changes[0].type == ChangeType::kModified);
  CHECK(b.changes[0].kind == ChangeKind::kContent);
  CHECK(b.Summary() == "content/news/x.md changed");
}

TEST_CASE("created then removed cancels out; modified then removed is a removal") {
  CHECK(Merge({{0, "news/tmp.md", ChangeType::kCreated}, {0, "news/tmp.md", ChangeType::kRemoved}})
            .empty());
  ChangeBatch b = Merge({{0, "a.md", ChangeType::kModified}, {0, "a.md", ChangeType::kRemoved}});
  REQUIRE(b.changes.size() == 1);
  CHECK(b.changes[0].type == ChangeType::kRemoved);
  b = Merge({{0, "n.md", ChangeType::kCreated}, {0, "n.md", ChangeType::kModified}});
  CHECK(b.changes[0].type == ChangeType::kCreated);
  CHECK(Merge({{0, "x.md~", ChangeType::kCreated}, {7, "y.md", ChangeType::kCreated}}).empty());
}

TEST_CASE("batches are sorted, joined to their root, counted by kind") {
  ChangeBatch b = Merge({{1, "assets/style.css", ChangeType::kModified},
                         {0, "news/b.md", ChangeType::kModified},
                         {0, "news/a.md", ChangeType::kCreated},
                         {1, "layouts/home.mustache", ChangeType::kModified}});
  REQUIRE(b.changes.size() == 4);
  CHECK(b.changes[0].path == "content/news/a.md");
  CHECK(b.changes[2].path == "themes/default/assets/style.css");
  CHECK(b.Summary() == "2 content files, 1 theme template, 1 theme asset changed");
  CHECK_FALSE(b.OnlyStylesheets());
}

TEST_CASE("only created or modified stylesheets allow a style refresh without reload") {
  CHECK(Merge({{1, "assets/style.css", ChangeType::kModified},
               {0, "static/extra.css", ChangeType::kCreated}})
            .OnlyStylesheets());
  CHECK_FALSE(Merge({{1, "assets/style.css", ChangeType::kRemoved}}).OnlyStylesheets());
  CHECK_FALSE(Merge({{1, "assets/search.js", ChangeType::kModified}}).OnlyStylesheets());
  CHECK_FALSE(Merge({{0, "news/style.css", ChangeType::kModified}}).OnlyStylesheets());
  CHECK_FALSE(ChangeBatch{}.OnlyStylesheets());
}

TEST_CASE("snapshot differences are creations, modifications and removals") {
  Snapshot before = {{"a.md", {1, 10}}, {"b.md", {1, 10}}, {"c.md", {1, 10}}};
  Snapshot after = {{"b.md", {2, 10}}, {"c.md", {1, 10}}, {"d.md", {3, 4}}};
  std::vector<RawChange> diff = DiffSnapshots(before, after, 1);
  REQUIRE(diff.size() == 3);
  CHECK((diff[0].relative == "a.md" && diff[0].type == ChangeType::kRemoved));
  CHECK((diff[1].relative == "b.md" && diff[1].type == ChangeType::kModified));
  CHECK((diff[2].relative == "d.md" && diff[2].type == ChangeType::kCreated));
  CHECK(diff[0].root == 1);
  CHECK(DiffSnapshots(after, after, 0).empty());
}
