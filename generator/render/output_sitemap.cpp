// The sitemap and robots.txt, built from the list of the pages.
#include "render/output_sitemap.h"

#include <algorithm>
#include <map>
#include <memory>

#include "render/output_common.h"
#include "render/output_feeds.h"
#include "render/routes.h"

namespace maillon {

namespace {

// The site path a page file serves: "index.html" -> "", "a/b/index.html" -> "a/b/".
std::string UrlOfPage(const std::string& path) {
  static const std::string kIndex = "index.html";
  if (path == kIndex) return "";
  if (path.ends_with("/" + kIndex)) return path.substr(0, path.size() - kIndex.size());
  return path;
}

}  // namespace

void PlanSitemap(const ViewContext&, std::vector<std::string> page_paths, OutputPlans& plans) {
  std::sort(page_paths.begin(), page_paths.end());
  auto pages = std::make_shared<const std::vector<std::string>>(std::move(page_paths));
  plans.push_back({"sitemap.xml", kXmlType, {}, [pages](const ViewContext& ctx) {
                     // Only news carry a date; other pages have no trustworthy modification
                     // time (a build clock would change the file on every build), so they go
                     // without <lastmod>.
                     std::map<std::string, std::string> lastmod;
                     for (const NewsItem* n : ctx.site.news) {
                       lastmod[NewsUrl(n->slug)] = Rfc3339(n->date.value);
                     }
                     std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
                     xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
                     for (const std::string& path : *pages) {
                       if (!path.ends_with(".html") || path == NotFoundUrl()) continue;
                       const std::string url = UrlOfPage(path);
                       xml += "  <url>\n    <loc>" + XmlEscape(OutputUrl(ctx, url)) + "</loc>\n";
                       auto it = lastmod.find(url);
                       if (it != lastmod.end()) xml += "    <lastmod>" + it->second + "</lastmod>\n";
                       xml += "  </url>\n";
                     }
                     xml += "</urlset>\n";
                     return xml;
                   }});
  plans.push_back({"robots.txt", kTextType, {}, [](const ViewContext& ctx) {
                     std::string robots = "User-agent: *\nAllow: /\n";
                     // The Sitemap line must be an absolute URL; without a base URL there is
                     // none to give.
                     if (!ctx.base_url.empty()) {
                       robots += "\nSitemap: " + OutputUrl(ctx, "sitemap.xml") + "\n";
                     }
                     return robots;
                   }});
}

}  // namespace maillon
