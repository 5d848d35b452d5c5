// Answers of the preview from an in-memory site: pages, redirects, 404, 405, overlay, swaps.
#include "serve/preview_site.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "serve/event_hub.h"
#include "serve/live_reload.h"

using namespace maillon;
namespace fs = std::filesystem;

namespace {

constexpr const char* kHtml = "text/html; charset=utf-8";

PreviewSnapshot SnapshotWith(std::string error = "") {
  auto site = std::make_shared<ServedSite>();
  site->files["index.html"] = {"<html><body>Accueil</body></html>", kHtml};
  site->files["organismes/index.html"] = {"<html><body>Organismes</body></html>", kHtml};
  site->files["404.html"] = {"<html><body>Page introuvable</body></html>", kHtml};
  site->files["assets/style.css"] = {"body{}", "text/css; charset=utf-8"};
  PreviewSnapshot s;
  s.site = site;
  if (!error.empty()) s.error = std::make_shared<const std::string>(error);
  s.generation = "g-1";
  return s;
}

}  // namespace

TEST_CASE("pages are served with their type and the live-reload tag; assets untouched") {
  PreviewResponse r = AnswerRequest(SnapshotWith(), "GET", "/");
  CHECK(r.status == 200);
  CHECK(r.content_type == kHtml);
  CHECK(r.body == "<html><body>Accueil" + LiveScriptTag("g-1") + "</body></html>");
  r = AnswerRequest(SnapshotWith(), "HEAD", "/assets/style.css");
  CHECK(r.status == 200);
  CHECK(r.content_type == "text/css; charset=utf-8");
  CHECK(r.body == "body{}");
  r = AnswerRequest(SnapshotWith(), "GET", "/__maillon/live.js");
  CHECK(r.status == 200);
  CHECK(r.body == LiveScript());
}

