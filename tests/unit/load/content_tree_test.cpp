// LoadContentTree and ParseDocument on strings and on real temporary folders.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "load/content_tree.h"
#include "../support/temp_dir.h"

using namespace maillon;
using maillon::test::TempDir;
namespace fs = std::filesystem;

namespace {

// The diagnostics about `path`, one headline each.
std::vector<Diagnostic> About(const Diagnostics& diags, const std::string& path) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : diags.all()) {
    if (d.pos.path() == path) out.push_back(d);
  }
  return out;
}

const Document* FindDoc(const LoadedContent& c, const std::string& path) {
  for (const Document& d : c.documents) {
    if (d.path == path) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("ParseDocument splits a Markdown file with positions relative to the file") {
  Diagnostics diags;
  Document doc = ParseDocument("content/news/souper.md", "news", "souper",
                               "\xEF\xBB\xBF---\r\ntitle: Souper\r\ndate: 2026-02-19\r\n---\r\n"
                               "Bienvenue\r\n",
                               diags);
  CHECK(diags.all().empty());
  CHECK(doc.path == "content/news/souper.md");
  CHECK(doc.pos.path() == "content/news/souper.md");
  CHECK(doc.folder == "news");
  CHECK(doc.slug == "souper");
  CHECK(doc.is_markdown);
  REQUIRE(doc.data.IsMap());
  CHECK(doc.data.map[1].key == "date");
  CHECK(doc.data.map[1].key_pos.line == 3);
  CHECK(doc.data.map[1].key_pos.col == 1);
  CHECK(doc.data.map[1].value.pos.line == 3);
  CHECK(doc.data.map[1].value.pos.col == 7);
  CHECK(doc.data.map[1].value.pos.path() == "content/news/souper.md");
  CHECK(doc.body == "Bienvenue\n");
  CHECK(doc.body_line == 5);
}

TEST_CASE("ParseDocument reports YAML errors at file lines inside the front matter") {
  Diagnostics diags;
  ParseDocument("content/news/a.md", "news", "a", "---\ntitle: A\ntitle: B\n---\n", diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].pos.line == 3);
  CHECK(diags.all()[0].message == "duplicate key 'title' (first at line 2); remove one");
}

TEST_CASE("ParseDocument parses a whole YAML file") {
  Diagnostics diags;
  Document doc = ParseDocument("content/site.yaml", "", "site", "title: T\nbase_url: x\n", diags);
  CHECK(diags.all().empty());
  CHECK_FALSE(doc.is_markdown);
  CHECK(doc.folder == "");
  REQUIRE(doc.data.IsMap());
  CHECK(doc.data.map[1].key_pos.line == 2);
  CHECK(doc.body.empty());
}

TEST_CASE("ParseDocument requires front matter in a Markdown file") {
  Diagnostics diags;
  Document doc = ParseDocument("content/pages/a.md", "pages", "a", "# Title\n\nText\n", diags);
  REQUIRE(diags.all().size() == 1);
  const Diagnostic& d = diags.all()[0];
  CHECK(d.pos.line == 1);
  CHECK(d.pos.col == 1);
  CHECK(d.field == "");
  CHECK(d.message ==
        "missing front matter; a Markdown file starts with a line ---, its fields, then another "
        "---");
  CHECK(doc.data.IsNull());
  CHECK(doc.body == "# Title\n\nText\n");
}

TEST_CASE("ParseDocument stops at unreadable text") {
  Diagnostics diags;
  Document doc = ParseDocument("content/pages/a.md", "pages", "a", "", diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.find("file is empty") == 0);
  CHECK(doc.data.IsNull());
}

TEST_CASE("LoadContentTree loads a content folder and reports names it does not expect") {
  TempDir tmp;
  tmp.Write("site.yaml", "title: Portail\nbase_url: https://example.org/\n");
  tmp.Write("categories.yml", "- slug: aide\n  name: Aide\n");
  tmp.Write("README.md", "not content\n");
  tmp.Write(".git/config", "x");
  tmp.Write("news/souper.md", "---\ntitle: Souper\n---\nTexte\n");
  tmp.Write("news/Café.md", "---\ntitle: Café\n---\n");
  tmp.Write("news/photo.jpg", "\xFF\xD8");
  tmp.Write("news/.draft.md", "ignored");
  tmp.Write("news/old/a.md", "---\ntitle: Old\n---\n");
  tmp.Write("pages/a-propos.yaml", "title: À propos\n");
  tmp.Write("pages/a-propos.md", "---\ntitle: À propos\n---\n");
  tmp.Write("activites/yoga.md", "---\ntitle: Yoga\n---\n");
  tmp.Write("sites.yaml", "title: x\n");
  tmp.Write("static/images/logo.png", "png");
  tmp.Write("static/style.css", "body{}");
  tmp.Write("static/.hidden/secret", "x");
  fs::create_directory_symlink("..", tmp.path() / "static" / "loop");  // must not be followed
  fs::create_symlink(tmp.path() / "nowhere.md", tmp.path() / "news" / "gone.md");

  const std::string root = tmp.path().string();
  Diagnostics diags;
  LoadedContent content = LoadContentTree(root, diags);

  std::vector<std::string> paths;
  for (const Document& d : content.documents) paths.push_back(d.path);
  CHECK(paths == std::vector<std::string>{root + "/categories.yml", root + "/news/Café.md",
                                          root + "/news/souper.md", root + "/pages/a-propos.md",
                                          root + "/site.yaml"});
  CHECK(content.static_files == std::vector<std::string>{"images/logo.png", "style.css"});

  const Document* souper = FindDoc(content, root + "/news/souper.md");
  REQUIRE(souper);
  CHECK(souper->folder == "news");
  CHECK(souper->slug == "souper");
  CHECK(souper->body == "Texte\n");
  CHECK(souper->data.Find("title")->scalar == "Souper");
  CHECK(FindDoc(content, root + "/categories.yml")->slug == "categories");

  auto folder = About(diags, root + "/activites");
  REQUIRE(folder.size() == 1);
  CHECK(folder[0].severity == Severity::kWarning);
  CHECK(folder[0].message.find("unknown folder 'activites' is ignored; expected one of "
                               "municipalities/, organizations/, activities/") == 0);
  CHECK(folder[0].suggestion == "did you mean 'activities'?");

  auto cafe = About(diags, root + "/news/Café.md");
  REQUIRE(cafe.size() == 1);
  CHECK(cafe[0].severity == Severity::kError);
  CHECK(cafe[0].pos.line == 0);
  CHECK(cafe[0].field == "");
  CHECK(cafe[0].message ==
        "file name 'Café.md' is not a valid slug; expected lowercase letters, digits and hyphens, "
        "e.g. 'cafe'");

  auto photo = About(diags, root + "/news/photo.jpg");
  REQUIRE(photo.size() == 1);
  CHECK(photo[0].severity == Severity::kWarning);
  CHECK(photo[0].message ==
        "ignored file 'photo.jpg'; news/ holds .md, .yaml or .yml files (other files go in "
        "static/)");

  auto sub = About(diags, root + "/news/old");
  REQUIRE(sub.size() == 1);
  CHECK(sub[0].message.find("subfolder 'old' is not supported") == 0);

  auto gone = About(diags, root + "/news/gone.md");
  REQUIRE(gone.size() == 1);
  CHECK(gone[0].severity == Severity::kError);
  CHECK(gone[0].message == "broken symbolic link; point it at a file or remove it");

  auto twice = About(diags, root + "/pages/a-propos.yaml");
  REQUIRE(twice.size() == 1);
  CHECK(twice[0].message == "'a-propos.md' and 'a-propos.yaml' both define 'a-propos' in pages/; "
                            "keep one");

  auto sites = About(diags, root + "/sites.yaml");
  REQUIRE(sites.size() == 1);
  CHECK(sites[0].severity == Severity::kWarning);
  CHECK(sites[0].suggestion == "did you mean 'site.yaml'?");

  auto loop = About(diags, root + "/static/loop");
  REQUIRE(loop.size() == 1);
  CHECK(loop[0].severity == Severity::kWarning);

  CHECK(diags.error_count() == 3);    // Café.md, gone.md, a-propos.yaml
  CHECK(diags.warning_count() == 5);  // activites, photo.jpg, old, sites.yaml, static/loop
}

TEST_CASE("LoadContentTree joins display paths to the folder as given") {
  TempDir tmp;
  tmp.Write("content/site.yaml", "title: T\n");
  tmp.Write("content/news/a.md", "---\ntitle: A\n---\n");
  const fs::path old = fs::current_path();
  fs::current_path(tmp.path());
  Diagnostics diags;
  LoadedContent a = LoadContentTree("content", diags);
  LoadedContent b = LoadContentTree("content/", diags);
  fs::current_path(old);
  CHECK(diags.all().empty());
  REQUIRE(a.documents.size() == 2);
  CHECK(a.documents[0].path == "content/news/a.md");
  CHECK(a.documents[0].data.pos.path() == "content/news/a.md");
  CHECK(a.documents[1].path == "content/site.yaml");
  REQUIRE(b.documents.size() == 2);
  CHECK(b.documents[0].path == "content/news/a.md");
}

TEST_CASE("LoadContentTree requires the folder and its site.yaml") {
  TempDir tmp;
  Diagnostics diags;
  LoadContentTree((tmp.path() / "missing").string(), diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.find("content folder not found") == 0);

  Diagnostics diags2;
  tmp.Write("news/a.md", "---\ntitle: A\n---\n");
  LoadedContent c = LoadContentTree(tmp.path().string(), diags2);
  CHECK(c.documents.size() == 1);
  REQUIRE(diags2.all().size() == 1);
  CHECK(diags2.all()[0].pos.path() == tmp.path().string() + "/");
  CHECK(diags2.all()[0].message.find("missing site.yaml; expected") == 0);
}

TEST_CASE("LoadContentTree reports per-file problems with the file's display path") {
  TempDir tmp;
  tmp.Write("site.yaml", "title: T\ntitle: U\n");
  tmp.Write("news/bad.md", "---\ntitle: \xE9t\xE9\n---\n");
  tmp.Write("news/open.md", "---\ntitle: A\n");
  Diagnostics diags;
  LoadContentTree(tmp.path().string(), diags);
  const std::string root = tmp.path().string();
  REQUIRE(diags.all().size() == 3);
  auto bad = About(diags, root + "/news/bad.md");
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].pos.line == 2);
  CHECK(bad[0].pos.col == 8);
  auto open = About(diags, root + "/news/open.md");
  REQUIRE(open.size() == 1);
  CHECK(open[0].message.find("front matter opened here is never closed") == 0);
  auto site = About(diags, root + "/site.yaml");
  REQUIRE(site.size() == 1);
  CHECK(site[0].pos.line == 2);
}

