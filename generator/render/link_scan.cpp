// Scanning HTML and CSS for references and ids, tolerant of what a browser tolerates.
//
// Every rendered page goes through here once, so the scanner makes no string per value: tag and
// attribute names are recognised in place, and values are views into the page unless they hold
// a character reference (or a CSS escape) to decode.
#include "render/link_scan.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace maillon {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Whether `text` is the lowercase `word` once its ASCII letters are lowered.
bool EqualsNoCase(std::string_view text, std::string_view word) {
  if (text.size() != word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(text[i]) != word[i]) return false;
  }
  return true;
}

bool StartsWithNoCase(std::string_view text, size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(text[at + i]) != prefix[i]) return false;
  }
  return true;
}

// The bytes that end a tag name, an attribute name or an unquoted value, by table: the scanner
// tests every byte of those.
enum : uint8_t { kEndsTagName = 1, kEndsAttrName = 2, kEndsUnquoted = 4 };

constexpr std::array<uint8_t, 256> MakeEnders() {
  std::array<uint8_t, 256> t{};
  for (const char c : {' ', '\t', '\n', '\r', '\f'}) {
    t[static_cast<unsigned char>(c)] = kEndsTagName | kEndsAttrName | kEndsUnquoted;
  }
  t['>'] = kEndsTagName | kEndsAttrName | kEndsUnquoted;
  t['/'] = kEndsTagName | kEndsAttrName;
  t['='] = kEndsAttrName;
  return t;
}

constexpr std::array<uint8_t, 256> kEnders = MakeEnders();

bool Ends(char c, uint8_t what) { return kEnders[static_cast<unsigned char>(c)] & what; }

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

// `raw` as a browser reads it: itself, or its decoded copy kept in `out.owned`.
std::string_view EntitiesDecoded(std::string_view raw, HtmlRefs& out) {
  if (raw.find('&') == std::string_view::npos) return raw;
  return out.owned.emplace_back(DecodeHtmlEntities(raw));
}

// The elements and attributes the scanner cares about; any other is kOther.
enum class Tag : uint8_t {
  kOther, kA, kArea, kLink, kUse, kImage, kImg, kScript, kSource, kIframe, kVideo, kAudio,
  kTrack, kEmbed, kInput, kFrame, kForm, kButton, kObject, kMeta, kStyle, kTextarea, kTitle,
};

enum class Attr : uint8_t {
  kOther, kHref, kXlinkHref, kSrc, kPoster, kAction, kFormaction, kData, kSrcset, kStyle, kId,
  kName, kProperty, kContent,
};

template <class Kind>
struct Named {
  std::string_view name;  // lowercase
  Kind kind = Kind::kOther;
};

constexpr Named<Tag> kTags[] = {
    {"a", Tag::kA},           {"area", Tag::kArea},         {"link", Tag::kLink},
    {"use", Tag::kUse},       {"image", Tag::kImage},       {"img", Tag::kImg},
    {"script", Tag::kScript}, {"source", Tag::kSource},     {"iframe", Tag::kIframe},
    {"video", Tag::kVideo},   {"audio", Tag::kAudio},       {"track", Tag::kTrack},
    {"embed", Tag::kEmbed},   {"input", Tag::kInput},       {"frame", Tag::kFrame},
    {"form", Tag::kForm},     {"button", Tag::kButton},     {"object", Tag::kObject},
    {"meta", Tag::kMeta},     {"style", Tag::kStyle},       {"textarea", Tag::kTextarea},
    {"title", Tag::kTitle},
};

constexpr Named<Attr> kAttrs[] = {
    {"href", Attr::kHref},     {"xlink:href", Attr::kXlinkHref}, {"src", Attr::kSrc},
    {"poster", Attr::kPoster}, {"action", Attr::kAction},        {"formaction", Attr::kFormaction},
    {"data", Attr::kData},     {"srcset", Attr::kSrcset},        {"style", Attr::kStyle},
    {"id", Attr::kId},         {"name", Attr::kName},            {"property", Attr::kProperty},
    {"content", Attr::kContent},
};

// A table of names by length, so that recognising a name compares it with few others.
constexpr size_t kLongestName = 10;  // "formaction", "xlink:href"

template <class Kind, size_t N>
struct NamesByLength {
  std::array<Named<Kind>, N> names{};
  std::array<size_t, kLongestName + 2> start{};  // names of length n: [start[n], start[n + 1])
};

