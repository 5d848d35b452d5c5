// A small portal for the tests of the machine-readable outputs (calendars, feeds, open data):
// events in winter and summer, every kind of supper, text that needs escaping.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "load/theme.h"
#include "model/recurrence.h"
#include "render/i18n_texts.h"
#include "render/render_site.h"
#include "render/routes.h"
#include "render/views.h"
#include "resolve/resolve.h"

namespace maillon::output_test {

inline LocatedString Ref(const char* slug) { return LocatedString{slug, {}}; }

inline Supper MakeSupper(const char* id, std::optional<Date> date) {
  Supper s;
  s.id = id;
  s.schedule_file = "manseau";
  s.municipality = Ref("manseau");
  s.date = date;
  return s;
}

// "now" is 2026-11-25 09:00 unless a test says otherwise.
inline Content OutputContent() {
  Content c;
  c.site.title = "Moi, je m'implique";
  c.site.tagline = "Ensemble";
  c.site.base_url = "https://Example.org:8443/portail/";
  c.site.publisher = Ref("cab");
  c.categories = {{"entraide", {}, "Entraide", "Des voisins qui s'entraident."}};
  Municipality manseau;
  manseau.slug = "manseau";
  manseau.name = "Manseau";
  manseau.summary = "Une municipalité de la MRC.";
  Municipality lemieux;
  lemieux.slug = "lemieux";
  lemieux.name = "Lemieux";
  c.municipalities = {manseau, lemieux};

  Organization cab;
  cab.slug = "cab";
  cab.name = "Centre d'action bénévole";
  cab.summary = "Le bénévolat, \"au cœur\" de tout.";
  cab.serves_all = true;
  cab.categories = {Ref("entraide")};
  cab.contact.phone = "819-288-5533 poste 5";
  c.organizations = {cab};

  // Weekly from January to April 2027: daylight time starts on 2027-03-14.
  Activity cafe;
  cafe.slug = "cafe";
  cafe.title = "Café-rencontre; jasette, cartes \\ et « plaisir »";
  cafe.summary = "Un après-midi pour jaser.\nDeuxième ligne.";
  cafe.organization = Ref("cab");
  cafe.municipality = Ref("manseau");
  cafe.category = Ref("entraide");
  cafe.start.value = {{2027, 1, 13}, {13, 30}};
  cafe.end.value = {{2027, 1, 13}, {15, 30}};
  Recurrence weekly;
  weekly.until = Date{2027, 4, 7};
  cafe.recurrence = weekly;
  cafe.venue = "Salle municipale";
  cafe.address = "12, rue Principale";
  cafe.cost = "Gratuit";
  cafe.registration.phone = "819-288-5533 poste 5";
  cafe.occurrences = ExpandOccurrences(cafe);
  Activity forum = cafe;
  forum.slug = "forum";
  forum.title = "Forum";
  forum.municipality = Ref("lemieux");
  forum.recurrence.reset();
  forum.start.value = {{2025, 10, 4}, {9, 0}};
  forum.end.value = {{2025, 10, 4}, {16, 0}};
  forum.occurrences = ExpandOccurrences(forum);
  c.activities = {cafe, forum};

  Supper tentative = MakeSupper("manseau-2027-03-11", Date{2027, 3, 11});
  tentative.time = Time{17, 30};
  tentative.end_time = Time{20, 0};
  tentative.tentative = true;
  tentative.venue = "Salle municipale";
  tentative.theme = "S'impliquer, ensemble";
  tentative.capacity = 40;
  Supper untimed = MakeSupper("manseau-2027-05-06", Date{2027, 5, 6});
  untimed.status = SupperStatus::kConfirmed;
  Supper open_end = MakeSupper("manseau-2027-06-10", Date{2027, 6, 10});
  open_end.time = Time{18, 0};
  open_end.status = SupperStatus::kConfirmed;
  Supper cancelled = MakeSupper("manseau-2027-02-04", Date{2027, 2, 4});
  cancelled.time = Time{17, 30};
  cancelled.status = SupperStatus::kCancelled;
  Supper undated = MakeSupper("manseau-5", std::nullopt);
  undated.period = "Automne 2027";
  Supper past = MakeSupper("manseau-2026-05-01", Date{2026, 5, 1});
  past.time = Time{17, 0};
  past.status = SupperStatus::kHeld;
  c.suppers = {tentative, untimed, open_end, cancelled, undated, past};

  Community community;
  community.slug = "communaute-manseau";
  community.name = "Communauté de partage de Manseau";
  community.municipality = Ref("manseau");
  c.communities = {community};

  NewsItem hostile;
  hostile.slug = "alerte";
  hostile.title = "Alerte <script>alert('x')</script> & cie";
  hostile.date.value = {{2026, 11, 20}, {8, 0}};
  hostile.has_time = true;
  hostile.tags = {"sécurité"};
  hostile.body.text = "Voir les [soupers](/soupers/) et [ceci](photo.jpg).";
  NewsItem summer;
  summer.slug = "lancement";
  summer.title = "Lancement";
  summer.summary = "Le projet démarre.";
  summer.author = "Équipe";
  summer.date.value = {{2026, 10, 1}, {}};
  summer.municipalities = {Ref("manseau")};
  summer.image = Image{"images/souper.jpg", "Une table \"garnie\""};
  summer.body.text = "Texte.";
  c.news = {hostile, summer};

  maillon::Page page;
  page.slug = "citoyen-maillon";
  page.title = "Citoyen-maillon";
  c.pages = {page};
  return c;
}

inline ResolvedSite OutputSite(DateTime now = {{2026, 11, 25}, {9, 0}}) {
  Diagnostics diags;
  ResolvedSite site = Resolve(OutputContent(), {now, false}, diags);
  REQUIRE_MESSAGE(!diags.HasErrors(), FormatText(diags, nullptr));
  return site;
}

inline const Theme& DefaultTheme() {
  static const Theme theme = [] {
    Diagnostics diags;
    Theme t = LoadTheme(MAILLON_SOURCE_DIR "/themes/default", diags);
    REQUIRE_MESSAGE(!diags.HasErrors(), FormatText(diags, nullptr));
    return t;
  }();
  return theme;
}

// The whole rendered site, with no error allowed.
inline RenderedSite RenderAll(const ResolvedSite& site, int jobs = 1) {
  Diagnostics diags;
  RenderOptions options;
  options.jobs = jobs;
  RenderedSite out = RenderSite(site, DefaultTheme(), options, diags);
  REQUIRE_MESSAGE(!diags.HasErrors(), FormatText(diags, nullptr));
  return out;
}

inline const std::string& Bytes(const RenderedSite& out, const std::string& path) {
  static const std::string none;
  auto it = out.files.find(path);
  if (it == out.files.end()) FAIL_CHECK("missing output " << path);
  return it == out.files.end() ? none : it->second.bytes;
}

inline bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A view context over `site` with the default theme's French texts.
struct Context {
  explicit Context(const ResolvedSite& site) {
    Diagnostics diags;
    texts.Load(DefaultTheme(), "fr", true, diags);
    const std::string base = NormalizeBaseUrl(site.content->site.base_url);
    ctx = std::make_unique<ViewContext>(ViewContext{site, texts, "fr", true, base, BasePath(base)});
  }
  I18nTexts texts;
  std::unique_ptr<ViewContext> ctx;
};

}  // namespace maillon::output_test
