// CheckLinks on small rendered sites: what is broken, how it is said, and said only once.
#include "render/link_check.h"

#include <doctest/doctest.h>

#include <map>

using namespace maillon;

// Failed comparisons print every headline, one per line.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const std::string& line : lines) out += "\n  " + line;
    return (out + "\n}").c_str();
  }
};

namespace {

using V = std::vector<std::string>;

OutputFile Html(std::string body, const std::string& source = "") {
  return OutputFile{std::move(body), "", "text/html; charset=utf-8",
                    source.empty() ? SourcePos{} : FilePos(source)};
}

OutputFile Css(std::string body) { return OutputFile{std::move(body), "", "text/css", {}}; }

OutputFile Other(const std::string& type) { return OutputFile{"x", "", type, {}}; }

// A page at `path` whose body holds `links`, with the skip link and its target every page has.
std::string PageWith(const std::string& links) {
  return "<!doctype html><a href=\"#contenu\">Aller</a><main id=\"contenu\">" + links + "</main>";
}

// Checks `site` with files on a fake disk; returns the error headlines, sorted.
V Check(const RenderedSite& site, const std::map<std::string, std::string>& disk = {},
        LinkCheckOptions options = {}) {
  if (options.base_url.empty()) options.base_url = "https://example.org/portail/";
  options.read_file = [disk](const std::string& path, std::string& out) {
    auto it = disk.find(path);
    if (it == disk.end()) return false;
    out = it->second;
    return true;
  };
  Diagnostics diags;
  CheckLinks(site, options, diags);
  V out;
  for (const Diagnostic& d : diags.Sorted()) out.push_back(FormatHeadline(d));
  return out;
}

// The portal's skeleton: home, two sections, one supper, a style sheet, a calendar.
RenderedSite Skeleton() {
  RenderedSite site;
  site.files["index.html"] = Html(PageWith(R"(<a href="soupers/">s</a>)"));
  site.files["soupers/index.html"] = Html(PageWith(R"(<a href="../">home</a>)"));
  site.files["soupers/manseau-2027-03-11/index.html"] =
      Html(PageWith(R"(<h2 id="inscription">I</h2><a href="../../">home</a>)"));
  site.files["aide/index.html"] = Html(PageWith(R"(<h2 id="lignes">L</h2>)"));
  site.files["assets/style.css"] = Css("body { color: red }");
  site.files["calendrier.ics"] = Other("text/calendar; charset=utf-8");
  site.files["images/logo.svg"] = Other("image/svg+xml");
  return site;
}

}  // namespace