template <class Kind, size_t N>
constexpr NamesByLength<Kind, N> SortByLength(const Named<Kind> (&known)[N]) {
  NamesByLength<Kind, N> table;
  size_t k = 0;
  for (size_t length = 0; length <= kLongestName; ++length) {
    table.start[length] = k;
    for (const Named<Kind>& named : known) {
      if (named.name.size() == length) table.names[k++] = named;
    }
  }
  table.start[kLongestName + 1] = k;
  return table;
}

constexpr auto kTagTable = SortByLength(kTags);
constexpr auto kAttrTable = SortByLength(kAttrs);
static_assert(kTagTable.start.back() == std::size(kTags), "a tag name is too long");
static_assert(kAttrTable.start.back() == std::size(kAttrs), "an attribute name is too long");

// The kind named by `name` in any case, or kOther: what comparing its lowercase copy did.
template <class Kind, size_t N>
Kind Classify(std::string_view name, const NamesByLength<Kind, N>& table) {
  if (name.size() > kLongestName) return Kind::kOther;
  for (size_t k = table.start[name.size()]; k < table.start[name.size() + 1]; ++k) {
    if (EqualsNoCase(name, table.names[k].name)) return table.names[k].kind;
  }
  return Kind::kOther;
}

// The name of an element whose content is raw text (a '<' in it starts no tag), or empty.
std::string_view RawTextName(Tag tag) {
  switch (tag) {
    case Tag::kScript: return "script";
    case Tag::kStyle: return "style";
    case Tag::kTextarea: return "textarea";
    case Tag::kTitle: return "title";
    default: return {};
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
  Attr name = Attr::kOther;
  std::string_view raw;  // the value as written; decoded only when it matters (most do not)
  size_t offset = 0;     // of the value in the document; 0 when there is none
};

// Reads the attributes of a start tag from `i` (just after the tag name) to its '>', calling
// `found` with each; returns the position after the '>'.
template <class Found>
size_t ReadAttributes(std::string_view html, size_t i, Found&& found) {
  const size_t n = html.size();
  while (i < n) {
    while (i < n && (IsSpace(html[i]) || html[i] == '/')) ++i;
    if (i >= n) break;
    if (html[i] == '>') return i + 1;
    // A name runs to a space, '/', '>' or '='; a leading '=' belongs to the name (HTML spec).
    const size_t name_start = i++;
    while (i < n && !Ends(html[i], kEndsAttrName)) ++i;
    Attribute attr;
    attr.name = Classify(html.substr(name_start, i - name_start), kAttrTable);
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
        while (value_end < n && !Ends(html[value_end], kEndsUnquoted)) ++value_end;
        i = value_end;
      }
      attr.raw = html.substr(value_start, value_end - value_start);
      attr.offset = value_start;
    }
    if (attr.name != Attr::kOther) found(attr);
  }
  return n;
}

// Which attribute of which element holds a URL.
bool IsUrlAttribute(Tag tag, Attr attr) {
  switch (attr) {
    case Attr::kHref:
    case Attr::kXlinkHref:
      return tag == Tag::kA || tag == Tag::kArea || tag == Tag::kLink || tag == Tag::kUse ||
             tag == Tag::kImage;
    case Attr::kSrc:
      return tag == Tag::kImg || tag == Tag::kScript || tag == Tag::kSource ||
             tag == Tag::kIframe || tag == Tag::kVideo || tag == Tag::kAudio ||
             tag == Tag::kTrack || tag == Tag::kEmbed || tag == Tag::kInput ||
             tag == Tag::kFrame;
    case Attr::kPoster: return tag == Tag::kVideo;
    case Attr::kAction: return tag == Tag::kForm;
    case Attr::kFormaction: return tag == Tag::kButton || tag == Tag::kInput;
    case Attr::kData: return tag == Tag::kObject;
    default: return false;
  }
}

// Open Graph and Twitter cards name pages and images by absolute URL: check them too.
bool IsUrlMeta(std::string_view property) {
  for (std::string_view name : {"og:url", "og:image", "og:image:url", "og:image:secure_url",
                                "og:audio", "og:video", "twitter:image", "twitter:url"}) {
    if (EqualsNoCase(property, name)) return true;
  }
  return false;
}

void AddUrl(std::string_view value, size_t offset, HtmlRefs& out) {
  size_t leading = 0;
  const std::string_view trimmed = Trim(value, &leading);
  out.urls.push_back({trimmed, offset + leading});
}

bool IsIdAttribute(Tag tag, const Attribute& a) {
  return (a.name == Attr::kId || (a.name == Attr::kName && tag == Tag::kA)) && !a.raw.empty();
}

