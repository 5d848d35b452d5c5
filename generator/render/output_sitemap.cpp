// The sitemap and robots.txt, built from the pages that were actually rendered.
#include "render/output_sitemap.h"

#include <map>

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

void AddSitemap(const ViewContext& ctx, RenderedSite& out, Diagnostics& diags) {
  // Only news carry a date; other pages have no trustworthy modification time (a build clock
  // would change the file on every build), so they go without <lastmod>.
  std::map<std::string, std::string> lastmod;
  for (const NewsItem* n : ctx.site.news) lastmod[NewsUrl(n->slug)] = Rfc3339(n->date.value);

  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& [path, file] : out.files) {
    if (!path.ends_with(".html") || path == NotFoundUrl() || !file.copy_from.empty()) continue;
    const std::string url = UrlOfPage(path);
    xml += "  <url>\n    <loc>" + XmlEscape(OutputUrl(ctx, url)) + "</loc>\n";
    auto it = lastmod.find(url);
    if (it != lastmod.end()) xml += "    <lastmod>" + it->second + "</lastmod>\n";
    xml += "  </url>\n";
  }
  xml += "</urlset>\n";
  AddGeneratedFile(out, "sitemap.xml", std::move(xml), kXmlType, {}, diags);

  std::string robots = "User-agent: *\nAllow: /\n";
  // The Sitemap line must be an absolute URL; without a base URL there is none to give.
  if (!ctx.base_url.empty()) robots += "\nSitemap: " + OutputUrl(ctx, "sitemap.xml") + "\n";
  AddGeneratedFile(out, "robots.txt", std::move(robots), kTextType, {}, diags);
}

}  // namespace maillon
