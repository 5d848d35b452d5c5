// Where a link found in a rendered file points: a file of the site, or somewhere else.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

// A SiteLink with views in place of strings: into the URL resolved, or into the ResolveBuffers it
// was resolved with (valid until their next use).
struct SiteLinkView {
  SiteLink::Kind kind = SiteLink::Kind::kElsewhere;
  std::string_view path;
  std::string_view fragment;
  bool has_fragment = false;

  SiteLink ToSiteLink() const;
};

// What LinkResolver::ResolveView writes in, kept from call to call so that resolving allocates
// nothing once they have grown. One per thread.
struct ResolveBuffers {
  std::string joined;      // the page's folder + a relative path
  std::string normalized;  // without "." and ".." segments
  std::string path;        // percent-decoded
  std::string fragment;    // percent-decoded
  std::vector<std::string_view> segments;
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

  // The same as Resolve, without a string per link (for the link check of every page).
  SiteLinkView ResolveView(std::string_view from, std::string_view url,
                           ResolveBuffers& buffers) const;

  // The base URL with one trailing slash, or empty.
  const std::string& base_url() const { return base_url_; }

 private:
  std::string base_url_;   // "https://example.org/portail/"
  std::string authority_;  // "example.org", lowercase
  std::string base_path_;  // "/portail/"
};

// How many folders hold the site file `from` ("a/b/index.html": 2), or npos when one of them is
// empty or named "." or ".." (in any spelling). See ClimbsToRoot.
size_t PlainFolderDepth(std::string_view from);

// Whether the link `url` leaves a file `depth` plain folders deep with "../" to the root before
// it names anything ("../../aide/" from "a/b/index.html"; with depth 0, any link but a bare
// "#x" or "?q"). Such a link resolves alike in every file that deep: "aide/" from any
// "x/y/z.html", so the link check resolves it once for them all.
bool ClimbsToRoot(std::string_view url, size_t depth);

// The file that serves a site path: "" -> "index.html", "a/" -> "a/index.html", others as is.
std::string FileForSitePath(std::string_view path);

// `text` with %XX escapes decoded; a '%' not followed by two hex digits stays.
std::string PercentDecode(std::string_view text);

}  // namespace maillon