// The URLs of a srcset value, each with its offset in `srcset`, in order.
template <class Found>
void ForEachSrcsetUrl(std::string_view srcset, Found&& found) {
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
    if (!url.empty()) found(url, start);
    if (!ends_candidate) {
      while (i < n && srcset[i] != ',') ++i;  // the descriptors ("2x", "480w")
    }
  }
}

// What a start tag's attributes refer to. A <meta>'s content is a URL only when its property
// (before or after it) names one, so it is added once the tag is read.
class TagRefs {
 public:
  TagRefs(Tag tag, HtmlRefs& out) : tag_(tag), out_(out) {}

  void Collect(const Attribute& a) {
    if (IsIdAttribute(tag_, a)) {
      out_.ids.push_back(EntitiesDecoded(a.raw, out_));
    } else if (a.name == Attr::kSrcset && (tag_ == Tag::kImg || tag_ == Tag::kSource)) {
      ForEachSrcsetUrl(EntitiesDecoded(a.raw, out_), [&](std::string_view url, size_t at) {
        out_.urls.push_back({url, a.offset + at});
      });
    } else if (a.name == Attr::kStyle) {
      ScanCssRefs(EntitiesDecoded(a.raw, out_), a.offset, out_);
    } else if (tag_ == Tag::kMeta && (a.name == Attr::kProperty || a.name == Attr::kName)) {
      meta_is_url_ = meta_is_url_ || IsUrlMeta(EntitiesDecoded(a.raw, out_));
    } else if (tag_ == Tag::kMeta && a.name == Attr::kContent) {
      meta_content_ = a;
      has_meta_content_ = true;
    } else if (IsUrlAttribute(tag_, a.name)) {
      AddUrl(EntitiesDecoded(a.raw, out_), a.offset, out_);
    }
  }

  void Finish() {
    if (meta_is_url_ && has_meta_content_) {
      AddUrl(EntitiesDecoded(meta_content_.raw, out_), meta_content_.offset, out_);
    }
  }

 private:
  const Tag tag_;
  HtmlRefs& out_;
  Attribute meta_content_;  // the last content="..." of a <meta>
  bool has_meta_content_ = false;
  bool meta_is_url_ = false;
};

// The position after a comment, end tag, doctype or processing instruction starting at the '<'
// at `i`, or npos when `i` starts none of those.
size_t SkipMarkup(std::string_view html, size_t i) {
  const size_t n = html.size();
  if (i + 1 >= n) return std::string_view::npos;
  const char next = html[i + 1];
  if (next == '!' && html.substr(i, 4) == "<!--") {
    const size_t end = html.find("-->", i + 4);
    return end == std::string_view::npos ? n : end + 3;
  }
  if (next == '!' || next == '?' || next == '/') {
    const size_t end = html.find('>', i + 1);
    return end == std::string_view::npos ? n : end + 1;
  }
  return std::string_view::npos;
}

// The one scanner behind ScanHtmlRefs and ScanHtmlIds; `urls_too` false skips URL collection.
void Scan(std::string_view html, bool urls_too, HtmlRefs& out) {
  const size_t n = html.size();
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (const size_t after = SkipMarkup(html, i); after != std::string_view::npos) {
      i = after;
      continue;
    }
    if (i + 1 >= n || !IsAsciiAlpha(html[i + 1])) {
      ++i;  // a lone '<' in text
      continue;
    }
    size_t name_end = i + 1;
    while (name_end < n && !Ends(html[name_end], kEndsTagName)) ++name_end;
    const Tag tag = Classify(html.substr(i + 1, name_end - i - 1), kTagTable);
    if (urls_too) {
      TagRefs refs(tag, out);
      i = ReadAttributes(html, name_end, [&](const Attribute& a) { refs.Collect(a); });
      refs.Finish();
    } else {
      i = ReadAttributes(html, name_end, [&](const Attribute& a) {
        if (IsIdAttribute(tag, a)) out.ids.push_back(EntitiesDecoded(a.raw, out));
      });
    }
    // Raw text: a '<' inside a script or a style sheet starts no tag.
    if (const std::string_view raw_text = RawTextName(tag); !raw_text.empty()) {
      const size_t end = FindClosingTag(html, i, raw_text);
      if (tag == Tag::kStyle && urls_too) ScanCssRefs(html.substr(i, end - i), i, out);
      i = end;
    }
  }
}

