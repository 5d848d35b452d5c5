// The preview's builds, one after another over the same folders. A full build renders every
// file and keeps what later builds can reuse: the parsed files, the resolved site, the compiled
// theme, the link index and which content files each output showed (the dependency graph). When
// a save only modifies content items in fields that no other item depends on (their resolve keys
// are unchanged, see resolve/resolve_key.h), the next build re-makes just the outputs that showed
// those items; anything else is a full build, through the caches.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "build/phase_clock.h"
#include "build/pipeline.h"
#include "diag/diagnostics.h"
#include "model/dates.h"
#include "render/rendered_site.h"

namespace maillon {

// What changed on disk since the previous build, as the watcher saw it.
struct SourceChanges {
  // Content files modified in place, as paths under the content folder as given
  // ("content/news/x.md"): the candidates for an incremental build.
  std::vector<std::string> modified;
  // Copied files (theme assets, content/static/) modified in place, as paths on disk
  // ("themes/default/assets/style.css"): served anew, nothing else changes.
  std::vector<std::string> copied;
  // Anything else: a file created, removed or renamed, the theme, a static file, site.yaml, or
  // the watcher lost track. Forces a full build.
  bool others = false;
};

struct SessionBuild {
  Diagnostics diags;         // every message about the site as it now is (as a full build's)
  bool ok = false;           // no error: `files` can be served
  bool incremental = false;  // only the outputs in `files` were made again
  // Full build: every file of the site. Incremental: the files made again (replace those).
  RenderedSite files;
  size_t pages = 0;           // HTML pages of the site
  size_t pages_rendered = 0;  // of those, rendered with the templates by this build
  size_t pages_reused = 0;    // and taken unchanged from an earlier one
  PhaseTimings timings;       // "load", ... for a full build; "incremental" phases otherwise
};

class SiteSession {
 public:
  // options.document_cache, render_memo and page_cache are the session's own (set here).
  explicit SiteSession(BuildOptions options);
  ~SiteSession();
  SiteSession(const SiteSession&) = delete;
  SiteSession& operator=(const SiteSession&) = delete;

  // Builds the site as it is on disk at local time `now`; `changes` null means unknown (the
  // first build): a full build. An incremental build keeps the previous build's "now" when `now`
  // changes nothing the site shows (before ResolvedSite::changes_at), so that it stays equal to
  // a full build at that time; otherwise a full build takes `now`.
  SessionBuild Build(const DateTime& now, const SourceChanges* changes);
  // Makes the next build a full one (the caller could not use the last one's files).
  void Forget();

 private:
  struct State;
  struct Caches;
  // The incremental build, or false (nothing reported) when a full build is needed.
  bool BuildIncrementally(const SourceChanges& changes, SessionBuild& out);
  SessionBuild BuildFully(const DateTime& now);

  BuildOptions options_;
  std::unique_ptr<Caches> caches_;
  std::unique_ptr<State> state_;  // the last good full build and its updates; null after a failure
};

}  // namespace maillon
