// The build pipeline: load -> validate -> resolve -> render -> write.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "build/phase_clock.h"
#include "diag/diagnostics.h"
#include "model/dates.h"
#include "render/rendered_site.h"

namespace maillon {

class DocumentCache;
class FragmentMemo;
class PageCache;
struct RenderMemo;

struct BuildOptions {
  std::string content_dir = "content";
  std::string theme_dir = "themes/default";
  std::string out_dir = "site";
  std::string base_url;  // empty: site.yaml's base_url
  // A municipality's slug: its sub-site rather than the portal (base_url: the sub-site's).
  std::string municipality;
  // Build: every municipality's sub-site, each in out_dir/SLUG/ at base_url + "SLUG/".
  bool all_municipalities = false;
  bool drafts = false;   // include draft news
  int jobs = 1;          // threads loading, rendering and writing
  DateTime now;          // the local time deciding what is published and upcoming
  // The preview server's parsed files, typeset texts and pages from earlier rebuilds, reused
  // when unchanged (see LoadOptions, RenderOptions); nullptr (build, check) does everything.
  DocumentCache* document_cache = nullptr;
  RenderMemo* render_memo = nullptr;
  PageCache* page_cache = nullptr;
  FragmentMemo* fragments = nullptr;
};

struct BuildResult {
  Diagnostics diags;
  RenderedSite site;     // what was rendered (empty when content had errors)
  size_t pages = 0;      // HTML pages rendered
  size_t pages_rendered = 0;  // of the pages, those rendered with the templates this time
  size_t pages_reused = 0;    // and those taken unchanged from options.page_cache
  size_t written = 0;    // files written (0 for check)
  size_t unchanged = 0;  // of those, identical to the previous output
  bool bad_output_dir = false;  // --out refused before any work: a usage error (exit 2)
  // Seconds spent in each phase, in order ("load", "validate", "resolve", "render" (which
  // scans links and, for build, writes each file as it is made), "links" (the report), "write"
  // (the swap)): MAILLON_TIMINGS=1 prints them (cli, serve) for whoever profiles a slow site.
  PhaseTimings timings;
  bool ok() const { return !diags.HasErrors(); }
};

// "load 0.12 s, validate 0.03 s, ..." when the environment sets MAILLON_TIMINGS=1, else "".
std::string TimingsLine(const BuildResult& result);

// Loads, validates, resolves and renders in memory; stops before rendering when the content has
// errors. Writes nothing.
BuildResult RenderOnly(const BuildOptions& options);

// What `maillon check` does: RenderOnly without keeping the site (each file is checked, then
// dropped), so memory does not grow with the site. result.site stays empty.
BuildResult Check(const BuildOptions& options);

// Loads, validates, resolves, then renders into a folder beside options.out_dir, writing each
// file as soon as it is made, and swaps that folder in when there is no error (see
// OutputFolder). The output folder is checked first, so a forbidden --out fails before any work.
// With options.all_municipalities, renders every municipality's sub-site from the same parsed
// content, each into its own subfolder, and swaps them in together.
BuildResult Build(const BuildOptions& options);

}  // namespace maillon
