// Atom feeds, sitemap.xml and robots.txt: XML escaping, absolute URLs, offsets in winter and
// summer, the feed's date, the pages listed.
#include "render/output_feeds.h"

#include <doctest/doctest.h>

#include "output_fixture.h"

using namespace maillon;
using namespace maillon::output_test;

TEST_CASE("XML escaping covers the five specials and drops forbidden controls") {
  CHECK(XmlEscape("<a href=\"x\">l'été & co</a>") ==
        "&lt;a href=&quot;x&quot;&gt;l&apos;été &amp; co&lt;/a&gt;");
  CHECK(XmlEscape("a\x01\x1f" "b\tc\nd") == "ab\tc\nd");
}

TEST_CASE("the news feed is Atom with absolute URLs and Toronto offsets") {
  const ResolvedSite site = OutputSite();
  const RenderedSite out = RenderAll(site);
  const OutputFile& file = out.files.at("nouvelles/atom.xml");
  CHECK(file.content_type == "application/atom+xml; charset=utf-8");
  const std::string& xml = file.bytes;
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/"
                  "2005/Atom\" xml:lang=\"fr\">",
                  0) == 0);
  CHECK(Has(xml, "<title type=\"text\">Nouvelles — Moi, je m’implique</title>"));
  // The feed is as recent as its newest entry (winter: UTC-5), not as the build.
  CHECK(Has(xml, "  <updated>2026-11-20T08:00:00-05:00</updated>\n"));
  CHECK(Has(xml, "<link rel=\"self\" type=\"application/atom+xml\" "
                 "href=\"https://Example.org:8443/portail/nouvelles/atom.xml\"/>"));
  CHECK(Has(xml, "<link rel=\"alternate\" type=\"text/html\" "
                 "href=\"https://Example.org:8443/portail/nouvelles/\"/>"));
  CHECK(Has(xml, "<name>Centre d’action bénévole</name>"));  // the publisher

  // Entries, newest first; a date alone is midnight, in summer time (UTC-4).
  CHECK(xml.find("nouvelles/alerte/") < xml.find("nouvelles/lancement/"));
  CHECK(Has(xml, "<id>https://Example.org:8443/portail/nouvelles/alerte/</id>"));
  CHECK(Has(xml, "<published>2026-10-01T00:00:00-04:00</published>"));
  CHECK(Has(xml, "<title type=\"text\">Alerte &lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; "
                 "cie</title>"));
  CHECK_FALSE(Has(xml, "<script"));
  CHECK(Has(xml, "<category term=\"sécurité\"/>"));
  CHECK(Has(xml, "<category term=\"manseau\" scheme=\"https://Example.org:8443/portail/"
                 "municipalites/\" label=\"Manseau\"/>"));
  CHECK(Has(xml, "<author>\n      <name>Équipe</name>"));
  CHECK(Has(xml, "<summary type=\"text\">Le projet démarre.</summary>"));
  // The body is escaped HTML whose site links are absolute; xml:base resolves the others.
  CHECK(Has(xml, "xml:base=\"https://Example.org:8443/portail/nouvelles/alerte/\">"));
  CHECK(Has(xml, "&lt;a href=&quot;https://Example.org:8443/portail/soupers/&quot;&gt;"));
  CHECK(Has(xml, "&lt;a href=&quot;photo.jpg&quot;&gt;"));
  CHECK(Has(xml, "&lt;img src=&quot;https://Example.org:8443/portail/images/souper.jpg&quot; "
                 "alt=&quot;Une table «\u00a0garnie\u00a0»&quot;&gt;"));
}

TEST_CASE("each municipality has a feed of its news") {
  const ResolvedSite site = OutputSite();
  const RenderedSite out = RenderAll(site);
  const std::string& manseau = Bytes(out, "municipalites/manseau/atom.xml");
  CHECK(Has(manseau, "<title type=\"text\">Nouvelles de Manseau — Moi, je m’implique</title>"));
  CHECK(Has(manseau, "nouvelles/lancement/"));
  CHECK_FALSE(Has(manseau, "nouvelles/alerte/"));
  CHECK(Has(manseau, "<updated>2026-10-01T00:00:00-04:00</updated>"));
  // No news: a valid empty feed dated by the build's "now".
  const std::string& lemieux = Bytes(out, "municipalites/lemieux/atom.xml");
  CHECK_FALSE(Has(lemieux, "<entry>"));
  CHECK(Has(lemieux, "<updated>2026-11-25T09:00:00-05:00</updated>"));
  CHECK(out.files.at("municipalites/lemieux/atom.xml").source.path() ==
        site.municipalities.at("lemieux")->pos.path());
}

