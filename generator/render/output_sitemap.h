// sitemap.xml (every public HTML page) and robots.txt, for search engines.
#pragma once

#include "diag/diagnostics.h"
#include "render/rendered_site.h"
#include "render/views.h"

namespace maillon {

// Adds sitemap.xml listing every HTML page already in `out` except 404.html (absolute URLs, in
// path order; <lastmod> for news articles, their date) and robots.txt (everything allowed,
// pointing at the sitemap when the site has a base URL).
void AddSitemap(const ViewContext& ctx, RenderedSite& out, Diagnostics& diags);

}  // namespace maillon
