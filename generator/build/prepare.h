// The phases before rendering, shared by build, check and the preview's session.
#pragma once

#include <functional>

#include "build/phase_clock.h"
#include "build/pipeline.h"
#include "load/content_tree.h"
#include "load/theme.h"
#include "render/render_site.h"
#include "resolve/resolved_site.h"

namespace maillon {

// What load, validate and resolve give the renderer.
struct PreparedSite {
  LoadedContent loaded;
  Theme theme;
  ResolvedSite site;
};

// Loads, validates and resolves, with a lap of `clock` after each. `validated`, when set, sees
// the content before resolve hides drafts and future news. False when the content has errors
// (every one is in `diags`): pages would be wrong.
bool PrepareSite(const BuildOptions& options, Diagnostics& diags, PhaseClock& clock,
                 PreparedSite& out, const std::function<void(const Content&)>& validated = {});

// The folders whose files shadow the theme's (LoadTheme's overlays): the theme site.yaml names
// (`theme:`, a folder beside the theme), then the sub-site's municipality's (themes/SLUG/).
// Reports a theme that site.yaml names and no folder holds.
std::vector<std::string> ThemeOverlays(const BuildOptions& options, const Site& site,
                                       Diagnostics& diags);

// The render options of a build: base URL, static files, threads and the preview's caches.
RenderOptions RenderOptionsFor(const BuildOptions& options, const PreparedSite& prepared);

}  // namespace maillon
