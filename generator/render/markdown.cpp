// Markdown -> HTML with cmark-gfm: GFM extensions, safe URLs, site-relative links, French text.
#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <mutex>
#include <vector>

#include "model/markdown_limits.h"
#include "model/text.h"
#include "render/markdown_links.h"
#include "render/markdown_slugs.h"
#include "render/typography.h"

namespace maillon {
namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter",
                                       "tasklist"};

// Heading ids are added after rendering: cmark writes "<h2>" with no attributes, so each h2-h4
// gets an inline mark "\x01<index>\x02" right after its tag. Control characters are removed
// from the input, so the mark cannot be forged.
constexpr char kMarkStart = '\x01';
constexpr char kMarkEnd = '\x02';

struct ParserFree {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserFree>;
using NodePtr = std::unique_ptr<cmark_node, NodeFree>;

bool IsInline(cmark_node* node) {
  return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}
bool IsBlock(cmark_node* node) {
  return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

// C0 controls other than tab, newlines and form feed are invalid in HTML; dropping them also
// keeps the heading marks unique.
bool IsDroppedControl(char c) {
  auto b = static_cast<unsigned char>(c);
  return (b >= 0x01 && b <= 0x08) || b == 0x0B || (b >= 0x0E && b <= 0x1F) || b == 0x7F;
}

// The text without those controls; `text` itself (no copy) when it has none, as nearly always.
std::string_view WithoutControls(std::string_view text, std::string* storage) {
  auto first = std::find_if(text.begin(), text.end(), IsDroppedControl);
  if (first == text.end()) return text;
  storage->assign(text.begin(), first);
  std::copy_if(first, text.end(), std::back_inserter(*storage),
               [](char c) { return !IsDroppedControl(c); });
  return *storage;
}

// All nodes of a tree in document order, collected first so the tree can change afterwards.
std::vector<cmark_node*> NodesOf(cmark_node* root) {
  std::vector<cmark_node*> nodes;
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (ev == CMARK_EVENT_ENTER) nodes.push_back(cmark_iter_get_node(iter));
  }
  cmark_iter_free(iter);
  return nodes;
}

// Without unsafe_html cmark would write "<!-- raw HTML omitted -->" for each piece of raw HTML:
// noise in the page, so the nodes go, with paragraphs and emphasis they leave empty.
void RemoveRawHtml(cmark_node* document) {
  for (cmark_node* node : NodesOf(document)) {
    cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_HTML_BLOCK && type != CMARK_NODE_HTML_INLINE) continue;
    // Only this node and its emptied ancestors are freed; ancestors come earlier in the list
    // (document order), so no node still to visit is freed.
    cmark_node* parent = cmark_node_parent(node);
    cmark_node_free(node);  // also unlinks it
    while (parent != nullptr && cmark_node_first_child(parent) == nullptr &&
           (cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH || IsInline(parent))) {
      cmark_node* up = cmark_node_parent(parent);
      cmark_node_free(parent);
      parent = up;
    }
  }
}

// The text a reader sees in a heading, for its id. Walked with an iterator, as every tree here:
// emphasis nests as deep as the text has '*', deeper than the stack allows recursion.
void AppendPlainText(cmark_node* heading, std::string* out) {
  cmark_iter* iter = cmark_iter_new(heading);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        out->append(cmark_node_get_literal(node));
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out->push_back(' ');
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
}

// Gives an h2-h4 its mark and adds its id to `ids` (in mark order).
void MarkHeading(cmark_node* heading, HeadingIds* used, std::vector<std::string>* ids) {
  int level = cmark_node_get_heading_level(heading);
  if (level < 2 || level > 4) return;
  std::string text;
  AppendPlainText(heading, &text);
  std::string mark = kMarkStart + std::to_string(ids->size()) + kMarkEnd;
  ids->push_back(used->Unique(text));
  cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
  cmark_node_set_on_enter(custom, mark.c_str());
  cmark_node_prepend_child(heading, custom);
}

// The prefix of site path `url` ("/soupers/#x"): `options.root`, or the portal's address for a
// path a sub-site does not hold.
const std::string& RootFor(std::string_view url, const MarkdownOptions& options) {
  if (!options.own_paths || url.starts_with("//")) return options.root;
  std::string_view path = url.substr(1, url.find_first_of("#?") - 1);
  return options.own_paths->count(std::string(path)) ? options.root : options.outside_root;
}

// Empties a dangerous URL (also when raw HTML is allowed, where cmark keeps them) and makes a
// site path relative to the page (or, out of a sub-site, absolute on the portal).
void FixUrl(cmark_node* node, bool image, const MarkdownOptions& options) {
  const char* url = cmark_node_get_url(node);
  if (url == nullptr) return;
  if (IsDangerousUrl(url, image)) {
    cmark_node_set_url(node, "");
  } else if (url[0] == '/') {
    cmark_node_set_url(node, RelativeToRoot(url, RootFor(url, options)).c_str());
  }
}

// Buffers of TypesetContainer, kept from one block (and page) to the next.
struct TypesetScratch {
  FrenchRunsTypesetter runs;
  std::vector<cmark_node*> texts;  // parallel to the runs, null for breaks and objects
  std::string literal;
};

