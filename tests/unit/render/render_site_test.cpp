// RenderSite with the real default theme: the pages exist, say what they should, escape text,
// link relatively, render identically on any number of threads; the lint catches typos.
#include "render/render_site.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "load/theme.h"
#include "model/recurrence.h"
#include "resolve/resolve.h"

using namespace maillon;

namespace {

LocatedString Ref(const char* slug) { return LocatedString{slug, {}}; }

Contact CabContact() {
  Contact c;
  c.name = "Sonia Lauzon";
  c.role = "Directrice générale";
  c.phone = "819-288-5533 poste 5";
  c.email = "direction@cabbecancour.com";
  return c;
}

// A small portal with one of everything, "now" on 2026-11-25 at 9:00.
Content TestContent() {
  Content c;
  Site& site = c.site;
  site.title = "Moi, je m'implique";
  site.tagline = "Ensemble, faisons vivre l'implication citoyenne";
  site.description = "Soupers citoyens et entraide dans la MRC de Bécancour.";
  site.base_url = "https://example.org/portail/";
  site.region = "MRC de Bécancour";
  site.contact = CabContact();
  site.navigation = {{"Soupers citoyens", "/soupers/"}, {"Besoin d'aide?", "/aide/"}};
  site.partners = {Ref("cab-mrc-becancour")};
  site.options.news_per_page = 1;

  c.categories = {{"entraide", {}, "Entraide", "Des voisins qui s'entraident."}};
  Municipality manseau;
  manseau.slug = "manseau";
  manseau.name = "Manseau";
  manseau.summary = "L'une des douze municipalités de la MRC.";
  manseau.body.text = "À Manseau, on se **rencontre**. Voir les [soupers](/soupers/).";
  manseau.contacts = {CabContact()};
  Municipality lemieux;
  lemieux.slug = "lemieux";
  lemieux.name = "Lemieux";
  c.municipalities = {manseau, lemieux};

  Organization cab;
  cab.slug = "cab-mrc-becancour";
  cab.name = "Centre d'action bénévole de la MRC de Bécancour";
  cab.summary = "Le bénévolat au cœur de la communauté.";
  cab.serves_all = true;
  cab.categories = {Ref("entraide")};
  cab.contact = CabContact();
  cab.volunteering = "Devenez **citoyen-maillon**.";
  c.organizations = {cab};

  Activity cafe;
  cafe.slug = "cafe-rencontre-manseau";
  cafe.title = "Café-rencontre du mercredi";
  cafe.summary = "Un après-midi pour jaser.";
  cafe.body.text = "Se côtoyer entre voisins.";
  cafe.organization = Ref("cab-mrc-becancour");
  cafe.municipality = Ref("manseau");
  cafe.category = Ref("entraide");
  cafe.start.value = {{2027, 1, 13}, {13, 30}};
  cafe.end.value = {{2027, 1, 13}, {15, 30}};
  Recurrence weekly;
  weekly.until = Date{2027, 2, 24};
  cafe.recurrence = weekly;
  cafe.venue = "Salle municipale";
  cafe.address = "À confirmer";
  cafe.cost = "Gratuit";
  cafe.registration.phone = "819-288-5533 poste 5";
  cafe.accessibility = "Accès de plain-pied.";
  cafe.occurrences = ExpandOccurrences(cafe);
  Activity forum = cafe;
  forum.slug = "forum-2025";
  forum.title = "Forum sur l'implication citoyenne";
  forum.recurrence.reset();
  forum.start.value = {{2025, 10, 4}, {9, 0}};
  forum.end.value = {{2025, 10, 4}, {16, 0}};
  forum.occurrences = ExpandOccurrences(forum);
  c.activities = {cafe, forum};

  Supper dated;
  dated.id = "manseau-2027-03-11";
  dated.schedule_file = "manseau";
  dated.municipality = Ref("manseau");
  dated.date = Date{2027, 3, 11};
  dated.time = Time{17, 30};
  dated.end_time = Time{20, 0};
  dated.tentative = true;
  dated.venue = "Salle municipale";
  dated.theme = "S'impliquer dans sa communauté";
  dated.capacity = 40;
  dated.registration.phone = "819-288-5533 poste 5";
  dated.registration.email = "direction@cabbecancour.com";
  dated.partners = {Ref("cab-mrc-becancour")};
  Supper undated;
  undated.id = "manseau-2";
  undated.schedule_file = "manseau";
  undated.municipality = Ref("manseau");
  undated.period = "Automne 2027";
  c.suppers = {dated, undated};

  Community community;
  community.slug = "communaute-manseau";
  community.name = "Communauté de partage de Manseau";
  community.municipality = Ref("manseau");
  community.schedule = "Le premier mardi du mois";
  c.communities = {community};

  NewsItem hostile;
  hostile.slug = "alerte";
  hostile.title = "Alerte <script>alert(1)</script>";
  hostile.date.value = {{2026, 11, 20}, {8, 0}};
  hostile.has_time = true;
  hostile.body.text = "Texte.";
  NewsItem older;
  older.slug = "lancement";
  older.title = "Lancement du projet";
  older.date.value = {{2026, 10, 1}, {}};
  older.municipalities = {Ref("manseau")};
  older.image = Image{"images/souper.jpg", "Des citoyens autour d'une table"};
  c.news = {hostile, older};

  maillon::Page role;
  role.slug = "citoyen-maillon";
  role.title = "Votre rôle de citoyen-maillon";
  // Authors often start with the page's title: it must not make a second <h1>.
  role.body.text = "# Votre rôle\n\n**Promouvoir** les services.";
  role.menu_weight = 1;
  c.pages = {role};

  Resource apelle;
  apelle.name = "1 866 APPELLE";
  apelle.phone = "1 866 APPELLE";
  apelle.urgent = true;
  Resource info;
  info.name = "Info-Social";
  info.phone = "811, option 2";
  info.urgent = true;
  Resource other;
  other.name = "211";
  other.phone = "211";
  c.resources = {apelle, info, other};
  return c;
}

ResolvedSite TestSite() {
  Diagnostics diags;
  ResolvedSite site = Resolve(TestContent(), {{{2026, 11, 25}, {9, 0}}, false}, diags);
  REQUIRE_MESSAGE(!diags.HasErrors(), FormatText(diags, nullptr));
  return site;
}

std::string Errors(const Diagnostics& diags) { return FormatText(diags, nullptr); }

const std::string& FileText(const RenderedSite& out, const std::string& path) {
  static const std::string none;
  auto it = out.files.find(path);
  if (it == out.files.end()) FAIL_CHECK("missing page " << path);
  return it == out.files.end() ? none : it->second.bytes;
}

Theme DefaultTheme() {
  Diagnostics diags;
  Theme theme = LoadTheme(MAILLON_SOURCE_DIR "/themes/default", diags);
  REQUIRE_MESSAGE(!diags.HasErrors(), Errors(diags));
  return theme;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the default theme renders every page of a small portal") {
  const ResolvedSite site = TestSite();
  const Theme theme = DefaultTheme();
  Diagnostics diags;
  const RenderedSite out = RenderSite(site, theme, {}, diags);
  REQUIRE_MESSAGE(!diags.HasErrors(), Errors(diags));

  for (const char* path : {"index.html",
                           "municipalites/index.html",
                           "municipalites/manseau/index.html",
                           "municipalites/lemieux/index.html",
                           "organismes/index.html",
                           "organismes/cab-mrc-becancour/index.html",
                           "activites/index.html",
                           "activites/archives/index.html",
                           "activites/cafe-rencontre-manseau/index.html",
                           "activites/forum-2025/index.html",
                           "soupers/index.html",
                           "soupers/manseau-2027-03-11/index.html",
                           "soupers/manseau-2/index.html",
                           "communautes/index.html",
                           "communautes/communaute-manseau/index.html",
                           "nouvelles/index.html",
                           "nouvelles/page/2/index.html",
                           "nouvelles/alerte/index.html",
                           "nouvelles/lancement/index.html",
                           "categories/index.html",
                           "categories/entraide/index.html",
                           "citoyen-maillon/index.html",
                           "aide/index.html",
                           "recherche/index.html",
                           "404.html"}) {
    const std::string& html = FileText(out, path);
    CHECK_MESSAGE(html.rfind("<!doctype html>", 0) == 0, path);
    CHECK_MESSAGE(Has(html, "<html lang=\"fr\">"), path);
    CHECK_MESSAGE(Has(html, "href=\"#contenu\""), path);
    CHECK_MESSAGE(Has(html, "<main id=\"contenu\""), path);
    // One <h1> per page.
    const size_t first = html.find("<h1");
    CHECK_MESSAGE((first != std::string::npos && html.find("<h1", first + 1) == std::string::npos),
                  path);
    CHECK(out.files.at(path).content_type == "text/html; charset=utf-8");
  }
  REQUIRE(out.files.count("assets/style.css"));
  CHECK(out.files.at("assets/style.css").copy_from.ends_with("themes/default/assets/style.css"));
  CHECK(out.files.at("assets/style.css").content_type == "text/css; charset=utf-8");

  const std::string& home = FileText(out, "index.html");
  CHECK(Has(home, "Prochains soupers citoyens"));
  CHECK(Has(home, "Souper citoyen à Manseau"));
  CHECK(Has(home, "href=\"./soupers/manseau-2027-03-11/\""));
  CHECK(Has(home, "Café-rencontre du mercredi"));
  CHECK(Has(home, "href=\"tel:18662773553\""));  // footer help line, digits only
  CHECK(Has(home, "href=\"tel:811\""));
  CHECK(Has(home, "<link rel=\"stylesheet\" href=\"./assets/style.css\">"));
  CHECK(Has(home, "<link rel=\"canonical\" href=\"https://example.org/portail/\">"));
  CHECK(Has(home, "mailto:direction@cabbecancour.com"));

  // The menu does not repeat a section that site.yaml lists again, and marks the current page.
  const std::string& suppers = FileText(out, "soupers/index.html");
  CHECK(Has(suppers, "<a href=\"../soupers/\" aria-current=\"page\">Soupers citoyens</a>"));
  size_t count = 0;
  for (size_t at = suppers.find(">Soupers citoyens</a>"); at != std::string::npos;
       at = suppers.find(">Soupers citoyens</a>", at + 1)) {
    ++count;
  }
  CHECK(count == 1);
  CHECK(Has(suppers, "Date à confirmer (Automne 2027)"));
  CHECK(Has(suppers, "<time datetime=\"2027-03-11T17:30-05:00\">"));

  const std::string& supper = FileText(out, "soupers/manseau-2027-03-11/index.html");
  CHECK(Has(supper, "<link rel=\"stylesheet\" href=\"../../assets/style.css\">"));
  CHECK(Has(supper, "href=\"../../municipalites/manseau/\""));
  CHECK(Has(supper, "40 places"));
  CHECK(Has(supper, "à confirmer"));
  CHECK(Has(supper, "href=\"tel:8192885533\""));

  const std::string& activity = FileText(out, "activites/cafe-rencontre-manseau/index.html");
  CHECK(Has(activity, "Prochaines dates"));
  CHECK(Has(activity, "<time datetime=\"2027-02-24T13:30-05:00\">"));
  CHECK(Has(activity, "Chaque semaine"));
  CHECK(Has(FileText(out, "activites/forum-2025/index.html"), "Cette activité est terminée."));

  // Markdown bodies come through as HTML, with site links made relative.
  const std::string& manseau = FileText(out, "municipalites/manseau/index.html");
  CHECK(Has(manseau, "<strong>rencontre</strong>"));
  CHECK(Has(manseau, "href=\"../../soupers/\""));

  // Text is escaped: a title cannot inject markup.
  const std::string& alert = FileText(out, "nouvelles/alerte/index.html");
  CHECK(Has(alert, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_FALSE(Has(alert, "<script>"));
  CHECK_FALSE(Has(home, "<script>"));

  // Pagination with rel links; the image keeps its alt text.
  const std::string& news1 = FileText(out, "nouvelles/index.html");
  CHECK(Has(news1, "<link rel=\"next\" href=\"../nouvelles/page/2/\">"));
  const std::string& news2 = FileText(out, "nouvelles/page/2/index.html");
  CHECK(Has(news2, "<link rel=\"prev\" href=\"../../../nouvelles/\">"));
  CHECK(Has(news2, "alt=\"Des citoyens autour d’une table\""));
  CHECK(Has(news2, "src=\"../../../images/souper.jpg\""));

  // 404.html is served at any path: it links from the base URL's path.
  const std::string& missing = FileText(out, "404.html");
  CHECK(Has(missing, "href=\"/portail/assets/style.css\""));
  CHECK(Has(missing, "href=\"/portail/soupers/\""));
  CHECK(Has(missing, "<meta name=\"robots\" content=\"noindex\">"));
  CHECK_FALSE(Has(missing, "rel=\"canonical\""));

  CHECK(Has(FileText(out, "aide/index.html"), "211"));
}

TEST_CASE("every page has Open Graph, a feed and, for events and organisations, JSON-LD") {
  const ResolvedSite site = TestSite();
  Diagnostics diags;
  const RenderedSite out = RenderSite(site, DefaultTheme(), {}, diags);
  REQUIRE_MESSAGE(!diags.HasErrors(), Errors(diags));

  const std::string& home = FileText(out, "index.html");
  CHECK(Has(home, "<meta property=\"og:type\" content=\"website\">"));
  CHECK(Has(home, "<meta property=\"og:url\" content=\"https://example.org/portail/\">"));
  CHECK(Has(home, "<meta property=\"og:locale\" content=\"fr_CA\">"));
  CHECK(Has(home, "<meta property=\"og:site_name\" content=\"Moi, je m’implique\">"));
  CHECK(Has(home, "<meta name=\"twitter:card\" content=\"summary\">"));
  CHECK(Has(home,
            "<link rel=\"alternate\" type=\"application/atom+xml\" "
            "href=\"./nouvelles/atom.xml\" title=\"Nouvelles — Moi, je m’implique\">"));
  // The publisher is not set in this portal: no Organization on the home page.
  CHECK_FALSE(Has(home, "application/ld+json"));
  CHECK(Has(home, "href=\"./recherche/\""));

  const std::string& supper = FileText(out, "soupers/manseau-2027-03-11/index.html");
  CHECK(Has(supper,
            "<link rel=\"canonical\" "
            "href=\"https://example.org/portail/soupers/manseau-2027-03-11/\">"));
  CHECK(Has(supper, "<meta property=\"og:title\" content=\"Souper citoyen à Manseau\">"));
  CHECK(Has(supper,
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            "\"@type\":\"Event\""));
  CHECK(Has(supper, "\"startDate\":\"2027-03-11T17:30-05:00\""));
  CHECK(Has(supper,
            "<a class=\"button button-secondary\" href=\"calendrier.ics\" "
            "type=\"text/calendar\">"));
  CHECK(Has(supper, "Ajouter à mon agenda"));
  CHECK(Has(supper, "example.org/portail/soupers/"));  // the poster's address, printed
  // Undated: no Event, nothing to add to a calendar.
  const std::string& undated = FileText(out, "soupers/manseau-2/index.html");
  CHECK_FALSE(Has(undated, "application/ld+json"));
  CHECK_FALSE(Has(undated, "calendrier.ics"));

  const std::string& activity = FileText(out, "activites/cafe-rencontre-manseau/index.html");
  CHECK(Has(activity, "\"@type\":\"Event\""));
  CHECK(Has(activity, "href=\"calendrier.ics\""));
  CHECK_FALSE(Has(FileText(out, "activites/forum-2025/index.html"), "calendrier.ics"));
  CHECK(Has(FileText(out, "activites/index.html"), "href=\"../calendrier.ics\""));
  CHECK(Has(FileText(out, "soupers/index.html"), "href=\"../calendrier.ics\""));

  const std::string& manseau = FileText(out, "municipalites/manseau/index.html");
  CHECK(Has(manseau, "href=\"calendrier.ics\""));
  CHECK(Has(manseau,
            "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\" "
            "title=\"Nouvelles de Manseau\">"));

  const std::string& cab = FileText(out, "organismes/cab-mrc-becancour/index.html");
  CHECK(Has(cab, "\"@type\":\"Organization\""));
  CHECK(Has(cab, "\"telephone\":\"819-288-5533 poste 5\""));

  // A news item with an image is an article with an absolute og:image.
  const std::string& news = FileText(out, "nouvelles/lancement/index.html");
  CHECK(Has(news, "<meta property=\"og:type\" content=\"article\">"));
  CHECK(Has(news,
            "<meta property=\"og:image\" "
            "content=\"https://example.org/portail/images/souper.jpg\">"));
  CHECK_FALSE(Has(FileText(out, "nouvelles/alerte/index.html"), "og:image"));

  // The body's "# Votre rôle" became an <h2> under the page's own <h1>.
  CHECK(Has(FileText(out, "citoyen-maillon/index.html"), "<h2>Votre rôle</h2>"));
}

TEST_CASE("the search page offers the directory and, once its script runs, a search form") {
  const ResolvedSite site = TestSite();
  Diagnostics diags;
  const RenderedSite out = RenderSite(site, DefaultTheme(), {}, diags);
  REQUIRE_MESSAGE(!diags.HasErrors(), Errors(diags));
  const std::string& search = FileText(out, "recherche/index.html");
  CHECK(Has(search, "<h1>Recherche</h1>"));
  // The form waits for the script; the directory is there without it.
  CHECK(Has(search, "<form class=\"search-form\" role=\"search\" method=\"get\" hidden>"));
  CHECK(Has(search, "<label for=\"recherche-texte\">"));
  CHECK(Has(search, "type=\"search\""));
  CHECK(Has(search, "aria-live=\"polite\""));
  CHECK(Has(search, "<script src=\"../assets/search.js\" defer></script>"));
  CHECK(Has(search, "\"index\":\"../recherche/index.json\",\"root\":\"../\""));
  CHECK(Has(search, "\"organization\":\"Organisme\""));
  CHECK(Has(search, "href=\"../municipalites/manseau/\""));
  CHECK(Has(search, "href=\"../municipalites/lemieux/\""));  // no organisation of its own
  CHECK(Has(search, "href=\"../categories/entraide/\""));
  CHECK(Has(search, "href=\"../organismes/cab-mrc-becancour/\""));
  CHECK(Has(search, "<a class=\"header-search\" href=\"../recherche/\" aria-current=\"page\">"));
  REQUIRE(out.files.count("assets/search.js"));
}

TEST_CASE("the base URL option overrides site.yaml; output does not depend on the jobs") {
  const ResolvedSite site = TestSite();
  const Theme theme = DefaultTheme();
  RenderOptions one;
  one.base_url = "https://autre.example/sous/chemin";
  RenderOptions many = one;
  many.jobs = 4;
  Diagnostics d1, d2;
  const RenderedSite a = RenderSite(site, theme, one, d1);
  const RenderedSite b = RenderSite(site, theme, many, d2);
  REQUIRE_MESSAGE(!d1.HasErrors(), Errors(d1));
  REQUIRE(a.files.size() == b.files.size());
  for (const auto& [path, file] : a.files) {
    REQUIRE(b.files.count(path));
    CHECK_MESSAGE(file.bytes == b.files.at(path).bytes, path);
  }
  CHECK(Has(a.files.at("soupers/index.html").bytes,
            "href=\"https://autre.example/sous/chemin/soupers/\""));
  CHECK(Has(a.files.at("404.html").bytes, "href=\"/sous/chemin/assets/style.css\""));
}

TEST_CASE("static files are copied as they are") {
  const ResolvedSite site = TestSite();
  const Theme theme = DefaultTheme();
  RenderOptions options;
  options.static_dir = "content/static";
  options.static_files = {"images/souper.jpg"};
  Diagnostics diags;
  const RenderedSite out = RenderSite(site, theme, options, diags);
  REQUIRE(out.files.count("images/souper.jpg"));
  CHECK(out.files.at("images/souper.jpg").copy_from == "content/static/images/souper.jpg");
  CHECK(out.files.at("images/souper.jpg").content_type == "image/jpeg");
}

TEST_CASE("the template lint reports a misspelt name at its file:line:col") {
  const ResolvedSite site = TestSite();
  Theme theme = DefaultTheme();
  theme.layouts["page"] =
      "<article>\n  <h1>{{page_titel}}</h1>\n  {{t.no_such_text}}\n</article>\n";
  Diagnostics diags;
  RenderSite(site, theme, {}, diags);
  const std::string text = Errors(diags);
  CHECK(Has(text, "themes/default/layouts/page.mustache:2:7: error"));
  CHECK(Has(text, "'page_titel'"));
  CHECK(Has(text, "did you mean 'page_title'"));
  CHECK(Has(text, "themes/default/layouts/page.mustache:3:3: error"));
  CHECK(Has(text, "'t.no_such_text'"));
}

TEST_CASE("template syntax errors and unknown partials point at the template") {
  const ResolvedSite site = TestSite();
  Theme theme = DefaultTheme();
  theme.layouts["help"] = "<h1>{{page_title}}</h1>\n{{#has_urgent_resources}}\n<p>x</p>\n";
  theme.layouts["page"] = "<h1>{{title}}</h1>\n{{> sidebar}}\n";
  Diagnostics diags;
  const RenderedSite out = RenderSite(site, theme, {}, diags);
  const std::string text = Errors(diags);
  CHECK(Has(text, "themes/default/layouts/help.mustache:2:1: error"));
  CHECK(Has(text, "never closed"));
  CHECK(Has(text, "themes/default/layouts/page.mustache:2:1: error"));
  CHECK(Has(text, "unknown partial 'sidebar'"));
  CHECK(out.files.count("index.html") == 0);  // no half-rendered site
}

TEST_CASE("an English site gets the theme's English texts") {
  Content content = TestContent();
  content.site.language = "en";
  Diagnostics resolve_diags;
  const ResolvedSite site =
      Resolve(std::move(content), {{{2026, 11, 25}, {9, 0}}, false}, resolve_diags);
  Diagnostics diags;
  const RenderedSite out = RenderSite(site, DefaultTheme(), {}, diags);
  REQUIRE_MESSAGE(!diags.HasErrors(), Errors(diags));
  const std::string& supper = FileText(out, "soupers/manseau-2027-03-11/index.html");
  CHECK(Has(supper, "<html lang=\"en\">"));
  CHECK(Has(supper, "Citizen supper in Manseau"));
  CHECK(Has(supper, "Skip to content"));
  CHECK(Has(supper, "Thursday, March 11, 2027"));
  CHECK(Has(supper, "Add to my calendar"));
  CHECK(Has(supper, "<meta property=\"og:locale\" content=\"en_CA\">"));
  CHECK(Has(FileText(out, "recherche/index.html"), "\"organization\":\"Organization\""));
}
