// The watcher on real temporary folders, with inotify and with polling: saves, atomic saves,
// deletes, renames and new folders all come out as batches of changes.
#include "watch/watcher.h"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <random>
#include <thread>

using namespace maillon;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

struct TempTree {
  fs::path path =
      fs::temp_directory_path() / ("maillon-watch-" + std::to_string(std::random_device{}()));
  TempTree() {
    fs::create_directories(path / "content/news");
    fs::create_directories(path / "theme/assets");
    Write("content/news/a.md", "---\ntitle: A\n---\n");
    Write("theme/assets/style.css", "body{}");
  }
  ~TempTree() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  void Write(const std::string& relative, const std::string& text) const {
    std::ofstream(path / relative, std::ios::binary) << text;
  }
  std::string Dir(const char* name) const { return (path / name).string(); }
};

WatchOptions Options(const TempTree& t, bool polling) {
  WatchOptions o;
  o.roots = {{t.Dir("content"), RootRole::kContent}, {t.Dir("theme"), RootRole::kTheme}};
  o.debounce = 50ms;
  o.poll_interval = 100ms;
  o.force_polling = polling;
  return o;
}

// Gathers batches for up to 5 s until one holds `relative` with `type`; returns that change.
std::optional<Change> WaitFor(Watcher& w, const std::string& relative, ChangeType type) {
  const auto end = std::chrono::steady_clock::now() + 5s;
  while (std::chrono::steady_clock::now() < end) {
    ChangeBatch batch = w.WaitForChanges(500ms);
    for (const Change& c : batch.changes) {
      if (c.relative == relative && c.type == type) return c;
    }
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("changes are seen with inotify and with polling") {
  for (bool polling : {false, true}) {
    CAPTURE(polling);
    TempTree t;
    Watcher w(Options(t, polling));
    w.Start();
    CHECK((w.method() == WatchMethod::kPolling) == polling);
    // Polling compares with the snapshot taken at start: let the clock move past it.
    std::this_thread::sleep_for(20ms);

    t.Write("content/news/a.md", "---\ntitle: A2\n---\n");
    auto c = WaitFor(w, "news/a.md", ChangeType::kModified);
    REQUIRE(c);
    CHECK(c->kind == ChangeKind::kContent);
    CHECK(c->path == t.Dir("content") + "/news/a.md");

    // An editor's atomic save: write a temporary file, rename it over the original.
    std::this_thread::sleep_for(20ms);
    t.Write("content/news/.a.md.tmp", "---\ntitle: A3 longer\n---\n");
    fs::rename(t.path / "content/news/.a.md.tmp", t.path / "content/news/a.md");
    CHECK(WaitFor(w, "news/a.md", ChangeType::kModified));

    fs::rename(t.path / "content/news/a.md", t.path / "content/news/b.md");
    CHECK(WaitFor(w, "news/b.md", ChangeType::kCreated));

    fs::remove(t.path / "content/news/b.md");
    CHECK(WaitFor(w, "news/b.md", ChangeType::kRemoved));

    // A new folder and a file written into it at once: the file must not be missed.
    fs::create_directories(t.path / "content/static/img");
    t.Write("content/static/img/logo.svg", "<svg/>");
    c = WaitFor(w, "static/img/logo.svg", ChangeType::kCreated);
    REQUIRE(c);
    CHECK(c->kind == ChangeKind::kStatic);
    // ...and later changes inside it too.
    std::this_thread::sleep_for(20ms);
    t.Write("content/static/img/logo.svg", "<svg></svg>");
    CHECK(WaitFor(w, "static/img/logo.svg", ChangeType::kModified));

    t.Write("theme/assets/style.css", "body{color:red}");
    auto end = std::chrono::steady_clock::now() + 5s;
    bool only_css = false;
    while (!only_css && std::chrono::steady_clock::now() < end) {
      ChangeBatch b = w.WaitForChanges(500ms);
      only_css = b.OnlyStylesheets();
    }
    CHECK(only_css);
    w.Stop();
  }
}

TEST_CASE("a folder removed and restored is seen again") {
  TempTree t;
  Watcher w(Options(t, false));
  w.Start();
  REQUIRE(w.method() == WatchMethod::kInotify);
  fs::remove_all(t.path / "content/news");
  CHECK(WaitFor(w, "news", ChangeType::kRemoved));
  fs::create_directories(t.path / "content/news");
  t.Write("content/news/c.md", "x");
  CHECK(WaitFor(w, "news/c.md", ChangeType::kCreated));
}

TEST_CASE("scratch files alone make no batch") {
  TempTree t;
  Watcher w(Options(t, false));
  w.Start();
  t.Write("content/news/.a.md.swp", "x");
  t.Write("content/news/a.md~", "x");
  CHECK(w.WaitForChanges(400ms).empty());
}

TEST_CASE("Stop wakes a waiting watcher at once, in both modes") {
  for (bool polling : {false, true}) {
    CAPTURE(polling);
    TempTree t;
    Watcher w(Options(t, polling));
    w.Start();
    const auto start = std::chrono::steady_clock::now();
    std::thread stopper([&] {
      std::this_thread::sleep_for(100ms);
      w.Stop();
    });
    CHECK(w.WaitForChanges(10s).empty());
    stopper.join();
    CHECK(std::chrono::steady_clock::now() - start < 3s);
    CHECK(w.stopped());
    CHECK(w.WaitForChanges(10s).empty());  // and returns at once afterwards
  }
}
