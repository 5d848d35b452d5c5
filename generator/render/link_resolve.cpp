// Resolving links the way a browser does, then mapping them onto the site's files.
#include "render/link_resolve.h"

#include <vector>

#include "render/routes.h"

namespace maillon {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The scheme of `url` ("https", "mailto"), or empty for a relative reference.
std::string_view SchemeOf(std::string_view url) {
  if (url.empty() || !((url[0] >= 'a' && url[0] <= 'z') || (url[0] >= 'A' && url[0] <= 'Z'))) {
    return {};
  }
  for (size_t i = 1; i < url.size(); ++i) {
    const char c = url[i];
    if (c == ':') return url.substr(0, i);
    const bool scheme_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!scheme_char) return {};
  }
  return {};
}

// 1 for ".", 2 for "..", in any percent-encoded spelling ("%2e", ".%2E"); 0 for other segments.
int DotSegment(std::string_view seg) {
  int dots = 0;
  for (size_t i = 0; i < seg.size(); ++dots) {
    if (seg[i] == '.') {
      ++i;
    } else if (seg.size() - i >= 3 && seg[i] == '%' && seg[i + 1] == '2' &&
               (seg[i + 2] == 'e' || seg[i + 2] == 'E')) {
      i += 3;
    } else {
      return 0;
    }
  }
  return dots <= 2 ? dots : 0;
}

// "a/b/../c/./" -> "a/c/"; false when ".." climbs above the root. Empty segments in the middle
// ("a//b") are dropped: static hosts serve them as one.
bool NormalizePath(std::string_view joined, std::string& out) {
  std::vector<std::string_view> kept;
  bool trailing_slash = false;
  size_t start = 0;
  while (true) {
    const size_t slash = joined.find('/', start);
    const bool last = slash == std::string_view::npos;
    const std::string_view seg =
        joined.substr(start, last ? std::string_view::npos : slash - start);
    const int dots = DotSegment(seg);
    if (dots == 2 && kept.empty()) return false;
    if (dots == 2) kept.pop_back();
    if (dots > 0 || seg.empty()) {
      trailing_slash = last;
    } else {
      kept.push_back(seg);
      trailing_slash = false;
    }
    if (last) break;
    start = slash + 1;
  }
  out.clear();
  for (size_t i = 0; i < kept.size(); ++i) {
    if (i > 0) out += '/';
    out += kept[i];
  }
  if (trailing_slash && !out.empty()) out += '/';
  return true;
}

}  // namespace

LinkResolver::LinkResolver(std::string_view base_url)
    : base_url_(NormalizeBaseUrl(base_url)), base_path_(BasePath(base_url_)) {
  const size_t scheme_end = base_url_.find("://");
  if (scheme_end != std::string::npos) {
    const size_t host_start = scheme_end + 3;
    const size_t host_end = base_url_.find_first_of("/?#", host_start);
    authority_ = Lower(std::string_view(base_url_).substr(host_start, host_end - host_start));
  }
}

SiteLink LinkResolver::Resolve(std::string_view from, std::string_view url) const {
  SiteLink link;
  while (!url.empty() && IsSpace(url.front())) url.remove_prefix(1);
  while (!url.empty() && IsSpace(url.back())) url.remove_suffix(1);
  if (url.empty()) return link;  // the page itself, without a fragment: nothing to check

  std::string_view rest = url;
  const size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    link.has_fragment = true;
    link.fragment = PercentDecode(rest.substr(hash + 1));
    rest = rest.substr(0, hash);
  }
  rest = rest.substr(0, rest.find('?'));

  const std::string_view scheme = SchemeOf(rest);
  if (!scheme.empty()) {
    const std::string lower = Lower(scheme);
    if (lower != "http" && lower != "https") return link;  // mailto:, tel:, data:, ...
    rest.remove_prefix(scheme.size() + 1);
    if (!rest.starts_with("//")) return link;
  }
  if (rest.starts_with("//")) {
    const size_t path_start = rest.find('/', 2);
    const std::string_view authority = rest.substr(2, path_start - 2);
    if (authority_.empty() || Lower(authority) != authority_) return link;  // another host
    rest = path_start == std::string_view::npos ? "/" : rest.substr(path_start);
  }

  std::string joined;
  if (rest.starts_with('/')) {
    // Site-absolute: only what lies under the base path is ours ("/portail" is its root too).
    if (rest.size() + 1 == base_path_.size() && base_path_.starts_with(rest)) rest = base_path_;
    if (!rest.starts_with(base_path_)) return link;
    joined = rest.substr(base_path_.size());
  } else if (rest.empty()) {
    joined = from;  // "#x" or "?q": the page itself
  } else {
    const size_t slash = from.rfind('/');
    if (slash != std::string_view::npos) joined = from.substr(0, slash + 1);
    joined += rest;
  }
  std::string normalized;
  if (!NormalizePath(joined, normalized)) {
    link.kind = SiteLink::Kind::kAboveRoot;
    return link;
  }
  link.kind = SiteLink::Kind::kSite;
  link.path = PercentDecode(normalized);
  return link;
}

std::string FileForSitePath(std::string_view path) {
  if (path.empty() || path.back() == '/') return std::string(path) + "index.html";
  return std::string(path);
}

std::string PercentDecode(std::string_view text) {
  if (text.find('%') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
        HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace maillon
