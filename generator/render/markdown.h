// Markdown -> HTML with cmark-gfm (the only cmark-gfm user).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace maillon {

struct MarkdownOptions {
  bool unsafe_html = false;  // keep raw HTML (site option); otherwise it is left out
  std::string root;          // prefix that turns a site path into a relative link: "../../"
  bool french = true;        // French typography on text (guillemets, apostrophes, spaces)
  // A sub-site's own site paths ("soupers/x/", "images/a.png"): a site path outside them links
  // to `outside_root` (the regional portal's address) instead. nullptr: every path is the site's.
  const std::unordered_set<std::string>* own_paths = nullptr;
  std::string outside_root;
};

// Registers the GFM extensions. Call once, before any thread renders.
void InitMarkdown();

// Renders GFM (tables, strikethrough, autolinks, task lists, tag filter) to HTML. Links and
// images whose URL starts with "/" (not "//") get `root` prepended, so pages work under any base
// URL. Dangerous URLs (javascript:, vbscript:, file:, data: except images) are emptied.
std::string MarkdownToHtml(std::string_view markdown, const MarkdownOptions& options);

}  // namespace maillon
