// One rebuild of the preview: render in memory, swap in the new site or keep the last good one.
#pragma once

#include <cstdint>
#include <string>

#include "build/pipeline.h"
#include "build/site_session.h"
#include "serve/event_hub.h"
#include "serve/preview_site.h"
#include "watch/change_set.h"

namespace maillon {

struct RebuildReport {
  Diagnostics diags;              // everything the render reported, warnings included
  bool ok = false;                // the new site is being served
  bool stylesheets_only = false;  // pages were told to refresh styles rather than reload
  size_t pages = 0;               // HTML pages served
  size_t pages_rendered = 0;      // of the pages, those rendered anew by this rebuild
  size_t pages_reused = 0;        // and those unchanged since an earlier rebuild
  bool incremental = false;       // only the outputs showing the changed files were made again
  double seconds = 0;             // how long the rebuild took
  std::string timings;            // per phase, when MAILLON_TIMINGS=1 (see TimingsLine)
};

// The diagnostics as the terminal prints them (headline, source line, caret, summary): the text
// of the error overlay.
std::string DiagnosticsReport(const Diagnostics& diags);

class SiteRebuilder {
 public:
  // `state` and `hub` must outlive the rebuilder. With `current_time`, each rebuild sets
  // options.now to the time it starts (America/Toronto); otherwise options.now stays fixed.
  SiteRebuilder(BuildOptions options, bool current_time, PreviewState* state, EventHub* hub);

  // Renders the site in memory: only the outputs that show what `changes` modified when the
  // session can (see SiteSession), else everything. On success serves the new site, clears the
  // error and sends "reload" to open pages, or "css" when `changes` touched only stylesheets
  // and the pages shown were good. On failure keeps serving the last good site, shows the
  // report over its pages and sends "error". `changes` is null for the first build.
  RebuildReport Rebuild(const ChangeBatch* changes);

 private:
  BuildOptions options_;
  bool current_time_;
  PreviewState* state_;
  EventHub* hub_;
  // Everything kept from one rebuild to the next: a save re-makes only the outputs it changes.
  SiteSession session_;
  std::string run_;  // distinguishes this server's generations from a previous run's
  std::uint64_t builds_ = 0;
  bool last_ok_ = false;
};

}  // namespace maillon