// Lines up the inline content of `container` as runs, text nodes in scratch->texts. Images
// become objects, added to `images` to be typeset on their own (alt text).
void CollectRuns(cmark_node* container, TypesetScratch* scratch,
                 std::vector<cmark_node*>* images) {
  cmark_iter* iter = cmark_iter_new(container);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* child = cmark_iter_get_node(iter);
    if (ev != CMARK_EVENT_ENTER || child == container) continue;
    cmark_node* text = nullptr;
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_TEXT:
        scratch->runs.AddText(cmark_node_get_literal(child));
        text = child;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        scratch->runs.AddBreak();
        break;
      case CMARK_NODE_IMAGE:
        images->push_back(child);
        scratch->runs.AddObject();
        cmark_iter_reset(iter, child, CMARK_EVENT_EXIT);  // skips its alt text
        break;
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        scratch->runs.AddObject();
        break;
      default:
        // Emphasis, strong, links, strikethrough: their text reads on with the sentence.
        continue;
    }
    scratch->texts.push_back(text);
  }
  cmark_iter_free(iter);
}

// Typesets `container`, then the alt texts of its images (which may hold images in turn).
void TypesetContainer(cmark_node* container, TypesetScratch* scratch) {
  std::vector<cmark_node*> pending = {container};
  while (!pending.empty()) {
    cmark_node* node = pending.back();
    pending.pop_back();
    scratch->runs.Clear();
    scratch->texts.clear();
    CollectRuns(node, scratch, &pending);
    scratch->runs.Typeset();
    for (size_t i = 0; i < scratch->texts.size(); ++i) {
      std::string_view typeset = scratch->runs.Output(i);
      if (scratch->texts[i] != nullptr && typeset != scratch->runs.Input(i)) {
        scratch->literal.assign(typeset);  // cmark wants it NUL-terminated
        cmark_node_set_literal(scratch->texts[i], scratch->literal.c_str());
      }
    }
  }
}

// One pass over the tree: heading marks (from the text as typed), URLs, and French typography
// on every block of inline content (paragraphs, headings, table cells); code blocks and raw
// HTML have no inline children and stay as typed. Returns the heading ids in mark order.
std::vector<std::string> PrepareNodes(cmark_node* document, const MarkdownOptions& options) {
  thread_local TypesetScratch scratch;
  std::vector<std::string> ids;
  HeadingIds used;
  for (cmark_node* node : NodesOf(document)) {
    cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HEADING) MarkHeading(node, &used, &ids);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      FixUrl(node, type == CMARK_NODE_IMAGE, options);
    }
    if (options.french && IsBlock(node)) {
      cmark_node* first = cmark_node_first_child(node);
      if (first != nullptr && IsInline(first)) TypesetContainer(node, &scratch);
    }
  }
  return ids;
}

// Replaces each heading mark, right after "<hN", by its id attribute.
std::string WithHeadingIds(std::string_view html, const std::vector<std::string>& ids) {
  std::string out;
  out.reserve(html.size() + ids.size() * 16);
  size_t pos = 0;
  while (true) {
    size_t start = html.find(kMarkStart, pos);
    size_t end = start == std::string_view::npos ? start : html.find(kMarkEnd, start);
    if (end == std::string_view::npos) break;
    size_t index = 0;
    for (size_t i = start + 1; i < end; ++i) index = index * 10 + (html[i] - '0');
    bool after_tag = start > 0 && html[start - 1] == '>' && index < ids.size();
    if (after_tag) {
      out.append(html.substr(pos, start - 1 - pos));
      out.append(" id=\"").append(ids[index]).append("\">");
    } else {
      out.append(html.substr(pos, start - pos));
    }
    pos = end + 1;
  }
  out.append(html.substr(pos));
  return out;
}

}  // namespace

void InitMarkdown() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

std::string MarkdownToHtml(std::string_view markdown, const MarkdownOptions& options) {
  InitMarkdown();  // cheap after the first call; guards callers that forgot
  // Validation refuses these texts (validate/markdown_checks.h); a caller that did not validate
  // gets the text as typed rather than a renderer busy for minutes.
  if (SlowMarkdown(markdown)) return "<p>" + EscapeMarkup(markdown) + "</p>\n";
  int cmark_options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8;
  if (options.unsafe_html) cmark_options |= CMARK_OPT_UNSAFE;

  ParserPtr parser(cmark_parser_new(cmark_options));
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  std::string storage;
  std::string_view input = WithoutControls(markdown, &storage);
  cmark_parser_feed(parser.get(), input.data(), input.size());
  NodePtr document(cmark_parser_finish(parser.get()));

  // Raw HTML always starts with '<': without one there is nothing to remove.
  if (!options.unsafe_html && input.find('<') != std::string_view::npos) {
    RemoveRawHtml(document.get());
  }
  std::vector<std::string> ids = PrepareNodes(document.get(), options);

  char* raw = cmark_render_html(document.get(), cmark_options,
                                cmark_parser_get_syntax_extensions(parser.get()));
  std::string html = WithHeadingIds(raw, ids);
  cmark_get_default_mem_allocator()->free(raw);
  return html;
}

}  // namespace maillon
