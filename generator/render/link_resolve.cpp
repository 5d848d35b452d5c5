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

// Whether `text` is the lowercase `word` once its ASCII letters are lowered.
bool EqualsNoCase(std::string_view text, std::string_view word) {
  if (text.size() != word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + 32) : text[i];
    if (c != word[i]) return false;
  }
  return true;
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

// "a/b/../c/./" -> "a/c/" into `out`; false when ".." climbs above the root. Empty segments in
// the middle ("a//b") are dropped: static hosts serve them as one. `kept` is scratch.
bool NormalizePath(std::string_view joined, std::vector<std::string_view>& kept,
                   std::string& out) {
  kept.clear();
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

void AppendPercentDecoded(std::string_view text, std::string& out) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
        HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
}

// `text` percent-decoded: itself when it holds no '%', else its decoded copy in `buffer`.
std::string_view PercentDecoded(std::string_view text, std::string& buffer) {
  if (text.find('%') == std::string_view::npos) return text;
  buffer.clear();
  AppendPercentDecoded(text, buffer);
  return buffer;
}

}  // namespace

SiteLink SiteLinkView::ToSiteLink() const {
  SiteLink link;
  link.kind = kind;
  link.path = path;
  link.fragment = fragment;
  link.has_fragment = has_fragment;
  return link;
}

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
  ResolveBuffers buffers;
  return ResolveView(from, url, buffers).ToSiteLink();
}

SiteLinkView LinkResolver::ResolveView(std::string_view from, std::string_view url,
                                       ResolveBuffers& buffers) const {
  SiteLinkView link;
  while (!url.empty() && IsSpace(url.front())) url.remove_prefix(1);
  while (!url.empty() && IsSpace(url.back())) url.remove_suffix(1);
  if (url.empty()) return link;  // the page itself, without a fragment: nothing to check

  std::string_view rest = url;
  const size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    link.has_fragment = true;
    link.fragment = PercentDecoded(rest.substr(hash + 1), buffers.fragment);
    rest = rest.substr(0, hash);
  }
  rest = rest.substr(0, rest.find('?'));

  const std::string_view scheme = SchemeOf(rest);
  if (!scheme.empty()) {
    if (!EqualsNoCase(scheme, "http") && !EqualsNoCase(scheme, "https")) {
      return link;  // mailto:, tel:, data:, ...
    }
    rest.remove_prefix(scheme.size() + 1);
    if (!rest.starts_with("//")) return link;
  }
  if (rest.starts_with("//")) {
    const size_t path_start = rest.find('/', 2);
    const std::string_view authority = rest.substr(2, path_start - 2);
    if (authority_.empty() || !EqualsNoCase(authority, authority_)) return link;  // another host
    rest = path_start == std::string_view::npos ? "/" : rest.substr(path_start);
  }

  std::string_view joined;
  if (rest.starts_with('/')) {
    // Site-absolute: only what lies under the base path is ours ("/portail" is its root too).
    if (rest.size() + 1 == base_path_.size() && base_path_.starts_with(rest)) rest = base_path_;
    if (!rest.starts_with(base_path_)) return link;
    joined = rest.substr(base_path_.size());
  } else if (rest.empty()) {
    joined = from;  // "#x" or "?q": the page itself
  } else {
    const size_t slash = from.rfind('/');
    buffers.joined.clear();
    if (slash != std::string_view::npos) buffers.joined.assign(from.substr(0, slash + 1));
    buffers.joined += rest;
    joined = buffers.joined;
  }
  if (!NormalizePath(joined, buffers.segments, buffers.normalized)) {
    link.kind = SiteLink::Kind::kAboveRoot;
    return link;
  }
  link.kind = SiteLink::Kind::kSite;
  link.path = PercentDecoded(buffers.normalized, buffers.path);
  return link;
}

size_t PlainFolderDepth(std::string_view from) {
  size_t depth = 0;
  for (size_t start = 0, slash; (slash = from.find('/', start)) != std::string_view::npos;
       start = slash + 1) {
    const std::string_view folder = from.substr(start, slash - start);
    if (folder.empty() || DotSegment(folder) != 0) return std::string_view::npos;
    ++depth;
  }
  return depth;
}

// Resolve joins a relative link to the file's folders, then drops a folder for each "..": when
// the link starts with one "../" per folder, nothing of the folders is left, whatever their
// names, and what remains is resolved as from the root. Links with a scheme or a leading '/'
// do not depend on the file either; only a bare "#x" or "?q" (the file itself) does.
bool ClimbsToRoot(std::string_view url, size_t depth) {
  while (!url.empty() && IsSpace(url.front())) url.remove_prefix(1);
  if (depth == 0) return !url.empty() && url.front() != '#' && url.front() != '?';
  for (size_t k = 0; k < depth; ++k) {
    if (!url.starts_with("../")) return false;
    url.remove_prefix(3);
  }
  return true;
}

std::string FileForSitePath(std::string_view path) {
  if (path.empty() || path.back() == '/') return std::string(path) + "index.html";
  return std::string(path);
}

std::string PercentDecode(std::string_view text) {
  if (text.find('%') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  AppendPercentDecoded(text, out);
  return out;
}

}  // namespace maillon
