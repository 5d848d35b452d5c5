// Scanning HTML and CSS for references and ids, tolerant of what a browser tolerates.
#include "render/link_scan.h"

#include <algorithm>
#include <cstdint>

namespace maillon {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool StartsWithNoCase(std::string_view text, size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(text[at + i]) != prefix[i]) return false;
  }
  return true;
}

std::string_view Trim(std::string_view s, size_t* leading = nullptr) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  if (leading) *leading = b;
  return s.substr(b, e - b);
}

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The end of the element whose raw text starts at `from`: the '<' of "</tag" (any case), or the
// end of the text when it is never closed.
size_t FindClosingTag(std::string_view html, size_t from, std::string_view tag) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    const size_t after = i + 2 + tag.size();
    if (StartsWithNoCase(html, i + 2, tag) &&
        (after >= html.size() || IsSpace(html[after]) || html[after] == '>' ||
         html[after] == '/')) {
      return i;
    }
  }
  return html.size();
}

struct Attribute {
  std::string name;      // lowercase
  std::string_view raw;  // the value as written; decoded only when it matters (most do not)
  size_t offset = 0;     // of the value in the document
  std::string value() const { return DecodeHtmlEntities(raw); }
};

// Reads the attributes of a start tag from `i` (just after the tag name) to its '>'; returns the
// position after the '>'.
size_t ReadAttributes(std::string_view html, size_t i, std::vector<Attribute>& attrs) {
  attrs.clear();
  const size_t n = html.size();
  while (i < n) {
    while (i < n && (IsSpace(html[i]) || html[i] == '/')) ++i;
    if (i >= n) break;
    if (html[i] == '>') return i + 1;
    // A name runs to a space, '/', '>' or '='; a leading '=' belongs to the name (HTML spec).
    const size_t name_start = i++;
    while (i < n && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=') ++i;
    Attribute attr;
    attr.name = LowerCopy(html.substr(name_start, i - name_start));
    size_t j = i;
    while (j < n && IsSpace(html[j])) ++j;
    if (j < n && html[j] == '=') {
      ++j;
      while (j < n && IsSpace(html[j])) ++j;
      size_t value_start = j, value_end;
      if (j < n && (html[j] == '"' || html[j] == '\'')) {
        value_start = j + 1;
        value_end = html.find(html[j], value_start);
        if (value_end == std::string_view::npos) value_end = n;
        i = value_end < n ? value_end + 1 : n;
      } else {
        value_end = j;
        while (value_end < n && !IsSpace(html[value_end]) && html[value_end] != '>') ++value_end;
        i = value_end;
      }
      attr.raw = html.substr(value_start, value_end - value_start);
      attr.offset = value_start;
    }
    attrs.push_back(std::move(attr));
  }
  return n;
}

// Which attribute of which element holds a URL.
bool IsUrlAttribute(std::string_view tag, std::string_view attr) {
  if (attr == "href" || attr == "xlink:href") {
    return tag == "a" || tag == "area" || tag == "link" || tag == "use" || tag == "image";
  }
  if (attr == "src") {
    return tag == "img" || tag == "script" || tag == "source" || tag == "iframe" ||
           tag == "video" || tag == "audio" || tag == "track" || tag == "embed" ||
           tag == "input" || tag == "frame";
  }
  if (attr == "poster") return tag == "video";
  if (attr == "action") return tag == "form";
  if (attr == "formaction") return tag == "button" || tag == "input";
  if (attr == "data") return tag == "object";
  return false;
}

// Open Graph and Twitter cards name pages and images by absolute URL: check them too.
bool IsUrlMeta(std::string_view property) {
  return property == "og:url" || property == "og:image" || property == "og:image:url" ||
         property == "og:image:secure_url" || property == "og:audio" || property == "og:video" ||
         property == "twitter:image" || property == "twitter:url";
}

void AddUrl(const std::string& value, size_t offset, std::vector<FoundUrl>& out) {
  size_t leading = 0;
  const std::string_view trimmed = Trim(value, &leading);
  out.push_back(FoundUrl{std::string(trimmed), offset + leading});
}

bool IsIdAttribute(std::string_view tag, const Attribute& a) {
  return (a.name == "id" || (a.name == "name" && tag == "a")) && !a.raw.empty();
}

void CollectFromTag(std::string_view tag, const std::vector<Attribute>& attrs, HtmlScan& out) {
  const Attribute* meta_content = nullptr;
  bool meta_is_url = false;
  for (const Attribute& a : attrs) {
    if (IsIdAttribute(tag, a)) {
      out.ids.push_back(a.value());
    } else if (a.name == "srcset" && (tag == "img" || tag == "source")) {
      for (auto& [url, at] : SrcsetUrls(a.value())) out.urls.push_back({url, a.offset + at});
    } else if (a.name == "style") {
      ScanCss(a.value(), a.offset, out.urls);
    } else if (tag == "meta" && (a.name == "property" || a.name == "name")) {
      meta_is_url = meta_is_url || IsUrlMeta(LowerCopy(a.value()));
    } else if (tag == "meta" && a.name == "content") {
      meta_content = &a;
    } else if (IsUrlAttribute(tag, a.name)) {
      AddUrl(a.value(), a.offset, out.urls);
    }
  }
  if (meta_is_url && meta_content) AddUrl(meta_content->value(), meta_content->offset, out.urls);
}

// The one scanner behind ScanHtml and ScanHtmlIds; `urls_too` false skips URL collection.
void Scan(std::string_view html, bool urls_too, HtmlScan& out) {
  std::vector<Attribute> attrs;
  const size_t n = html.size();
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? n : end + 3;
      continue;
    }
    if (i + 1 < n && (html[i + 1] == '!' || html[i + 1] == '?' || html[i + 1] == '/')) {
      const size_t end = html.find('>', i + 1);  // doctype, end tag, processing instruction
      i = end == std::string_view::npos ? n : end + 1;
      continue;
    }
    if (i + 1 >= n || !IsAsciiAlpha(html[i + 1])) {
      ++i;  // a lone '<' in text
      continue;
    }
    size_t name_end = i + 1;
    while (name_end < n && !IsSpace(html[name_end]) && html[name_end] != '>' &&
           html[name_end] != '/') {
      ++name_end;
    }
    const std::string tag = LowerCopy(html.substr(i + 1, name_end - i - 1));
    i = ReadAttributes(html, name_end, attrs);
    if (urls_too) {
      CollectFromTag(tag, attrs, out);
    } else {
      for (const Attribute& a : attrs) {
        if (IsIdAttribute(tag, a)) out.ids.push_back(a.value());
      }
    }
    // Raw text: a '<' inside a script or a style sheet starts no tag.
    if (tag == "script" || tag == "style" || tag == "textarea" || tag == "title") {
      const size_t end = FindClosingTag(html, i, tag);
      if (tag == "style" && urls_too) ScanCss(html.substr(i, end - i), i, out.urls);
      i = end;
    }
  }
}

