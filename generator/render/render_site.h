// Rendering a resolved site with a theme into a RenderedSite.
#pragma once

#include <string>

#include "diag/diagnostics.h"
#include "load/theme.h"
#include "render/page_cache.h"
#include "render/rendered_site.h"
#include "render/text_memo.h"
#include "resolve/resolved_site.h"

namespace maillon {

struct RenderOptions {
  std::string base_url;      // overrides site.yaml's base_url when not empty
  std::vector<std::string> static_files;  // content/static/ files (relative), copied as is
  std::string static_dir;    // the folder they are in
  int jobs = 1;              // worker threads
  // Pages rendered by an earlier call, reused when their view, the templates and the shared
  // data are unchanged (the preview server's rebuilds); nullptr renders every page.
  PageCache* cache = nullptr;
  // Typography and Markdown from earlier calls (the preview server's); nullptr: a memo for
  // this call only.
  RenderMemo* memo = nullptr;
};

// Renders every page of the portal (see PRODUCT.md) with the theme's templates. Template errors
// (syntax, unknown partial) are reported with the template's file:line:col.
RenderedSite RenderSite(const ResolvedSite& site, const Theme& theme,
                        const RenderOptions& options, Diagnostics& diags);

}  // namespace maillon
