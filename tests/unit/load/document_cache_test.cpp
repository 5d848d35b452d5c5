// LoadContentTree with a DocumentCache: unchanged files are reused with their diagnostics,
// changed, new and deleted files are noticed; loading on several threads changes nothing.
#include "load/document_cache.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "load/content_tree.h"
#include "../support/temp_dir.h"

using namespace maillon;
using maillon::test::TempDir;
namespace fs = std::filesystem;

namespace {

void WriteSite(const TempDir& t) {
  t.Write("content/site.yaml", "title: Essai\nbase_url: https://example.org/\n");
  t.Write("content/news/a.md", "---\ntitle: A\ndate: 2026-01-01\n---\nCorps A.\n");
  t.Write("content/news/b.md", "---\ntitle: [B\n---\nCorps B.\n");  // a YAML error
}

std::string Headlines(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.Sorted()) out += FormatHeadline(d) + "\n";
  return out;
}

const Document* Find(const LoadedContent& c, const std::string& slug) {
  for (const Document& d : c.documents) {
    if (d.slug == slug) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a second load reuses unchanged files, their errors included") {
  TempDir t;
  WriteSite(t);
  const std::string dir = (t.path() / "content").string();
  DocumentCache cache;
  Diagnostics first_diags, second_diags;
  const LoadedContent first = LoadContentTree(dir, first_diags, {1, &cache});
  CHECK(cache.parsed == 3);
  CHECK(cache.reused == 0);
  const LoadedContent second = LoadContentTree(dir, second_diags, {1, &cache});
  CHECK(cache.parsed == 0);
  CHECK(cache.reused == 3);
  REQUIRE(first_diags.HasErrors());
  CHECK(Headlines(second_diags) == Headlines(first_diags));
  REQUIRE(second.documents.size() == first.documents.size());
  for (size_t i = 0; i < first.documents.size(); ++i) {
    CHECK(second.documents[i].path == first.documents[i].path);
    CHECK(second.documents[i].body == first.documents[i].body);
  }
}

TEST_CASE("edited, created and deleted files are seen; an atomic save counts as an edit") {
  TempDir t;
  WriteSite(t);
  const std::string dir = (t.path() / "content").string();
  DocumentCache cache;
  Diagnostics d1;
  LoadContentTree(dir, d1, {1, &cache});

  // Same size, new text: written aside and renamed over, as editors do (a new inode).
  t.Write("content/news/a.md.tmp", "---\ntitle: Z\ndate: 2026-01-01\n---\nCorps Z.\n");
  fs::rename(t.path() / "content/news/a.md.tmp", t.path() / "content/news/a.md");
  t.Write("content/news/c.md", "---\ntitle: C\ndate: 2026-01-02\n---\nCorps C.\n");
  fs::remove(t.path() / "content/news/b.md");
  Diagnostics d2;
  const LoadedContent after = LoadContentTree(dir, d2, {1, &cache});
  CHECK_FALSE(d2.HasErrors());  // b.md's error went with it
  CHECK(cache.parsed == 2);     // a.md and c.md
  CHECK(cache.reused == 1);     // site.yaml
  REQUIRE(Find(after, "a") != nullptr);
  CHECK(Find(after, "a")->body == "Corps Z.\n");
  CHECK(Find(after, "c") != nullptr);
  CHECK(Find(after, "b") == nullptr);
}

TEST_CASE("loading on four threads gives the same documents and diagnostics as on one") {
  TempDir t;
  WriteSite(t);
  for (int i = 0; i < 40; ++i) {
    t.Write("content/news/n-" + std::to_string(i) + ".md",
            "---\ntitle: N" + std::to_string(i) + "\ndate: 2026-01-01\nbad_field: 1\n---\nx\n");
  }
  const std::string dir = (t.path() / "content").string();
  Diagnostics one, four;
  const LoadedContent a = LoadContentTree(dir, one, {1, nullptr});
  const LoadedContent b = LoadContentTree(dir, four, {4, nullptr});
  CHECK(FormatText(one, nullptr) == FormatText(four, nullptr));
  REQUIRE(a.documents.size() == b.documents.size());
  for (size_t i = 0; i < a.documents.size(); ++i) CHECK(a.documents[i].path == b.documents[i].path);
}