// Reads a CSS string starting at the quote `at` into `value` (a view of `css`, or a copy in
// `out.owned` when it holds escapes); returns the position after its closing quote.
size_t ReadCssString(std::string_view css, size_t at, std::string_view& value, HtmlRefs& out) {
  const char quote = css[at];
  const size_t n = css.size();
  size_t i = at + 1;
  while (i < n && css[i] != quote && css[i] != '\n' && css[i] != '\\') ++i;
  if (i < n && css[i] == '\\') {
    std::string& copy = out.owned.emplace_back(css.substr(at + 1, i - at - 1));
    while (i < n && css[i] != quote && css[i] != '\n') {
      if (css[i] == '\\' && i + 1 < n) ++i;  // an escaped character stands for itself
      copy += css[i++];
    }
    value = copy;
  } else {
    value = css.substr(at + 1, i - at - 1);
  }
  return i < n && css[i] == quote ? i + 1 : i;
}

// Reads the unquoted URL of a url( starting at `at` into `value`, as ReadCssString does;
// returns the position of its ')' (or the end of `css`).
size_t ReadCssUnquotedUrl(std::string_view css, size_t at, std::string_view& value,
                          HtmlRefs& out) {
  const size_t n = css.size();
  size_t j = at;
  while (j < n && css[j] != ')' && css[j] != '\\') ++j;
  if (j < n && css[j] == '\\') {
    std::string& copy = out.owned.emplace_back(css.substr(at, j - at));
    while (j < n && css[j] != ')') {
      if (css[j] == '\\' && j + 1 < n) ++j;
      copy += css[j++];
    }
    value = copy;
  } else {
    value = css.substr(at, j - at);
  }
  return j;
}

}  // namespace

void HtmlRefs::clear() {
  urls.clear();
  ids.clear();
  owned.clear();
}

void ScanHtmlRefs(std::string_view html, HtmlRefs& out) { Scan(html, true, out); }

void AppendRefs(const HtmlRefs& refs, HtmlScan& out) {
  out.urls.reserve(out.urls.size() + refs.urls.size());
  for (const HtmlRefs::Url& u : refs.urls) out.urls.push_back({std::string(u.url), u.offset});
  out.ids.insert(out.ids.end(), refs.ids.begin(), refs.ids.end());
}

void ScanHtml(std::string_view html, HtmlScan& out) {
  HtmlRefs refs;
  ScanHtmlRefs(html, refs);
  AppendRefs(refs, out);
}

void ScanHtmlIds(std::string_view html, std::vector<std::string>& ids) {
  HtmlRefs refs;
  Scan(html, false, refs);
  ids.insert(ids.end(), refs.ids.begin(), refs.ids.end());
}

void ScanCssRefs(std::string_view css, size_t base_offset, HtmlRefs& out) {
  const size_t n = css.size();
  bool in_import = false;  // after @import, the next string or url() is a reference
  size_t i = 0;
  while (i < n) {
    const char c = css[i];
    if (c == '/' && i + 1 < n && css[i + 1] == '*') {
      const size_t end = css.find("*/", i + 2);
      i = end == std::string_view::npos ? n : end + 2;
    } else if (c == '"' || c == '\'') {
      std::string_view value;
      const size_t start = i + 1;
      i = ReadCssString(css, i, value, out);
      if (in_import) AddUrl(value, base_offset + start, out);
      in_import = false;
    } else if (c == '@' && StartsWithNoCase(css, i + 1, "import")) {
      in_import = true;
      i += 7;
    } else if ((c == 'u' || c == 'U') && StartsWithNoCase(css, i, "url(") &&
               (i == 0 || !(IsAsciiAlpha(css[i - 1]) || css[i - 1] == '-'))) {
      size_t j = i + 4;
      while (j < n && IsSpace(css[j])) ++j;
      std::string_view value;
      const bool quoted = j < n && (css[j] == '"' || css[j] == '\'');
      const size_t start = quoted ? j + 1 : j;
      j = quoted ? ReadCssString(css, j, value, out) : ReadCssUnquotedUrl(css, j, value, out);
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

void ScanCss(std::string_view css, size_t base_offset, std::vector<FoundUrl>& out) {
  HtmlRefs refs;
  ScanCssRefs(css, base_offset, refs);
  for (const HtmlRefs::Url& u : refs.urls) out.push_back({std::string(u.url), u.offset});
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
  ForEachSrcsetUrl(srcset, [&](std::string_view url, size_t at) { out.emplace_back(url, at); });
  return out;
}

}  // namespace maillon
