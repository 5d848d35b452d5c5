// Heading ids ("Été 2026" -> "ete-2026") that pages can link to with #fragments.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace maillon {

// Lowercase ASCII letters, digits and single '-': accents are removed ("é" -> "e",
// "œ" -> "oe"), anything else separates words. "section" when nothing is left.
std::string SlugFromHeading(std::string_view text);

// The ids already given in one document, so each new one is unique: "x", "x-1", "x-2".
class HeadingIds {
 public:
  std::string Unique(std::string_view text);

 private:
  std::set<std::string, std::less<>> used_;
  std::map<std::string, int, std::less<>> next_suffix_;  // last suffix given per base id
};

}  // namespace maillon
