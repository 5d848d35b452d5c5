// Link and image URLs in Markdown: which are dangerous, and site paths made relative.
#include "render/markdown_links.h"

#include <array>

namespace maillon {

bool IsDangerousUrl(std::string_view url, bool is_image) {
  // Browsers skip leading spaces and controls and drop tabs and newlines anywhere, so read the
  // scheme the way they do.
  std::string scheme;
  for (char c : url) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (scheme.empty() && static_cast<unsigned char>(c) <= 0x20) continue;
    scheme.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    if (scheme.size() >= 16) break;  // enough for "data:image/jpeg"
  }
  auto starts_with = [&](std::string_view prefix) { return scheme.starts_with(prefix); };
  if (starts_with("javascript:") || starts_with("vbscript:") || starts_with("file:")) return true;
  if (!starts_with("data:")) return false;
  if (!is_image) return true;
  static constexpr std::array<std::string_view, 4> kRasterImages = {
      "data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"};
  for (std::string_view allowed : kRasterImages) {
    if (starts_with(allowed)) return false;
  }
  return true;
}

std::string RelativeToRoot(std::string_view url, std::string_view root) {
  if (url.empty() || url[0] != '/' || url.starts_with("//")) return std::string(url);
  std::string_view rest = url.substr(1);
  std::string out(root);
  if (!out.empty() && out.back() != '/') out.push_back('/');
  // "/" or "/#contact" from a page at the root would be "" or "#contact", which stay on the
  // current page; "./" names the site's front page.
  if (out.empty() && (rest.empty() || rest[0] == '#' || rest[0] == '?')) out = "./";
  out.append(rest);
  return out;
}

}  // namespace maillon
