// Atom feeds of the news, with the entries' bodies rendered as HTML with absolute links.
#include "render/output_feeds.h"

#include <algorithm>

#include "render/markdown.h"
#include "render/output_common.h"
#include "render/read_tracker.h"
#include "render/routes.h"
#include "render/views_common.h"

namespace maillon {

namespace {

// The absolute URL of an image under content/static/ (or the URL itself when absolute).
std::string StaticUrl(const ViewContext& ctx, std::string_view src) {
  if (src.find("://") != std::string_view::npos || src.substr(0, 2) == "//") {
    return std::string(src);
  }
  while (!src.empty() && src.front() == '/') src.remove_prefix(1);
  return OutputUrl(ctx, src);
}

// Who writes the portal: its publisher organisation, or the portal itself.
std::string FeedAuthor(const ViewContext& ctx) {
  const Site& site = ctx.site.content->site;
  auto it = ctx.site.organizations.find(site.publisher.value);
  if (!site.publisher.value.empty() && it != ctx.site.organizations.end()) {
    return Prose(ctx, it->second->name);
  }
  return Prose(ctx, site.title);
}

// The entry's body as HTML: its image first, then the Markdown with links made absolute.
std::string EntryHtml(const ViewContext& ctx, const NewsItem& n) {
  std::string html;
  if (n.image) {
    html += "<p><img src=\"" + XmlEscape(StaticUrl(ctx, n.image->src)) + "\" alt=\"" +
            XmlEscape(Prose(ctx, n.image->alt)) + "\"></p>\n";
  }
  MarkdownOptions options;
  options.unsafe_html = ctx.site.content->site.options.unsafe_html;
  options.root = OutputUrl(ctx, "");  // "/soupers/" becomes "https://.../soupers/"
  options.french = ctx.french;
  html += MemoMarkdown(ctx, n.body.text, options);
  return html;
}

void Element(std::string& out, std::string_view indent, std::string_view name,
             std::string_view text) {
  out += std::string(indent) + "<" + std::string(name) + ">" + XmlEscape(text) + "</" +
         std::string(name) + ">\n";
}

void WriteEntry(const ViewContext& ctx, const NewsItem& n, std::string& out) {
  NoteRead(n.pos);
  const std::string url = OutputUrl(ctx, NewsUrl(n.slug));
  const std::string when = Rfc3339(n.date.value);
  out += "  <entry>\n";
  // The page's URL is the entry's id: stable as long as the slug and base URL stay.
  Element(out, "    ", "id", url);
  out += "    <title type=\"text\">" + XmlEscape(Prose(ctx, n.title)) + "</title>\n";
  out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + XmlEscape(url) + "\"/>\n";
  Element(out, "    ", "published", when);
  Element(out, "    ", "updated", when);
  if (!n.author.empty()) {
    out += "    <author>\n";
    Element(out, "      ", "name", Prose(ctx, n.author));
    out += "    </author>\n";
  }
  for (const std::string& tag : n.tags) {
    out += "    <category term=\"" + XmlEscape(Prose(ctx, tag)) + "\"/>\n";
  }
  const std::string scheme = OutputUrl(ctx, MunicipalitiesUrl());
  for (const LocatedString& slug : n.municipalities) {
    out += "    <category term=\"" + XmlEscape(slug.value) + "\" scheme=\"" + XmlEscape(scheme) +
           "\" label=\"" + XmlEscape(MunicipalityName(ctx, slug.value)) + "\"/>\n";
  }
  if (!n.summary.empty()) {
    out += "    <summary type=\"text\">" + XmlEscape(Prose(ctx, n.summary)) + "</summary>\n";
  }
  // xml:base resolves the relative links an author may have written ("photo.jpg").
  out += "    <content type=\"html\" xml:base=\"" + XmlEscape(url) + "\">" +
         XmlEscape(EntryHtml(ctx, n)) + "</content>\n";
  out += "  </entry>\n";
}

}  // namespace

std::string AtomFeed(const ViewContext& ctx, std::string_view title, std::string_view self_path,
                     std::string_view alternate_path, const std::vector<const NewsItem*>& news) {
  const Site& site = ctx.site.content->site;
  const std::string alternate = OutputUrl(ctx, alternate_path);
  // The newest entry dates the feed; "now" only for an empty feed, which has no other date.
  const DateTime updated = news.empty() ? ctx.site.now : news.front()->date.value;
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + XmlEscape(ctx.lang) + "\">\n";
  Element(out, "  ", "id", OutputUrl(ctx, self_path));
  out += "  <title type=\"text\">" + XmlEscape(title) + "</title>\n";
  if (!site.tagline.empty()) {
    out += "  <subtitle type=\"text\">" + XmlEscape(Prose(ctx, site.tagline)) + "</subtitle>\n";
  }
  Element(out, "  ", "updated", Rfc3339(updated));
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
         XmlEscape(OutputUrl(ctx, self_path)) + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + XmlEscape(alternate) + "\"/>\n";
  out += "  <author>\n";
  Element(out, "    ", "name", FeedAuthor(ctx));
  Element(out, "    ", "uri", OutputUrl(ctx, HomeUrl()));
  out += "  </author>\n";
  out += "  <generator>Maillon</generator>\n";
  const size_t limit = size_t(std::max(site.options.feed_limit, 1));
  for (size_t i = 0; i < news.size() && i < limit; ++i) WriteEntry(ctx, *news[i], out);
  out += "</feed>\n";
  return out;
}

void PlanFeeds(const ViewContext& ctx, OutputPlans& plans) {
  const std::string news_path = NewsListUrl(1) + "atom.xml";
  plans.push_back({news_path, kAtomType, {}, [news_path](const ViewContext& c) {
                     const std::string site_title = Prose(c, c.site.content->site.title);
                     return AtomFeed(c, c.texts.Format("feed_news_title", {{"site", site_title}}),
                                     news_path, NewsListUrl(1), c.site.news);
                   }});
  for (const Municipality& m : ctx.site.content->municipalities) {
    const std::string path = MunicipalityUrl(m.slug) + "atom.xml";
    plans.push_back({path, kAtomType, m.pos, [&m, path](const ViewContext& c) {
                       NoteRead(m.pos);
                       auto view = c.site.by_municipality.find(m.slug);
                       static const std::vector<const NewsItem*> none;
                       const auto& news =
                           view == c.site.by_municipality.end() ? none : view->second.news;
                       const std::string title = c.texts.Format(
                           "feed_municipality_title",
                           {{"municipality", Prose(c, m.name)},
                            {"site", Prose(c, c.site.content->site.title)}});
                       return AtomFeed(c, title, path, MunicipalityUrl(m.slug), news);
                     }});
  }
}

}  // namespace maillon