TEST_CASE("redirects, the site's 404 page, bad requests and other methods") {
  PreviewResponse r = AnswerRequest(SnapshotWith(), "GET", "/organismes");
  CHECK(r.status == 301);
  CHECK(r.location == "/organismes/");
  r = AnswerRequest(SnapshotWith(), "GET", "/nulle-part/");
  CHECK(r.status == 404);
  CHECK(r.body.find("Page introuvable") != std::string::npos);
  CHECK(r.body.find(LiveScriptTag("g-1")) != std::string::npos);
  r = AnswerRequest(SnapshotWith(), "GET", "/%2e%2e/%2e%2e/etc/passwd");
  CHECK(r.status == 400);
  CHECK(r.body.find("root:") == std::string::npos);
  for (const char* method : {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"}) {
    CAPTURE(method);
    r = AnswerRequest(SnapshotWith(), method, "/");
    CHECK(r.status == 405);
    CHECK(r.allow == "GET, HEAD");
  }
}

TEST_CASE("a site published under a path is served under it") {
  const PreviewSnapshot snap = SnapshotWith();
  PreviewResponse r = AnswerRequest(snap, "GET", "/portail/", "/portail/");
  CHECK(r.status == 200);
  CHECK(r.body.find("Accueil") != std::string::npos);
  r = AnswerRequest(snap, "GET", "/portail/organismes/?q=1", "/portail/");
  CHECK(r.body.find("Organismes") != std::string::npos);
  // Redirects keep the mount; the root and the bare mount lead to the home page, for now only.
  r = AnswerRequest(snap, "GET", "/portail/organismes", "/portail/");
  CHECK(r.status == 301);
  CHECK(r.location == "/portail/organismes/");
  for (const char* target : {"/", "/portail"}) {
    CAPTURE(target);
    r = AnswerRequest(snap, "GET", target, "/portail/");
    CHECK(r.status == 302);
    CHECK(r.location == "/portail/");
  }
  // Outside the mount: the site's 404 page, not a file of the site.
  r = AnswerRequest(snap, "GET", "/organismes/", "/portail/");
  CHECK(r.status == 404);
  CHECK(r.body.find("Page introuvable") != std::string::npos);
  r = AnswerRequest(snap, "GET", "/portailx/", "/portail/");
  CHECK(r.status == 404);
  // Traversal through the mount is refused like any other.
  for (const char* target : {"/portail/../portail/", "/portail/%2e%2e/etc/passwd", "/%2e%2e/"}) {
    CAPTURE(target);
    CHECK(AnswerRequest(snap, "GET", target, "/portail/").status == 400);
  }
  // The live-reload script stays at the root.
  CHECK(AnswerRequest(snap, "GET", "/__maillon/live.js", "/portail/").status == 200);
}

TEST_CASE("after a failed rebuild, pages carry the overlay; without any site, a 503 page") {
  PreviewResponse r = AnswerRequest(SnapshotWith("x.md:2:3: error: <bad>"), "GET", "/");
  CHECK(r.status == 200);
  CHECK(r.body.find("Accueil") != std::string::npos);  // the last good page
  CHECK(r.body.find("role=\"alert\"") != std::string::npos);
  CHECK(r.body.find("x.md:2:3: error: &lt;bad&gt;") != std::string::npos);
  r = AnswerRequest(SnapshotWith("x.md:2:3: error"), "GET", "/assets/style.css");
  CHECK(r.body == "body{}");

  PreviewSnapshot empty;
  empty.error = std::make_shared<const std::string>("site.yaml:1:1: error: missing");
  r = AnswerRequest(empty, "GET", "/organismes/");
  CHECK(r.status == 503);
  CHECK(r.body.find("site.yaml:1:1: error: missing") != std::string::npos);
  CHECK(r.body.find(LiveScriptTag("")) != std::string::npos);
  CHECK(AnswerRequest(empty, "GET", "/__maillon/live.js").status == 200);
}

TEST_CASE("MakeServedSite reads copied files into memory and reports missing ones") {
  const fs::path dir = fs::temp_directory_path() / "maillon-served-site-test";
  fs::create_directories(dir);
  std::ofstream(dir / "style.css") << "main{}";
  RenderedSite rendered;
  rendered.files["index.html"] = OutputFile{"<p>x</p>", "", kHtml, {}};
  rendered.files["assets/style.css"] =
      OutputFile{"", (dir / "style.css").string(), "text/css; charset=utf-8", {}};
  rendered.files["assets/gone.png"] = OutputFile{"", (dir / "gone.png").string(), "image/png", {}};
  Diagnostics diags;
  auto site = MakeServedSite(std::move(rendered), diags);
  CHECK(site->files.at("assets/style.css").bytes() == "main{}");
  CHECK(site->files.at("index.html").bytes() == "<p>x</p>");
  CHECK_FALSE(site->Has("assets/gone.png"));
  CHECK(diags.error_count() == 1);
  fs::remove_all(dir);
}

TEST_CASE("PreviewState swaps whole sites; an error keeps the site until the next good one") {
  PreviewState state;
  CHECK_FALSE(state.Get().site);
  auto first = std::make_shared<ServedSite>();
  state.SetSite(first, "g-1");
  state.SetError("broken");
  PreviewSnapshot s = state.Get();
  CHECK(s.site == first);
  REQUIRE(s.error);
  CHECK(*s.error == "broken");
  auto second = std::make_shared<ServedSite>();
  state.SetSite(second, "g-2");
  s = state.Get();
  CHECK(s.site == second);
  CHECK_FALSE(s.error);
  CHECK(s.generation == "g-2");
}

TEST_CASE("EventHub caps streams and delivers each message once to every reader") {
  EventHub hub(2);
  CHECK(hub.OpenStream());
  CHECK(hub.OpenStream());
  CHECK_FALSE(hub.OpenStream());
  hub.CloseStream();
  CHECK(hub.OpenStream());

  std::uint64_t next = hub.NextSequence();
  std::vector<std::string> got;
  CHECK(hub.WaitForMessages(&next, std::chrono::milliseconds(10), &got));
  CHECK(got.empty());  // a timeout: the stream sends a ping
  std::thread publisher([&] { hub.Publish("event: reload\n\n"); });
  CHECK(hub.WaitForMessages(&next, std::chrono::seconds(5), &got));
  publisher.join();
  REQUIRE(got.size() == 1);
  CHECK(got[0] == "event: reload\n\n");
  got.clear();
  CHECK(hub.WaitForMessages(&next, std::chrono::milliseconds(10), &got));
  CHECK(got.empty());

  std::thread stopper([&] { hub.Shutdown(); });
  CHECK_FALSE(hub.WaitForMessages(&next, std::chrono::seconds(5), &got));
  stopper.join();
  CHECK_FALSE(hub.OpenStream());
}
