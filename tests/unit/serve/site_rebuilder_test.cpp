// Rebuilds of the preview on a real fixture: swap on success, keep the last good site on failure.
#include "serve/site_rebuilder.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "serve/live_reload.h"

using namespace maillon;
namespace fs = std::filesystem;

namespace {

struct Fixture {
  fs::path dir =
      fs::temp_directory_path() / ("maillon-rebuilder-" + std::to_string(std::random_device{}()));
  BuildOptions options;
  Fixture() {
    fs::create_directories(dir);
    fs::copy(fs::path(MAILLON_SOURCE_DIR) / "tests/fixtures/valid/minimal/content", dir / "content",
             fs::copy_options::recursive);
    options.content_dir = (dir / "content").string();
    options.theme_dir = std::string(MAILLON_SOURCE_DIR) + "/themes/default";
    options.base_url = "http://127.0.0.1:8080/";
    options.now = {{2026, 11, 25}, {9, 0}};
  }
  ~Fixture() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

// Every message the hub holds from `*next` on, without waiting.
std::vector<std::string> Drain(EventHub& hub, std::uint64_t* next) {
  std::vector<std::string> out;
  hub.WaitForMessages(next, std::chrono::milliseconds(0), &out);
  return out;
}

ChangeBatch StylesheetChange() {
  return MergeChanges({{0, "assets/style.css", ChangeType::kModified}}, {"theme"},
                      {RootRole::kTheme});
}

}  // namespace

TEST_CASE("a good build is served, a broken one keeps it with the report, a fix clears it") {
  Fixture f;
  PreviewState state;
  EventHub hub(4);
  std::uint64_t next = hub.NextSequence();
  SiteRebuilder rebuilder(f.options, false, &state, &hub);

  RebuildReport first = rebuilder.Rebuild(nullptr);
  CHECK(first.ok);
  CHECK(first.pages > 10);
  PreviewSnapshot s = state.Get();
  REQUIRE(s.site);
  CHECK_FALSE(s.error);
  CHECK(s.site->Has("projet/index.html"));
  // Copied files are in memory too.
  CHECK(s.site->files.at("assets/style.css").bytes().find('{') != std::string::npos);
  std::vector<std::string> events = Drain(hub, &next);
  REQUIRE(events.size() == 1);
  CHECK(events[0] == SseMessage("reload", s.generation));

  std::ofstream(f.dir / "content/pages/projet.md") << "---\ntitle: [Le projet\n---\nx\n";
  RebuildReport broken = rebuilder.Rebuild(nullptr);
  CHECK_FALSE(broken.ok);
  PreviewSnapshot after = state.Get();
  CHECK(after.site == s.site);  // the last good site, untouched
  REQUIRE(after.error);
  CHECK(after.error->find("pages/projet.md:2:8: erreur :") != std::string::npos);
  CHECK(after.error->find("title: [Le projet") != std::string::npos);  // the source line
  CHECK(after.error->find("1 erreur, 0 avertissement") != std::string::npos);
  events = Drain(hub, &next);
  REQUIRE(events.size() == 1);
  CHECK(events[0] == SseMessage("error", *after.error));

  // A stylesheet-only change right after a failure still reloads: the pages show the overlay.
  std::ofstream(f.dir / "content/pages/projet.md") << "---\ntitle: Le projet\n---\nRéparé.\n";
  const ChangeBatch css = StylesheetChange();
  RebuildReport fixed = rebuilder.Rebuild(&css);
  CHECK(fixed.ok);
  CHECK_FALSE(fixed.stylesheets_only);
  PreviewSnapshot good = state.Get();
  CHECK(good.site != s.site);
  CHECK_FALSE(good.error);
  CHECK(good.generation != s.generation);
  CHECK(good.site->files.at("projet/index.html").bytes().find("Réparé.") != std::string::npos);
  events = Drain(hub, &next);
  REQUIRE(events.size() == 1);
  CHECK(events[0].starts_with("event: reload\n"));

  // Once the pages are good, a stylesheet-only change only refreshes styles.
  RebuildReport styled = rebuilder.Rebuild(&css);
  CHECK(styled.stylesheets_only);
  events = Drain(hub, &next);
  REQUIRE(events.size() == 1);
  CHECK(events[0] == SseMessage("css", state.Get().generation));
}

TEST_CASE("DiagnosticsReport quotes the source line under each headline, like the terminal") {
  Fixture f;
  Diagnostics diags;
  const std::string path = (f.dir / "content/site.yaml").string();
  diags.Error(MakePos(std::make_shared<const std::string>(path), 1, 1), "title", "expected text");
  const std::string report = DiagnosticsReport(diags);
  CHECK(report.starts_with(path + ":1:1: error: field 'title': expected text\n"));
  CHECK(report.find("title: Portail d'essai") != std::string::npos);
  CHECK(report.ends_with("1 error, 0 warnings"));
}
