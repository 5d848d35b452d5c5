// Heading ids ("Été 2026" -> "ete-2026") that pages can link to with #fragments.
#include "render/markdown_slugs.h"

#include "model/text.h"

namespace maillon {

std::string SlugFromHeading(std::string_view text) {
  std::string slug = Slugify(text);
  return slug.empty() ? "section" : slug;
}

std::string HeadingIds::Unique(std::string_view text) {
  std::string base = SlugFromHeading(text);
  std::string id = base;
  // Counting from where the last duplicate of this base stopped keeps a page of many equal
  // headings linear; the loop still skips an id taken by a heading titled "x-1".
  int& n = next_suffix_[base];
  while (used_.contains(id)) id = base + "-" + std::to_string(++n);
  used_.insert(id);
  return id;
}

}  // namespace maillon
