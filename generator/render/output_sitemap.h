// sitemap.xml (every public HTML page) and robots.txt, for search engines.
#pragma once

#include <string>
#include <vector>

#include "render/output_plan.h"

namespace maillon {

// Plans sitemap.xml listing every HTML page of `page_paths` (output paths, "a/b/index.html")
// except 404.html (absolute URLs, in path order; <lastmod> for news articles, their date) and
// robots.txt (everything allowed, pointing at the sitemap when the site has a base URL).
void PlanSitemap(const ViewContext& ctx, std::vector<std::string> page_paths, OutputPlans& plans);

}  // namespace maillon