TEST_CASE("good links give no error") {
  RenderedSite site = Skeleton();
  site.files["organismes/cab/index.html"] = Html(PageWith(R"(
      <link rel="stylesheet" href="../../assets/style.css">
      <link rel="canonical" href="https://example.org/portail/organismes/cab/">
      <a href="../../soupers/manseau-2027-03-11/#inscription">go</a>
      <a href="../../soupers">no slash: the host redirects</a>
      <a href="../../aide/#lignes">aide</a> <a href="../../calendrier.ics">ics</a>
      <a href="#">top</a> <a href="#top">top</a> <a href="">self</a>
      <a href="../../soupers/?mois=mars&amp;annee=2027">query</a>
      <img src="../../images/logo.svg" srcset="../../images/logo.svg 2x">)"));
  CHECK(Check(site) == V{});
}

TEST_CASE("other hosts and schemes are not checked") {
  RenderedSite site = Skeleton();
  site.files["index.html"] = Html(PageWith(R"html(
      <a href="mailto:info@example.org">m</a> <a href="tel:811">t</a>
      <a href="https://autre.org/nulle-part/">x</a> <a href="//cdn.example.com/x.js">c</a>
      <img src="data:image/png;base64,AAAA"> <a href="/ailleurs/">outside the base path</a>
      <a href="javascript:void(0)">j</a>)html"));
  CHECK(Check(site) == V{});
}

TEST_CASE("a missing page is named with the page holding the link, and a suggestion") {
  RenderedSite site = Skeleton();
  site.files["organismes/cab/index.html"] =
      Html(PageWith(R"(<a href="../../soupers/manseau-2027-03-12/">x</a>)"));
  site.files["organismes/autre/index.html"] =
      Html(PageWith(R"(<a href="../../soupres/">x</a>)"), "content/organizations/autre.md");
  CHECK(Check(site, {{"content/organizations/autre.md", "name: Autre\n"}}) ==
        V{"content/organizations/autre.md:1:1: error: broken link '/soupres/' in "
          "organismes/autre/index.html: no such page; did you mean '/soupers/'?",
          "organismes/cab/index.html:1:1: error: broken link '/soupers/manseau-2027-03-12/' in "
          "organismes/cab/index.html: no such page; did you mean '/soupers/manseau-2027-03-11/'?"});
}

TEST_CASE("a folder link needs the folder's index.html; a missing asset is a missing file") {
  RenderedSite site = Skeleton();
  site.files["index.html"] = Html(PageWith(R"(<a href="calendrier.ics/">x</a>
      <img src="images/logo.png">)"));
  CHECK(Check(site) ==
        V{"index.html:1:1: error: broken link '/calendrier.ics/' in index.html: no such page; "
          "did you mean '/calendrier.ics'?",
          "index.html:1:1: error: broken link '/images/logo.png' in index.html: no such file; "
          "did you mean '/images/logo.svg'?"});
}

TEST_CASE("missing fragments, on the same page or another") {
  RenderedSite site = Skeleton();
  site.files["index.html"] = Html(PageWith(R"(<a href="#contenus">x</a>
      <a href="soupers/manseau-2027-03-11/#inscriptions">y</a>
      <a href="aide/#pas-du-tout">z</a> <a href="calendrier.ics#x">not a page</a>)"));
  CHECK(Check(site) ==
        V{"index.html:1:1: error: broken link '#contenus' in index.html: the page has no element "
          "with id 'contenus'; did you mean '#contenu'?",
          "index.html:1:1: error: broken link '/soupers/manseau-2027-03-11/#inscriptions' in "
          "index.html: the page /soupers/manseau-2027-03-11/ has no element with id "
          "'inscriptions'; did you mean '/soupers/manseau-2027-03-11/#inscription'?",
          "index.html:1:1: error: broken link '/aide/#pas-du-tout' in index.html: the page /aide/ "
          "has no element with id 'pas-du-tout'"});
}

TEST_CASE("a relative link that climbs above the root is broken") {
  RenderedSite site = Skeleton();
  site.files["aide/index.html"] = Html(PageWith(R"(<a href="../../soupers/">x</a>)"));
  CHECK(Check(site) == V{"aide/index.html:1:1: error: broken link '../../soupers/' in "
                         "aide/index.html: it climbs above the site's root (too many '../')"});
}

TEST_CASE("absolute links under the base URL and base-path links are checked") {
  RenderedSite site = Skeleton();
  site.files["404.html"] = Html(PageWith(R"(<a href="/portail/soupers/">ok</a>
      <link rel="stylesheet" href="/portail/assets/style.css">
      <a href="/portail/nulle-part/">x</a>
      <meta property="og:image" content="https://example.org/portail/images/absent.png">)"));
  CHECK(Check(site) ==
        V{"404.html:1:1: error: broken link '/nulle-part/' in 404.html: no such page",
          "404.html:1:1: error: broken link '/images/absent.png' in 404.html: no such file"});
}

TEST_CASE("a broken link in a content file's text is placed at its line") {
  RenderedSite site = Skeleton();
  site.files["nouvelles/lancement/index.html"] =
      Html(PageWith(R"(<p>Voir <a href="../../soupers/nexiste-pas/">ici</a> et
      <a href="../../aide/#nulle-part">là</a></p>)"),
           "content/news/lancement.md");
  const std::string text =
      "---\ntitle: Lancement\n---\nVoir [ici](/soupers/nexiste-pas/) et\n"
      "[là](https://example.org/portail/aide/#nulle-part).\n";
  CHECK(Check(site, {{"content/news/lancement.md", text}}) ==
        V{"content/news/lancement.md:4:12: error: broken link '/soupers/nexiste-pas/' in the "
          "text of content/news/lancement.md: no such page",
          "content/news/lancement.md:5:7: error: broken link "
          "'https://example.org/portail/aide/#nulle-part' in the text of "
          "content/news/lancement.md: the page /aide/ has no element with id 'nulle-part'"});
}

TEST_CASE("a broken link in a front-matter field is placed there, not in the text") {
  RenderedSite site = Skeleton();
  site.files["nouvelles/photo/index.html"] =
      Html(PageWith(R"(<img src="../../images/photo.jpg" alt="">)"), "content/news/photo.md");
  const std::string text = "---\ntitle: Photo\nimage: /images/photo.jpg\n---\nTexte.\n";
  CHECK(Check(site, {{"content/news/photo.md", text}}) ==
        V{"content/news/photo.md:3:8: error: broken link '/images/photo.jpg' in "
          "content/news/photo.md: no such file"});
}

TEST_CASE("a link is found in the text as a whole, before a final period") {
  RenderedSite site = Skeleton();
  site.files["aide/index.html"] = Html(PageWith(R"(<a href="../entraide/">x</a>)"), "p.yaml");
  // "/entraide/" inside "/entraide/x/" is another link; the one ending the sentence is it.
  const std::string text = "a: /entraide/x/\nb: Voir /entraide/.\n";
  CHECK(Check(site, {{"p.yaml", text}}) ==
        V{"p.yaml:2:9: error: broken link '/entraide/' in p.yaml: no such page"});
}

TEST_CASE("a link is placed at its own line, with lines counted as the loader counts them") {
  // Found by the build_file fuzz target: the broken link 'b' was placed in "bénévole" (an
  // accented letter did not continue the word), and a lone CR did not end a line.
  RenderedSite site = Skeleton();
  site.files["aide/index.html"] = Html(PageWith(R"(<a href="b">x</a>)"), "p.md");
  const std::string text = "---\rtitle: Aide\r---\rLe bénévole\r\nvoir [x](b).\n";
  CHECK(Check(site, {{"p.md", text}}) ==
        V{"p.md:5:10: error: broken link 'b' in the text of p.md: no such file"});
}

TEST_CASE("entities and srcset candidates are read like a browser") {
  RenderedSite site = Skeleton();
  site.files["index.html"] = Html(PageWith(R"(<a href="soupers/?a=1&amp;b=2">ok</a>
      <a href="aide&#47;#lignes">ok</a>
      <img srcset="images/logo.svg 1x, images/logo@2x.png 2x">)"));
  CHECK(Check(site) == V{"index.html:1:1: error: broken link '/images/logo@2x.png' in "
                         "index.html: no such file"});
}

TEST_CASE("CSS url() references, in memory and in copied theme files") {
  RenderedSite site = Skeleton();
  site.files["assets/style.css"] = Css("a { background: url(../images/logo.svg) }\n"
                                       "b { background: url('../images/fond.png') }");
  site.files["assets/theme.css"] =
      OutputFile{"", "themes/default/assets/theme.css", "text/css",
                 FilePos("themes/default/assets/theme.css")};
  site.files["index.html"] =
      Html(PageWith(R"html(<p style="background: url(images/absent.jpg)">)html"));
  const std::string theme_css = "/* url(commented.png) */\nbody {\n  background: url(fond.png);\n}";
  CHECK(Check(site, {{"themes/default/assets/theme.css", theme_css}}) ==
        V{"assets/style.css:1:1: error: broken link '/images/fond.png' in assets/style.css: no "
          "such file",
          "index.html:1:1: error: broken link '/images/absent.jpg' in index.html: no such file",
          "themes/default/assets/theme.css:3:19: error: broken link 'fond.png' in "
          "assets/theme.css: no such file"});
}

TEST_CASE("a link broken on many pages is reported once, where the template writes it") {
  RenderedSite site = Skeleton();
  for (const char* slug : {"a", "b", "c", "d"}) {
    site.files[std::string("organismes/") + slug + "/index.html"] = Html(
        PageWith(R"(<a href="../../nulle-part/">menu</a>)"), std::string("content/org/") + slug);
  }
  site.files["soupers/index.html"] = Html(PageWith(R"(<a href="../nulle-part/">menu</a>)"));
  LinkCheckOptions options;
  options.shared_files = {"content/site.yaml", "themes/default/partials/nav.mustache"};
  const std::map<std::string, std::string> disk = {
      {"content/site.yaml", "title: x\n"},
      {"themes/default/partials/nav.mustache", "<ul>\n  <li><a href=\"{{root}}nulle-part/\">"}};
  CHECK(Check(site, disk, options) ==
        V{"themes/default/partials/nav.mustache:2:24: error: broken link '/nulle-part/' on 5 "
          "pages, e.g. organismes/a/index.html and organismes/b/index.html: no such page"});
  // Without the template to point at: once, at the first page's source.
  CHECK(Check(site) == V{"content/org/a:1:1: error: broken link '/nulle-part/' on 5 pages, e.g. "
                         "organismes/a/index.html and organismes/b/index.html: no such page"});
}

TEST_CASE("the same broken link from the same content file is reported once") {
  RenderedSite site = Skeleton();
  // Two supper pages from one schedule file, both showing its text's broken link.
  for (const char* id : {"lemieux-1", "lemieux-2"}) {
    site.files[std::string("soupers/") + id + "/index.html"] = Html(
        PageWith(R"(<a href="../../aide/#rien">a</a><a href="../../aide/#rien">b</a>)"),
        "content/suppers/lemieux.yaml");
  }
  const std::string yaml = "suppers:\n  - notes: \"Voir [l'aide](/aide/#rien)\"\n";
  CHECK(Check(site, {{"content/suppers/lemieux.yaml", yaml}}) ==
        V{"content/suppers/lemieux.yaml:2:27: error: broken link '/aide/#rien' in "
          "content/suppers/lemieux.yaml: the page /aide/ has no element with id 'rien'"});
}

TEST_CASE("the result does not depend on the number of threads") {
  RenderedSite site = Skeleton();
  for (int i = 0; i < 60; ++i) {
    const std::string n = std::to_string(i);
    site.files["nouvelles/" + n + "/index.html"] =
        Html(PageWith("<a href=\"../" + std::to_string(i + 1) + "/#contenu\">next</a>"
                  "<a href=\"../../aide/#l" + n + "\">h</a>"));
  }
  LinkCheckOptions one, many;
  many.jobs = 8;
  const V a = Check(site, {}, one), b = Check(site, {}, many);
  CHECK(a.size() == 61);  // nouvelles/60/ is missing; 60 different fragments of /aide/
  CHECK(a == b);
}

TEST_CASE("a link that many pages share is judged on each page as on the first") {
  // The menus' "../../x/" links resolve alike on every page as deep: the check judges them once
  // and reuses the verdict, which must be what each page would get on its own.
  RenderedSite site = Skeleton();
  for (const char* slug : {"a", "b", "c"}) {
    const std::string self = std::string("../../organismes/") + slug;
    site.files["organismes/" + std::string(slug) + "/index.html"] = Html(PageWith(
        "<h2 id=\"moi\">m</h2>"
        "<a href=\"../../aide/\">ok</a> <a href=\"../../aide/#lignes\">ok</a>"
        "<a href=\"../../aide/#rien\">no id</a>"
        "<a href=\"../../soupres/\">no page</a> <a href=\"../../../ailleurs/\">above</a>"
        "<a href=\"" + self + "/#moi\">self, ok</a> <a href=\"" + self + "/#pas-moi\">self</a>"
        "<a href=\"../../organismes/a/#moi\">a's own</a>"));
  }
  // Folders that "../" does not simply climb (scanned after the others): the shared verdicts
  // do not apply.
  site.files["zz/%2e%2e/index.html"] = Html(PageWith(R"(<a href="../../aide/">x</a>)"));
  site.files["zz//index.html"] = Html(PageWith(R"(<a href="../../aide/">x</a>)"));
  CHECK(Check(site) ==
        V{"organismes/a/index.html:1:1: error: broken link '/aide/#rien' on 3 pages, e.g. "
          "organismes/a/index.html and organismes/b/index.html: the page /aide/ has no element "
          "with id 'rien'",
          "organismes/a/index.html:1:1: error: broken link '/soupres/' on 3 pages, e.g. "
          "organismes/a/index.html and organismes/b/index.html: no such page; did you mean "
          "'/soupers/'?",
          "organismes/a/index.html:1:1: error: broken link '../../../ailleurs/' on 3 pages, e.g. "
          "organismes/a/index.html and organismes/b/index.html: it climbs above the site's root "
          "(too many '../')",
          "organismes/a/index.html:1:1: error: broken link '/organismes/a/#pas-moi' in "
          "organismes/a/index.html: the page /organismes/a/ has no element with id 'pas-moi'",
          "organismes/b/index.html:1:1: error: broken link '/organismes/b/#pas-moi' in "
          "organismes/b/index.html: the page /organismes/b/ has no element with id 'pas-moi'",
          "organismes/c/index.html:1:1: error: broken link '/organismes/c/#pas-moi' in "
          "organismes/c/index.html: the page /organismes/c/ has no element with id 'pas-moi'",
          "zz/%2e%2e/index.html:1:1: error: broken link '../../aide/' on 2 pages, e.g. "
          "zz/%2e%2e/index.html and zz//index.html: it climbs above the site's root (too many "
          "'../')",
          "zz//index.html:1:1: error: broken link '/zz/index.html#contenu' in zz//index.html: no "
          "such page"});
}
