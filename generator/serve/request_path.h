// From a request target to a file of the rendered site, with clean URLs as in production.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace maillon {

// Decodes %XX escapes ('+' stays '+': it is a space only in query strings). Unlike render's
// lenient PercentDecode for links the author wrote, returns nothing for a malformed escape or an
// encoded NUL: a request carrying one is refused.
std::optional<std::string> PercentDecodeStrict(std::string_view text);

// The request path, percent-decoded, without its leading '/', or nothing when the target is not
// a clean origin-form path: no leading '/', a bad escape, a NUL, a backslash, or a "." or ".."
// segment (browsers resolve those before sending, so only a traversal attempt carries one).
// The query string and fragment are dropped. Empty segments ("//") are kept: they name no file.
std::optional<std::string> NormalizeRequestPath(std::string_view target);

// Percent-encodes a site path for a Location header: only unreserved characters and '/' stay
// as they are, so no byte of it can end or split a header line.
std::string EncodePathForHeader(std::string_view path);

struct Route {
  enum class Kind {
    kFile,        // serve `path`, a key of the site
    kRedirect,    // 301 to `path` (an encoded absolute path such as "/organismes/")
    kNotFound,    // the site's 404 page
    kBadRequest,  // a malformed or traversing target
  };
  Kind kind = Kind::kNotFound;
  std::string path;
};

// Maps a request target onto the site's files, the way static hosts do: "/" and "/x/" serve
// "index.html" and "x/index.html"; "/x" redirects to "/x/" when that folder has an index;
// anything else is a file name or not found. `has_file` says whether a site path exists.
Route RouteRequest(std::string_view target,
                   const std::function<bool(const std::string&)>& has_file);

}  // namespace maillon
