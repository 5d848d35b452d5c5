// A tolerant scanner of rendered HTML and CSS: the URLs a file refers to and the ids it defines.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace maillon {

// One reference found in a file.
struct FoundUrl {
  std::string url;     // as a browser reads it: entities decoded, surrounding spaces trimmed
  size_t offset = 0;   // byte offset of the value in the scanned text
};

// What one HTML document refers to and defines.
struct HtmlScan {
  // href, src, srcset candidates, poster, action, data, formaction, og:url/og:image, and the
  // url() references of <style> elements and style attributes.
  std::vector<FoundUrl> urls;
  std::vector<std::string> ids;  // every id="...", and name="..." on <a> (fragment targets)
};

// Appends the references and ids of `html` to `out`. Never fails: unclosed tags, quotes and
// comments end at the end of the text, as a browser would read them. The contents of <script>,
// comments, <textarea> and <title> hold no references.
void ScanHtml(std::string_view html, HtmlScan& out);

// Appends only the ids of `html` (for pages that are the target of a #fragment).
void ScanHtmlIds(std::string_view html, std::vector<std::string>& ids);

// Appends the url(...) and @import "..." references of a style sheet; offsets are counted from
// `base_offset` (the sheet's place in an enclosing document). Comments are skipped.
void ScanCss(std::string_view css, size_t base_offset, std::vector<FoundUrl>& out);

// What ScanHtml finds, without a string per value: views into the scanned text, or into `owned`
// for the values that had to be decoded (character references, CSS escapes). The same URLs,
// offsets and ids in the same order as ScanHtml; valid while the text and this object live.
struct HtmlRefs {
  struct Url {
    std::string_view url;
    size_t offset = 0;
  };
  std::vector<Url> urls;
  std::vector<std::string_view> ids;
  std::deque<std::string> owned;  // a deque: adding a text moves none of those already viewed

  HtmlRefs() = default;
  HtmlRefs(const HtmlRefs&) = delete;  // a copy's views would point into this one
  HtmlRefs& operator=(const HtmlRefs&) = delete;
  void clear();
};

// ScanHtml, into views (for the link check, which reads most URLs once and keeps none).
void ScanHtmlRefs(std::string_view html, HtmlRefs& out);

// ScanCss, into views.
void ScanCssRefs(std::string_view css, size_t base_offset, HtmlRefs& out);

// Appends the URLs and ids of `refs` to `out`, as strings.
void AppendRefs(const HtmlRefs& refs, HtmlScan& out);

// `text` with HTML character references decoded: &amp; &lt; &gt; &quot; &apos; &nbsp;, &#39;
// and &#x27;. Unknown or unterminated references stay as they are.
std::string DecodeHtmlEntities(std::string_view text);

// The URLs of a srcset value ("a.png 1x, b.png 2x" -> a.png, b.png), each with its offset in
// `srcset`.
std::vector<std::pair<std::string, size_t>> SrcsetUrls(std::string_view srcset);

}  // namespace maillon
