// The HTML and CSS scanners and the link resolver: what a browser would follow, and where to.
#include "render/link_scan.h"

#include <doctest/doctest.h>

#include "render/link_resolve.h"

using namespace maillon;

namespace {

std::vector<std::string> Urls(std::string_view html) {
  HtmlScan scan;
  ScanHtml(html, scan);
  std::vector<std::string> out;
  for (const FoundUrl& u : scan.urls) out.push_back(u.url);
  return out;
}

std::vector<std::string> Ids(std::string_view html) {
  HtmlScan scan;
  ScanHtml(html, scan);
  return scan.ids;
}

std::vector<std::string> CssUrls(std::string_view css) {
  std::vector<FoundUrl> found;
  ScanCss(css, 0, found);
  std::vector<std::string> out;
  for (const FoundUrl& u : found) out.push_back(u.url);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("the reference attributes of each element are collected, quoted or not") {
  CHECK(Urls(R"(<a href="../soupers/">x</a><link rel=stylesheet href=../style.css>)") ==
        V{"../soupers/", "../style.css"});
  CHECK(Urls(R"(<img src='a.png' alt="b.png"><script src="s.js"></script>)") ==
        V{"a.png", "s.js"});
  CHECK(Urls(R"(<IFRAME SRC="f/"></IFRAME><form action="chercher/"><video poster="p.jpg">)") ==
        V{"f/", "chercher/", "p.jpg"});
  // An attribute name does not make a URL on an element that does not load it.
  CHECK(Urls(R"(<div href="x/" src="y.png" data-href="z/">)").empty());
  // Spaces around the value are not part of the URL.
  CHECK(Urls("<a href=\"  ../aide/\n\">") == V{"../aide/"});
}

TEST_CASE("entities in attribute values are decoded") {
  CHECK(Urls(R"(<a href="recherche/?q=a&amp;b=c">)") == V{"recherche/?q=a&b=c"});
  CHECK(Urls(R"(<a href="&#46;&#x2e;/aide/">)") == V{"../aide/"});
  CHECK(DecodeHtmlEntities("a &unknown; &amp b &lt;") == "a &unknown; &amp b <");
  CHECK(DecodeHtmlEntities("&#233;t&#xE9;") == "\xC3\xA9t\xC3\xA9");
}

TEST_CASE("srcset lists several URLs") {
  CHECK(Urls(R"(<img srcset="a.png 1x, b.png 2x"><source srcset="c.webp">)") ==
        V{"a.png", "b.png", "c.webp"});
  // A URL runs to a space; commas that end it separate candidates (HTML spec).
  auto urls = SrcsetUrls("a.png, b.png 480w ,  c.png");
  REQUIRE(urls.size() == 3);
  CHECK(urls[0].first == "a.png");
  CHECK(urls[1].first == "b.png");
  CHECK(urls[2].first == "c.png");
  CHECK(urls[2].second == 21);
  CHECK(SrcsetUrls("a.png,b.png 2x").front().first == "a.png,b.png");
}

TEST_CASE("scripts, comments, titles and text areas hold no references") {
  CHECK(Urls(R"(<script>var s = '<a href="x/">';</script><a href="y/">)") == V{"y/"});
  CHECK(Urls(R"(<!-- <a href="x/"> --><title><a href="t/"></title><a href="z/">)") == V{"z/"});
  CHECK(Urls(R"(<SCRIPT>if (a</b) {}</SCRIPT ><a href="w/">)") == V{"w/"});
  // Unclosed constructs end at the end of the text, without reading past it.
  CHECK(Urls(R"(<a href="unterminated)") == V{"unterminated"});
  CHECK(Urls("<!-- never closed <a href=\"x/\">").empty());
  CHECK(Urls("<script>never closed <a href=\"x/\">").empty());
  CHECK(Urls("a < b and <3 <a").empty());
}

TEST_CASE("ids, and names of anchors, are fragment targets") {
  CHECK(Ids(R"(<main id="contenu"><h2 id='bloc-aide'>x</h2><a name="haut"></a>)") ==
        V{"contenu", "bloc-aide", "haut"});
  CHECK(Ids(R"(<input name="q"><p data-id="x" id="">)").empty());
  std::vector<std::string> ids;
  ScanHtmlIds(R"(<a href="x/" id="a">)", ids);
  CHECK(ids == V{"a"});
}

TEST_CASE("Open Graph URLs and style sheets inside the page are references too") {
  CHECK(Urls(R"(<meta property="og:image" content="https://e.org/i.png">)") ==
        V{"https://e.org/i.png"});
  CHECK(Urls(R"(<meta name="description" content="../pas-un-lien/">)").empty());
  CHECK(Urls(R"h(<style>body { background: url("fond.png") }</style><p style="x: url(y.png)">)h") ==
        V{"fond.png", "y.png"});
}

TEST_CASE("CSS url() and @import") {
  CHECK(CssUrls("a { background: url(../images/a.png) }") == V{"../images/a.png"});
  CHECK(CssUrls("a { b: url( 'x y.png' ) } c { d: URL(\"z.svg#i\") }") == V{"x y.png", "z.svg#i"});
  CHECK(CssUrls("@import \"base.css\"; @import url(print.css) print;") ==
        V{"base.css", "print.css"});
  CHECK(CssUrls("/* url(commented.png) */ a { content: \"url(text)\" }").empty());
  CHECK(CssUrls("a { mask: my-url(x) }").empty());
  std::vector<FoundUrl> found;
  ScanCss("a {\n  b: url(c.png) }", 10, found);
  REQUIRE(found.size() == 1);
  CHECK(found[0].offset == 10 + 13);
}

TEST_CASE("links resolve against the page's folder, and folders to their index") {
  const LinkResolver r("https://example.org/portail/");
  auto site = [&](std::string_view from, std::string_view url) {
    const SiteLink link = r.Resolve(from, url);
    return link.kind == SiteLink::Kind::kSite ? link.path : "<" + std::string(url) + ">";
  };
  CHECK(site("organismes/x/index.html", "../../soupers/") == "soupers/");
  CHECK(site("organismes/x/index.html", "../") == "organismes/");
  CHECK(site("organismes/x/index.html", "calendrier.ics") == "organismes/x/calendrier.ics");
  CHECK(site("index.html", "./") == "");
  CHECK(site("index.html", "soupers/./a/../b/") == "soupers/b/");
  CHECK(site("a/index.html", "#contenu") == "a/index.html");
  CHECK(site("a/index.html", "?page=2") == "a/index.html");
  CHECK(site("assets/style.css", "../images/fond%20bleu.png") == "images/fond bleu.png");
  CHECK(FileForSitePath("") == "index.html");
  CHECK(FileForSitePath("soupers/") == "soupers/index.html");
  CHECK(FileForSitePath("calendrier.ics") == "calendrier.ics");
}

TEST_CASE("absolute links into the site are mapped back; others are left alone") {
  const LinkResolver r("https://Example.org/portail");
  auto kind = [&](std::string_view url) { return r.Resolve("404.html", url).kind; };
  const SiteLink canonical = r.Resolve("a/index.html", "https://example.org/portail/aide/#x");
  CHECK(canonical.kind == SiteLink::Kind::kSite);
  CHECK(canonical.path == "aide/");
  CHECK(canonical.fragment == "x");
  CHECK(r.Resolve("404.html", "/portail/soupers/").path == "soupers/");
  CHECK(r.Resolve("404.html", "/portail").path == "");
  CHECK(r.Resolve("404.html", "//EXAMPLE.org/portail/a/").path == "a/");
  CHECK(kind("/ailleurs/") == SiteLink::Kind::kElsewhere);
  CHECK(kind("https://example.org/ailleurs/") == SiteLink::Kind::kElsewhere);
  CHECK(kind("https://autre.org/portail/") == SiteLink::Kind::kElsewhere);
  CHECK(kind("mailto:info@example.org") == SiteLink::Kind::kElsewhere);
  CHECK(kind("tel:811") == SiteLink::Kind::kElsewhere);
  CHECK(kind("data:image/png;base64,AAAA") == SiteLink::Kind::kElsewhere);
  CHECK(kind("  ") == SiteLink::Kind::kElsewhere);
  CHECK(r.Resolve("a/index.html", "../../x/").kind == SiteLink::Kind::kAboveRoot);
  CHECK(r.Resolve("a/index.html", "#%C3%A9t%C3%A9").fragment == "\xC3\xA9t\xC3\xA9");
  CHECK(PercentDecode("a%2") == "a%2");
  CHECK(PercentDecode("%zz%41") == "%zzA");
}
