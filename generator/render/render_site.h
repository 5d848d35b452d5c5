// Rendering a resolved site with a theme: every page and generated file, planned first, then
// made on several threads and handed to an output sink one by one.
#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"
#include "load/theme.h"
#include "render/fragment_memo.h"
#include "render/output_sink.h"
#include "render/page_cache.h"
#include "render/rendered_site.h"
#include "render/text_memo.h"
#include "resolve/resolved_site.h"

namespace maillon {

struct RenderOptions {
  std::string base_url;      // overrides site.yaml's base_url when not empty
  // A municipality's slug: render its sub-site (see SiteScope) rather than the whole portal;
  // base_url is then the sub-site's address, site.yaml's base_url the portal's.
  std::string municipality;
  std::vector<std::string> static_files;  // content/static/ files (relative), copied as is
  std::string static_dir;    // the folder they are in
  int jobs = 1;              // worker threads
  // Pages rendered by an earlier call, reused when their view, the templates and the shared
  // data are unchanged (the preview server's full rebuilds); nullptr renders every page.
  PageCache* cache = nullptr;
  // Markdown rendered by earlier calls (the preview server's); nullptr: none kept.
  RenderMemo* memo = nullptr;
  // Texts of single items kept by the preview (see FragmentMemo); nullptr: made every time.
  FragmentMemo* fragments = nullptr;
};

// Called with each file as soon as it is made (the link check scans it there), from the render
// threads: `index` into SiteRenderer::files(), and its bytes.
using MadeFileFn = std::function<void(size_t index, std::string_view bytes)>;

// The content files each made file showed, for incremental rebuilds: reads[k] for the k-th file
// made, as SourcePos::file pointers (see ReadRecorder), valid while the site is.
using FileReads = std::vector<std::vector<const std::string*>>;

// Everything needed to make the portal's files (see PRODUCT.md), prepared once: the interface
// texts, the compiled templates, the plan of every page and generated file, the data all pages
// share. Makes every file, or only some of them again (the preview's incremental rebuilds). The
// site and theme must outlive it.
class SiteRenderer {
 public:
  // Template errors (syntax, missing layouts or partial cycles) are reported with the
  // template's file:line:col, two files with one path at the content item that makes the second.
  SiteRenderer(const ResolvedSite& site, const Theme& theme, const RenderOptions& options,
               Diagnostics& diags);
  ~SiteRenderer();
  SiteRenderer(const SiteRenderer&) = delete;
  SiteRenderer& operator=(const SiteRenderer&) = delete;

  // False when the site cannot be rendered (the constructor reported why): make nothing.
  bool ready() const;
  // Every file of the site, in a fixed order: pages (home first), generated files (calendars,
  // feeds, open data, search index, sitemap, robots.txt), theme assets, static files.
  const std::vector<PlannedFile>& files() const;
  size_t page_count() const;  // the first page_count() files are the HTML pages

  // Makes the files `which` (indexes into files(); every file when null) on options.jobs
  // threads: each made file goes to `on_made` (if set), then to `sink`. Copied files are handed
  // over as they are (OutputFile::copy_from). A page that fails to render is reported in
  // `diags` and not handed over. With `reads`, records what each file showed (same order as
  // `which`). Deterministic: the bytes do not depend on the number of threads.
  void Make(const std::vector<size_t>* which, OutputSink& sink, const MadeFileFn& on_made,
            FileReads* reads, Diagnostics& diags);
  // Makes file `index` again into `out` (not a copied file); false when it fails.
  bool MakeOne(size_t index, std::string& out);
  // After Make: reports the templates' names that no view provided, and the interface texts the
  // theme lacks.
  void Finish(Diagnostics& diags);

  // Of the pages the last Make rendered: how many came from options.cache unchanged.
  size_t pages_reused() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Renders every file of the site into memory (tests, and callers that want the whole site).
RenderedSite RenderSite(const ResolvedSite& site, const Theme& theme,
                        const RenderOptions& options, Diagnostics& diags);

// The media type a file is served with, by extension; "application/octet-stream" when unknown.
std::string ContentTypeFor(std::string_view path);

}  // namespace maillon
