// The keys views can produce, found by running them over a built-in site with one of
// everything: the lint must not depend on what a given content folder happens to contain.
#include <memory>

#include "render/template_lint.h"
#include "render/views.h"

namespace maillon {

namespace {

Contact FullContact() {
  return Contact{"n",
                 "r",
                 "819-000-0000",
                 "a@example.org",
                 "https://example.org",
                 "a",
                 "https://facebook.com/x"};
}

Registration FullRegistration() {
  return Registration{"819-000-0000", "a@example.org", "https://example.org", "n"};
}

LocatedString Ref(const char* slug) { return LocatedString{slug, {}}; }

DateTime At(int year, int month, int day, int hour) {
  return DateTime{{year, month, day}, {hour, 0}};
}

// Every field set, every list non-empty, and both forms of each optional value (a dated and an
// undated supper, a news item with and without image, an upcoming and a past activity...).
std::unique_ptr<Content> SampleContent() {
  auto c = std::make_unique<Content>();
  Site& site = c->site;
  site.title = "s";
  site.tagline = "t";
  site.description = "d";
  site.base_url = "https://example.org/";
  site.region = "r";
  site.contact = FullContact();
  site.navigation = {NavItem{"n", "/x/"}};
  site.partners = {Ref("o1")};
  site.options.news_per_page = 1;
  c->categories = {Category{"c", {}, "c", "d"}};
  Municipality m;
  m.slug = "m";
  m.name = "m";
  m.summary = "s";
  m.body.text = "b";
  m.population = 1000;
  m.website = "https://example.org";
  m.contacts = {FullContact()};
  m.logo = "l.png";
  c->municipalities = {m};
  c->site.colors = {"#123456", "#fedcba"};  // so that the stylesheet's colour keys are known
  c->site.logo = "images/logo.png";
  Organization o1;
  o1.slug = "o1";
  o1.name = "o";
  o1.summary = "s";
  o1.body.text = "b";
  o1.serves_all = true;
  o1.categories = {Ref("c")};
  o1.contact = FullContact();
  o1.hours = "h";
  o1.volunteering = "v";
  o1.logo = "l.png";
  Organization o2 = o1;
  o2.slug = "o2";
  o2.serves_all = false;
  o2.municipalities = {Ref("m")};
  o2.categories = {};
  o2.logo = "";
  c->organizations = {o1, o2};
  Activity a1;
  a1.slug = "a1";
  a1.title = "a";
  a1.summary = "s";
  a1.body.text = "b";
  a1.organization = Ref("o1");
  a1.municipality = Ref("m");
  a1.category = Ref("c");
  a1.start.value = At(2025, 12, 2, 13);
  a1.end.value = At(2025, 12, 2, 15);
  a1.recurrence = Recurrence{};
  a1.venue = "v";
  a1.address = "a";
  a1.cost = "c";
  a1.registration = FullRegistration();
  a1.accessibility = "a";
  a1.occurrences = {{At(2025, 12, 2, 13), At(2025, 12, 2, 15)},
                    {At(2026, 2, 3, 13), At(2026, 2, 4, 15)}};
  Activity a2 = a1;
  a2.slug = "a2";
  a2.recurrence.reset();
  a2.occurrences = {a1.occurrences.front()};
  c->activities = {a1, a2};
  Supper s1;
  s1.id = "m-2026-02-19";
  s1.municipality = Ref("m");
  s1.date = Date{2026, 2, 19};
  s1.time = Time{17, 30};
  s1.end_time = Time{20, 0};
  s1.venue = "v";
  s1.address = "a";
  s1.capacity = 40;
  s1.registration = FullRegistration();
  s1.theme = "t";
  s1.partners = {Ref("o1")};
  s1.notes = "n";
  Supper s2 = s1;
  s2.id = "m-2";
  s2.date.reset();
  s2.time.reset();
  s2.period = "p";
  Supper s3 = s1;
  s3.id = "m-2025-11-19";
  s3.date = Date{2025, 11, 19};
  s3.status = SupperStatus::kHeld;
  c->suppers = {s1, s2, s3};
  Community community;
  community.slug = "k";
  community.name = "k";
  community.summary = "s";
  community.body.text = "b";
  community.municipality = Ref("m");
  community.schedule = "s";
  community.contact = FullContact();
  community.started = Date{2025, 1, 1};
  c->communities = {community};
  NewsItem n1;
  n1.slug = "n1";
  n1.title = "n";
  n1.date.value = At(2025, 12, 1, 9);
  n1.has_time = true;
  n1.author = "a";
  n1.summary = "s";
  n1.image = Image{"i.jpg", "a"};
  n1.tags = {"t"};
  n1.municipalities = {Ref("m")};
  n1.body.text = "b";
  NewsItem n2 = n1;
  n2.slug = "n2";
  n2.has_time = false;
  n2.image.reset();
  c->news = {n1, n2};
  Page page;
  page.slug = "p";
  page.title = "p";
  page.summary = "s";
  page.body.text = "b";
  page.menu_weight = 1;
  c->pages = {page};
  Resource urgent{{}, "r", "811", "d", "h", "https://example.org", true};
  Resource other = urgent;
  other.urgent = false;
  c->resources = {urgent, other};
  return c;
}

ResolvedSite SampleSite() {
  ResolvedSite site;
  site.content = SampleContent();
  site.now = At(2026, 1, 1, 0);
  Content& c = *site.content;
  const Municipality* m = &c.municipalities[0];
  const Organization* o1 = &c.organizations[0];
  const Organization* o2 = &c.organizations[1];
  const Activity* a1 = &c.activities[0];
  const Activity* a2 = &c.activities[1];
  site.municipalities[m->slug] = m;
  site.organizations[o1->slug] = o1;
  site.organizations[o2->slug] = o2;
  site.categories["c"] = &c.categories[0];
  site.activities[a1->slug] = a1;
  site.activities[a2->slug] = a2;
  site.communities["k"] = &c.communities[0];
  site.pages["p"] = &c.pages[0];
  site.municipalities_by_name = {m};
  site.organizations_by_name = {o1, o2};
  site.news = {&c.news[0], &c.news[1]};
  site.suppers = {&c.suppers[2], &c.suppers[0], &c.suppers[1]};
  site.upcoming_suppers = {&c.suppers[0], &c.suppers[1]};
  site.past_suppers = {&c.suppers[2]};
  site.upcoming_occurrences = {ActivityOccurrence{a1, a1->occurrences[1]}};
  site.upcoming_activities = {a1};
  site.past_activities = {a2};
  site.menu_pages = {&c.pages[0]};
  MunicipalityView& view = site.by_municipality[m->slug];
  view.municipality = m;
  view.organizations = {o1, o2};
  view.activities = {a1, a2};
  view.suppers = {&c.suppers[0], &c.suppers[1], &c.suppers[2]};
  view.upcoming_suppers = site.upcoming_suppers;
  view.communities = {&c.communities[0]};
  view.news = site.news;
  site.organizations_by_category["c"] = {o1};
  site.activities_by_category["c"] = {a1, a2};
  site.suppers_by_organization[o1->slug] = {&c.suppers[0]};
  site.activities_by_organization[o1->slug] = {a1, a2};
  return site;
}

}  // namespace

std::set<std::string> ViewVocabulary(const I18nTexts& texts, const std::string& lang) {
  const ResolvedSite site = SampleSite();
  ViewContext ctx{site, texts, lang, lang == "fr", "https://example.org/", "/"};
  std::set<std::string> keys;
  CollectKeys(SharedData(ctx), keys);
  for (const PagePlan& plan : PlanPages(ctx)) {
    CollectKeys(plan.build(ctx, EnvFor(ctx, plan.url)), keys);
  }
  return keys;
}

}  // namespace maillon
