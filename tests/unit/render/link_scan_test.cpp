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

TEST_CASE("ScanHtmlRefs finds what ScanHtml finds, in place when nothing is decoded") {
  const std::string html =
      R"h(<A HREF=" ../a/ " id="x&amp;y"><img srcset="i.png 1x, j&amp;.png 2x">)h"
      R"h(<p style="b: url('k\'.png') url(m.png)"><meta content="https://e.org/" )h"
      R"h(PROPERTY="OG:URL"><style>c { d: url(l.png) }</style><a href name="n">)h"
      R"h(<title><a href="t/"></title>)h";
  HtmlScan scan;
  ScanHtml(html, scan);
  HtmlRefs refs;
  ScanHtmlRefs(html, refs);
  CHECK(Urls(html) ==
        V{"../a/", "i.png", "j&.png", "k'.png", "m.png", "https://e.org/", "l.png", ""});
  REQUIRE(refs.urls.size() == scan.urls.size());
  for (size_t k = 0; k < refs.urls.size(); ++k) {
    CHECK(refs.urls[k].url == scan.urls[k].url);
    CHECK(refs.urls[k].offset == scan.urls[k].offset);
  }
  CHECK(std::vector<std::string>(refs.ids.begin(), refs.ids.end()) == scan.ids);
  CHECK(scan.ids == V{"x&y", "n"});
  auto in_page = [&](std::string_view v) {
    return v.data() >= html.data() && v.data() + v.size() <= html.data() + html.size();
  };
  CHECK(in_page(refs.urls[0].url));   // "../a/"
  CHECK(!in_page(refs.urls[2].url));  // "j&.png", decoded
  CHECK(!in_page(refs.urls[3].url));  // "k'.png", unescaped
  CHECK(in_page(refs.urls[4].url));   // "m.png"
  CHECK(!in_page(refs.ids[0]));       // "x&y"
  refs.clear();
  CHECK((refs.urls.empty() && refs.ids.empty() && refs.owned.empty()));
}

TEST_CASE("element and attribute names match in any case, and only whole") {
  CHECK(Urls(R"(<A HrEf="a/"><IMG SRC="b.png"><a hreff="c/" hre="d/"><aa href="e/">)"
             R"(<a-b href="f/">)") == V{"a/", "b.png"});
  CHECK(Urls(R"(<svg><use XLINK:HREF="#i"/><image xlink:href="g.png"/></svg>)") ==
        V{"#i", "g.png"});
  CHECK(Urls(R"(<BUTTON FORMACTION="x/"><Object DATA="o.svg"><form ACTION=y/>)") ==
        V{"x/", "o.svg", "y/"});
  // Only ASCII letters fold: a control byte is no ':' of another case.
  CHECK(Urls("<a xlink\x1ahref=\"h/\">").empty());
  CHECK(Urls("<Textarea><a href=\"x/\"></TEXTAREA><a href=\"y/\">") == V{"y/"});
}

TEST_CASE("ResolveView resolves as Resolve does, reusing its buffers") {
  const LinkResolver r("https://example.org/portail/");
  ResolveBuffers buffers;
  const std::pair<const char*, const char*> links[] = {
      {"a/b/index.html", "../../soupers/#x%20y"},
      {"a/index.html", "#%C3%A9t%C3%A9"},
      {"index.html", "fond%20bleu.png?x#y"},
      {"a/index.html", "HTTPS://EXAMPLE.org/portail/a/"},
      {"a/index.html", "mailto:x#y"},
      {"a/index.html", "../../x/"},
      {"a/index.html", "  "},
      {"404.html", "/portail"},
      {"a/index.html", "//example.org"},
      {"a/index.html", "./%2e%2E/b/"},
  };
  for (const auto& [from, url] : links) {
    CAPTURE(url);
    const SiteLink a = r.Resolve(from, url);
    const SiteLink b = r.ResolveView(from, url, buffers).ToSiteLink();
    CHECK(a.kind == b.kind);
    CHECK(a.path == b.path);
    CHECK(a.fragment == b.fragment);
    CHECK(a.has_fragment == b.has_fragment);
  }
}

TEST_CASE("links that climb to the root resolve alike from every file as deep") {
  constexpr size_t kNotPlain = std::string_view::npos;
  CHECK(PlainFolderDepth("index.html") == 0);
  CHECK(PlainFolderDepth("a/b/index.html") == 2);
  CHECK(PlainFolderDepth("a/b/") == 2);
  CHECK(PlainFolderDepth("a.b/.../x.html") == 2);
  CHECK(PlainFolderDepth("a//b/index.html") == kNotPlain);
  CHECK(PlainFolderDepth("a/%2E./index.html") == kNotPlain);
  CHECK(PlainFolderDepth("./index.html") == kNotPlain);
  CHECK(ClimbsToRoot("../../aide/", 2));
  CHECK(ClimbsToRoot(" ../../../x/#y", 2));
  CHECK_FALSE(ClimbsToRoot("../aide/", 2));
  CHECK_FALSE(ClimbsToRoot("aide/", 1));
  CHECK_FALSE(ClimbsToRoot("#x", 1));
  CHECK(ClimbsToRoot("aide/", 0));
  CHECK(ClimbsToRoot("https://example.org/x/", 0));
  CHECK_FALSE(ClimbsToRoot("#x", 0));
  CHECK_FALSE(ClimbsToRoot("?q", 0));
  const LinkResolver r("https://example.org/portail/");
  auto same = [&](std::string_view a, std::string_view b, std::string_view url) {
    const SiteLink x = r.Resolve(a, url), y = r.Resolve(b, url);
    return x.kind == y.kind && x.path == y.path && x.fragment == y.fragment &&
           x.has_fragment == y.has_fragment;
  };
  for (const char* url : {"../../aide/", "../../", "../../#x", "../../../x/",
                          "../../a/./b/../c?q#f", "../../%61/", "../..//x"}) {
    CAPTURE(url);
    CHECK(ClimbsToRoot(url, 2));
    CHECK(same("a/b/index.html", "x-y/z.w/p.html", url));
  }
  for (const char* url : {"aide/", "./x", "../x", "%2e%2e/x", "https://example.org/portail/a/"}) {
    CAPTURE(url);
    CHECK(ClimbsToRoot(url, 0));
    CHECK(same("index.html", "404.html", url));
  }
}