// Reads a CSS string starting at the quote `at`; returns the position after its closing quote.
size_t ReadCssString(std::string_view css, size_t at, std::string& value) {
  const char quote = css[at];
  size_t i = at + 1;
  while (i < css.size() && css[i] != quote && css[i] != '\n') {
    if (css[i] == '\\' && i + 1 < css.size()) ++i;  // an escaped character stands for itself
    value += css[i++];
  }
  return i < css.size() && css[i] == quote ? i + 1 : i;
}

}  // namespace

void ScanHtml(std::string_view html, HtmlScan& out) { Scan(html, true, out); }

void ScanHtmlIds(std::string_view html, std::vector<std::string>& ids) {
  HtmlScan scan;
  scan.ids = std::move(ids);
  Scan(html, false, scan);
  ids = std::move(scan.ids);
}

void ScanCss(std::string_view css, size_t base_offset, std::vector<FoundUrl>& out) {
  const size_t n = css.size();
  bool in_import = false;  // after @import, the next string or url() is a reference
  size_t i = 0;
  while (i < n) {
    const char c = css[i];
    if (c == '/' && i + 1 < n && css[i + 1] == '*') {
      const size_t end = css.find("*/", i + 2);
      i = end == std::string_view::npos ? n : end + 2;
    } else if (c == '"' || c == '\'') {
      std::string value;
      const size_t start = i + 1;
      i = ReadCssString(css, i, value);
      if (in_import) AddUrl(value, base_offset + start, out);
      in_import = false;
    } else if (c == '@' && StartsWithNoCase(css, i + 1, "import")) {
      in_import = true;
      i += 7;
    } else if ((c == 'u' || c == 'U') && StartsWithNoCase(css, i, "url(") &&
               (i == 0 || !(IsAsciiAlpha(css[i - 1]) || css[i - 1] == '-'))) {
      size_t j = i + 4;
      while (j < n && IsSpace(css[j])) ++j;
      std::string value;
      const size_t start = j < n && (css[j] == '"' || css[j] == '\'') ? j + 1 : j;
      if (j < n && (css[j] == '"' || css[j] == '\'')) {
        j = ReadCssString(css, j, value);
      } else {
        while (j < n && css[j] != ')') {
          if (css[j] == '\\' && j + 1 < n) ++j;
          value += css[j++];
        }
      }
      AddUrl(value, base_offset + start, out);
      const size_t close = css.find(')', j);
      i = close == std::string_view::npos ? n : close + 1;
      in_import = false;
    } else {
      if (c == ';') in_import = false;
      ++i;
    }
  }
}

