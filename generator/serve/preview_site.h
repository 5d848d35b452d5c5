// The site the preview serves, held in memory and swapped whole after each good rebuild.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "diag/diagnostics.h"
#include "render/rendered_site.h"

namespace maillon {

struct ServedFile {
  ServedFile() = default;
  ServedFile(std::string bytes, std::string type)
      : data(std::make_shared<const std::string>(std::move(bytes))),
        content_type(std::move(type)) {}

  std::shared_ptr<const std::string> data;  // shared: an updated site copies pointers only
  std::string content_type;

  const std::string& bytes() const { return *data; }
};

// Every file of one rendered site, bytes included: requests are answered from this map only,
// never from a path on disk, so no request can reach a file outside the site.
struct ServedSite {
  std::unordered_map<std::string, ServedFile> files;  // keyed like RenderedSite::files

  bool Has(const std::string& path) const { return files.count(path) != 0; }
};

// Turns a rendered site into a servable one, reading the files it copies (theme assets,
// content/static) into memory now. An unreadable file is an error in `diags`.
std::shared_ptr<const ServedSite> MakeServedSite(RenderedSite&& rendered, Diagnostics& diags);
// `base` with the files of `changed` added or replaced (an incremental rebuild's), as
// MakeServedSite does; `base` itself is untouched (requests may be reading it).
std::shared_ptr<const ServedSite> UpdateServedSite(const ServedSite& base, RenderedSite&& changed,
                                                   Diagnostics& diags);

// What one request sees: taken as a whole, so a swap in the middle cannot mix two sites.
struct PreviewSnapshot {
  std::shared_ptr<const ServedSite> site;    // null until a build succeeded
  std::shared_ptr<const std::string> error;  // the last rebuild's report when it failed
  std::string generation;                    // names the served site; changes with each swap
};

// The current snapshot, read by request threads and replaced by the rebuild thread.
class PreviewState {
 public:
  PreviewSnapshot Get() const;
  // Serves `site` from now on and forgets the last error.
  void SetSite(std::shared_ptr<const ServedSite> site, std::string generation);
  // Keeps serving the current site and shows `report` over its pages.
  void SetError(std::string report);

 private:
  mutable std::mutex mutex_;
  PreviewSnapshot current_;
};

struct PreviewResponse {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string location;  // for a redirect: built from the site's own paths, never the request
  std::string allow;     // for 405
};

// The answer to `method` `target` from `snapshot`, HTML pages with the live-reload script and,
// after a failed rebuild, the error overlay. Handles /__maillon/live.js; the event stream is
// the server's. Only GET and HEAD are allowed. The site is served under `mount` ("/portail/"
// when the base URL has that path, as the production server would): "/" redirects there, and
// other paths outside it get the 404 page.
PreviewResponse AnswerRequest(const PreviewSnapshot& snapshot, std::string_view method,
                              std::string_view target, std::string_view mount = "/");

}  // namespace maillon
