// Where a link found in a rendered file points: a file of the site, or somewhere else.
#pragma once

#include <string>
#include <string_view>

namespace maillon {

struct SiteLink {
  enum class Kind {
    kElsewhere,  // another host, mailto:, tel:, data:..., an empty href, or outside the base path
    kSite,       // a file of the site: check it
    kAboveRoot,  // a relative path with more "../" than folders: broken wherever the site lives
  };
  Kind kind = Kind::kElsewhere;
  std::string path;      // site path, percent-decoded: "soupers/", "" (home), "assets/style.css"
  std::string fragment;  // percent-decoded, without the '#'
  bool has_fragment = false;
};

// Resolves links against the site's layout and base URL. Cheap to copy; thread-safe to use.
class LinkResolver {
 public:
  // `base_url` is the site's public address ("https://example.org/portail/"): absolute links
  // under it, and "/portail/..." paths, are links into the site. It may be empty.
  explicit LinkResolver(std::string_view base_url);

  // Where `url` (an href as the browser reads it) points when found in the site file `from`
  // ("a/b/index.html", "assets/style.css"). Queries are ignored; "#x" alone names `from`.
  SiteLink Resolve(std::string_view from, std::string_view url) const;

  // The base URL with one trailing slash, or empty.
  const std::string& base_url() const { return base_url_; }

 private:
  std::string base_url_;   // "https://example.org/portail/"
  std::string authority_;  // "example.org", lowercase
  std::string base_path_;  // "/portail/"
};

// The file that serves a site path: "" -> "index.html", "a/" -> "a/index.html", others as is.
std::string FileForSitePath(std::string_view path);

// `text` with %XX escapes decoded; a '%' not followed by two hex digits stays.
std::string PercentDecode(std::string_view text);

}  // namespace maillon