std::string DecodeHtmlEntities(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  static const std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"},
  };
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const size_t semi = text[i] == '&' ? text.find(';', i + 1) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 12) {
      out += text[i++];
      continue;
    }
    const std::string_view name = text.substr(i + 1, semi - i - 1);
    bool decoded = false;
    if (name.size() >= 2 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string_view digits = name.substr(hex ? 2 : 1);
      uint32_t cp = 0;
      bool ok = !digits.empty();
      for (char d : digits) {
        int v = d >= '0' && d <= '9' ? d - '0'
                : hex && Lower(d) >= 'a' && Lower(d) <= 'f' ? Lower(d) - 'a' + 10
                                                            : -1;
        if (v < 0) ok = false;
        if (ok) cp = std::min<uint32_t>(cp * (hex ? 16 : 10) + v, 0x110000);
      }
      if (ok) {
        AppendUtf8(out, cp);
        decoded = true;
      }
    } else {
      for (const auto& [entity, value] : kNamed) {
        if (name == entity) {
          out += value;
          decoded = true;
          break;
        }
      }
    }
    if (decoded) {
      i = semi + 1;
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::vector<std::pair<std::string, size_t>> SrcsetUrls(std::string_view srcset) {
  std::vector<std::pair<std::string, size_t>> out;
  size_t i = 0;
  const size_t n = srcset.size();
  while (i < n) {
    while (i < n && (IsSpace(srcset[i]) || srcset[i] == ',')) ++i;
    if (i >= n) break;
    const size_t start = i;
    while (i < n && !IsSpace(srcset[i])) ++i;
    std::string_view url = srcset.substr(start, i - start);
    // A URL followed directly by a comma has no descriptor; the comma ends the candidate.
    const bool ends_candidate = !url.empty() && url.back() == ',';
    while (!url.empty() && url.back() == ',') url.remove_suffix(1);
    if (!url.empty()) out.emplace_back(std::string(url), start);
    if (!ends_candidate) {
      while (i < n && srcset[i] != ',') ++i;  // the descriptors ("2x", "480w")
    }
  }
  return out;
}

}  // namespace maillon
