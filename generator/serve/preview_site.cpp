// Building the served site, swapping it, and answering requests from it.
#include "serve/preview_site.h"

#include <fstream>
#include <iterator>

#include "serve/live_reload.h"
#include "serve/request_path.h"

namespace maillon {

namespace {

constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kText = "text/plain; charset=utf-8";

// Shown while no build has succeeded since the server started, under the error overlay.
constexpr std::string_view kNoSitePage =
    "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    "<title>Maillon preview: no site yet</title></head>\n<body>"
    "<h1>The site has not built yet</h1>"
    "<p>Fix the problems shown below and save: this page reloads by itself.</p>"
    "</body></html>\n";

bool ReadWholeFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

bool IsHtml(const std::string& content_type) { return content_type.starts_with("text/html"); }

PreviewResponse PlainResponse(int status, std::string body) {
  return PreviewResponse{status, kText, std::move(body), "", ""};
}

}  // namespace

namespace {

// Moves the files of `rendered` into `files`, reading copied ones now; an unreadable one is an
// error in `diags` and left out.
void AddServedFiles(RenderedSite&& rendered, ServedSite& site, Diagnostics& diags) {
  for (auto& [path, file] : rendered.files) {
    std::string bytes = std::move(file.bytes);
    if (!file.copy_from.empty() && !ReadWholeFile(file.copy_from, &bytes)) {
      // Removed or renamed since the render listed it: the next change event rebuilds.
      diags.Error(FilePos(file.copy_from), "",
                  {"cannot read the file to serve it as /" + path,
                   "impossible de lire le fichier pour le servir comme /" + path});
      continue;
    }
    site.files[path] = ServedFile(std::move(bytes), std::move(file.content_type));
  }
}

}  // namespace

std::shared_ptr<const ServedSite> MakeServedSite(RenderedSite&& rendered, Diagnostics& diags) {
  auto site = std::make_shared<ServedSite>();
  site->files.reserve(rendered.files.size());
  AddServedFiles(std::move(rendered), *site, diags);
  return site;
}

std::shared_ptr<const ServedSite> UpdateServedSite(const ServedSite& base, RenderedSite&& changed,
                                                   Diagnostics& diags) {
  auto site = std::make_shared<ServedSite>(base);  // copies pointers to the bytes, not the bytes
  AddServedFiles(std::move(changed), *site, diags);
  return site;
}

PreviewSnapshot PreviewState::Get() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return current_;
}

void PreviewState::SetSite(std::shared_ptr<const ServedSite> site, std::string generation) {
  std::lock_guard<std::mutex> lock(mutex_);
  current_.site = std::move(site);
  current_.error.reset();
  current_.generation = std::move(generation);
}

void PreviewState::SetError(std::string report) {
  auto error = std::make_shared<const std::string>(std::move(report));
  std::lock_guard<std::mutex> lock(mutex_);
  current_.error = std::move(error);
}

PreviewResponse AnswerRequest(const PreviewSnapshot& snapshot, std::string_view method,
                              std::string_view target, std::string_view mount) {
  if (method != "GET" && method != "HEAD") {
    PreviewResponse r = PlainResponse(405, "Method not allowed: the preview only reads.\n");
    r.allow = "GET, HEAD";
    return r;
  }
  const std::string_view error = snapshot.error ? std::string_view(*snapshot.error) : "";
  const std::optional<std::string> path = NormalizeRequestPath(target);
  if (path && "/" + *path == kLiveScriptUrl) {
    return PreviewResponse{200, "text/javascript; charset=utf-8", LiveScript(), "", ""};
  }
  if (path && "/" + *path == kEventsUrl) {
    return PreviewResponse{200, "text/event-stream", "", "", ""};  // HEAD: headers only
  }
  if (!snapshot.site) {
    return PreviewResponse{503, kHtml, PreviewHtml(kNoSitePage, error, snapshot.generation), "", ""};
  }
  const ServedSite& site = *snapshot.site;
  // Under a mount point, the target is routed without it and redirects get it back. The mount
  // comes from the base URL, whose path is already clean ("/portail/").
  const std::string_view prefix = mount.substr(0, mount.size() - 1);  // "/portail"
  Route route;
  bool to_mount = false;  // 302, not 301: browsers keep a 301, and the next preview may not mount
  if (prefix.empty() || target.starts_with(mount)) {
    route = RouteRequest(target.substr(prefix.size()),
                         [&site](const std::string& p) { return site.Has(p); });
  } else if (path && ("/" + *path == prefix || path->empty())) {
    route = Route{Route::Kind::kRedirect, "/"};  // "/" and "/portail": the site's home
    to_mount = true;
  } else {
    route.kind = path ? Route::Kind::kNotFound : Route::Kind::kBadRequest;
  }
  switch (route.kind) {
    case Route::Kind::kBadRequest:
      return PlainResponse(400, "Bad request: the path is malformed or leaves the site.\n");
    case Route::Kind::kRedirect: {
      const std::string location = std::string(prefix) + route.path;
      PreviewResponse r = PlainResponse(to_mount ? 302 : 301, "Moved to " + location + "\n");
      r.location = location;
      return r;
    }
    case Route::Kind::kFile: {
      const ServedFile& file = site.files.at(route.path);
      if (IsHtml(file.content_type)) {
        return PreviewResponse{200, file.content_type, PreviewHtml(file.bytes(), error, snapshot.generation), "", ""};
      }
      return PreviewResponse{200, file.content_type, file.bytes(), "", ""};
    }
    case Route::Kind::kNotFound: break;
  }
  auto not_found = site.files.find("404.html");
  if (not_found == site.files.end()) return PlainResponse(404, "Not found.\n");
  return PreviewResponse{404, not_found->second.content_type,
                         PreviewHtml(not_found->second.bytes(), error, snapshot.generation), "", ""};
}

}  // namespace maillon