TEST_CASE("a feed holds the newest feed_limit news") {
  Content content = OutputContent();
  content.site.options.feed_limit = 1;
  Diagnostics diags;
  const ResolvedSite site = Resolve(std::move(content), {{{2026, 11, 25}, {9, 0}}, false}, diags);
  REQUIRE(!diags.HasErrors());
  REQUIRE(site.news.size() >= 2);
  const RenderedSite out = RenderAll(site);
  const std::string& xml = Bytes(out, "nouvelles/atom.xml");
  CHECK(Has(xml, "<id>https://Example.org:8443/portail/nouvelles/alerte/</id>"));  // the newest
  CHECK_FALSE(Has(xml, "nouvelles/lancement/"));
  size_t entries = 0;
  for (size_t at = xml.find("<entry>"); at != std::string::npos; at = xml.find("<entry>", at + 1)) {
    ++entries;
  }
  CHECK(entries == 1);
  // The news list page still lists every news: only the feed is bounded.
  CHECK(Has(Bytes(out, "nouvelles/index.html"), "nouvelles/lancement/"));
}

TEST_CASE("the sitemap lists every page but 404.html and the widgets; robots.txt points at it") {
  const ResolvedSite site = OutputSite();
  const RenderedSite out = RenderAll(site);
  const OutputFile& file = out.files.at("sitemap.xml");
  CHECK(file.content_type == "application/xml; charset=utf-8");
  const std::string& xml = file.bytes;
  CHECK(Has(xml, "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
  size_t pages = 0;
  for (const auto& [path, f] : out.files) {
    if (!path.ends_with(".html") || path == "404.html") continue;
    const std::string url = path == "index.html" ? "" : path.substr(0, path.size() - 10);
    const bool listed = Has(xml, "<loc>https://Example.org:8443/portail/" + url + "</loc>");
    // A widget is a part of other sites' pages, not a page to find (it says noindex).
    CHECK_MESSAGE(listed == !url.ends_with("/widget/"), path);
    pages += listed;
  }
  CHECK(pages > 10);
  CHECK_FALSE(Has(xml, "404"));
  CHECK_FALSE(Has(xml, ".ics"));
  CHECK(Has(xml, "<loc>https://Example.org:8443/portail/nouvelles/alerte/</loc>\n"
                 "    <lastmod>2026-11-20T08:00:00-05:00</lastmod>"));

  const OutputFile& robots = out.files.at("robots.txt");
  CHECK(robots.content_type == "text/plain; charset=utf-8");
  CHECK(robots.bytes ==
        "User-agent: *\nAllow: /\n\nSitemap: https://Example.org:8443/portail/sitemap.xml\n");
}

TEST_CASE("feeds and sitemap are byte-identical from one render to the next") {
  const ResolvedSite site = OutputSite();
  const RenderedSite a = RenderAll(site);
  const RenderedSite b = RenderAll(site, 3);
  for (const char* path : {"nouvelles/atom.xml", "municipalites/manseau/atom.xml", "sitemap.xml",
                           "robots.txt"}) {
    CHECK_MESSAGE(a.files.at(path).bytes == b.files.at(path).bytes, path);
  }
}

TEST_CASE("a theme without the outputs' texts gets an error naming the missing key") {
  const ResolvedSite site = OutputSite();
  Theme theme = DefaultTheme();
  std::string& fr = theme.i18n.at("fr");
  const size_t at = fr.find("\nfeed_news_title:");
  REQUIRE(at != std::string::npos);
  fr.erase(at + 1, fr.find('\n', at + 1) - at);
  Diagnostics diags;
  RenderSite(site, theme, {}, diags);
  const std::string text = FormatText(diags, nullptr);
  CHECK(Has(text, "themes/default/i18n/fr.yaml"));
  CHECK(Has(text, "the interface text 'feed_news_title' is missing"));
}