TEST_CASE("LoadContentTree does not open special files such as FIFOs") {
  TempDir tmp;
  tmp.Write("site.yaml", "title: T\n");
  fs::create_directories(tmp.path() / "news");
  const fs::path fifo = tmp.path() / "news" / "pipe.md";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  Diagnostics diags;
  LoadedContent c = LoadContentTree(tmp.path().string(), diags);  // would block if opened
  CHECK(c.documents.size() == 1);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].pos.path() == fifo.string());
  CHECK(diags.all()[0].message == "not a regular file; expected a text file");
}

TEST_CASE("LoadContentTree never follows a symbolic link out of the content folder") {
  TempDir tmp;
  tmp.Write("secret.md", "---\ntitle: Secret\n---\nmot de passe\n");
  tmp.Write("content/site.yaml", "title: Portail\nbase_url: https://example.org/\n");
  tmp.Write("content/pages/projet.md", "---\ntitle: Projet\n---\n");
  const fs::path content = tmp.path() / "content";
  fs::create_symlink("../../secret.md", content / "pages" / "vole.md");
  fs::create_symlink("projet.md", content / "pages" / "alias.md");  // stays inside: read
  fs::create_symlink("boucle.md", content / "pages" / "boucle.md");
  fs::create_directories(content / "static");
  fs::create_symlink("../../secret.md", content / "static" / "cle.txt");
  fs::create_symlink("../pages/projet.md", content / "static" / "projet.txt");

  const std::string root = content.string();
  Diagnostics diags;
  LoadedContent loaded = LoadContentTree(root, diags);

  CHECK(FindDoc(loaded, root + "/pages/vole.md") == nullptr);
  CHECK(FindDoc(loaded, root + "/pages/alias.md") != nullptr);
  CHECK(loaded.static_files == std::vector<std::string>{"projet.txt"});
  auto out = About(diags, root + "/pages/vole.md");
  REQUIRE(out.size() == 1);
  CHECK(out[0].severity == Severity::kError);
  CHECK(out[0].message == "symbolic link to a file outside the content folder, which is never "
                          "read; copy the file here instead");
  auto loop = About(diags, root + "/pages/boucle.md");
  REQUIRE(loop.size() == 1);
  CHECK(loop[0].severity == Severity::kError);
  CHECK(loop[0].message.find("symbolic link loop") == 0);
  auto key = About(diags, root + "/static/cle.txt");
  REQUIRE(key.size() == 1);
  CHECK(key[0].severity == Severity::kWarning);
  CHECK(key[0].message.find("symbolic link to a file outside the content folder is not copied") ==
        0);
  CHECK(diags.error_count() == 2);
  CHECK(diags.warning_count() == 1);
}

