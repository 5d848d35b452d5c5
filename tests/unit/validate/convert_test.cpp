// A valid document of each kind becomes the expected model values.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "validate/validate_content.h"
#include "validate_test_support.h"


using namespace maillon;

namespace {

// Validates the files and requires that they are all valid.
Content Valid(const std::vector<std::pair<std::string, std::string>>& files) {
  Diagnostics diags;
  Content c = test::Validate(files, diags);
  INFO(FormatText(diags, nullptr));
  REQUIRE(diags.all().empty());
  return c;
}

}  // namespace

TEST_CASE("site.yaml") {
  const Content c = Valid({{"content/site.yaml", R"(title: Moi, je m'implique
tagline: Ensemble
description: Le portail
base_url: https://example.org/portail
language: en
region: MRC de Bécancour
timezone: America/Toronto
contact: { name: Sonia Lauzon, phone: 819-288-5533 poste 5, email: direction@example.org }
navigation:
  - title: Soupers citoyens
    url: /soupers/
  - { title: CAB, url: "https://cab.example/" }
theme: sobre
publisher: cab-mrc-becancour
partners: [ciusss-mcq, mrc-becancour]
options: { unsafe_html: true, news_per_page: 5 }
)"}});
  const Site& s = c.site;
  CHECK(s.title == "Moi, je m'implique");
  CHECK(s.tagline == "Ensemble");
  CHECK(s.description == "Le portail");
  CHECK(s.base_url == "https://example.org/portail/");  // the folder: a trailing slash added
  CHECK(s.language == "en");
  CHECK(s.region == "MRC de Bécancour");
  CHECK(s.timezone == "America/Toronto");
  CHECK(s.contact.name == "Sonia Lauzon");
  CHECK(s.contact.phone == "819-288-5533 poste 5");
  CHECK(s.contact.email == "direction@example.org");
  REQUIRE(s.navigation.size() == 2);
  CHECK(s.navigation[0].title == "Soupers citoyens");
  CHECK(s.navigation[0].url == "/soupers/");
  CHECK(s.navigation[1].url == "https://cab.example/");
  CHECK(s.theme == "sobre");
  CHECK(s.publisher.value == "cab-mrc-becancour");
  CHECK(s.publisher.pos.line == 14);
  CHECK(s.publisher.pos.col == 12);
  REQUIRE(s.partners.size() == 2);
  CHECK(s.partners[1].value == "mrc-becancour");
  CHECK(s.partners[1].pos.line == 15);
  CHECK(s.options.unsafe_html);
  CHECK(s.options.news_per_page == 5);
}

TEST_CASE("site.yaml defaults") {
  const Content c = Valid({{"content/site.yaml", "title: P\nbase_url: https://example.org/\n"}});
  CHECK(c.site.language == "fr");
  CHECK(c.site.theme == "default");
  CHECK(c.site.timezone == "America/Toronto");
  CHECK_FALSE(c.site.options.unsafe_html);
  CHECK(c.site.options.news_per_page == 10);
  CHECK(c.site.publisher.value.empty());
}

TEST_CASE("categories.yaml and resources.yaml") {
  const Content c = Valid({{"content/categories.yaml",
                            "- slug: entraide\n  name: Entraide\n  description: Des voisins\n"
                            "- slug: aines\n  name: Aînés\n"},
                           {"content/resources.yaml",
                            "- name: 9-8-8\n  phone: 9-8-8\n  hours: 24/7\n"
                            "  url: https://988.ca/\n  urgent: true\n  description: Crise\n"
                            "- name: 211\n"}});
  REQUIRE(c.categories.size() == 2);
  CHECK(c.categories[0].slug == "entraide");
  CHECK(c.categories[0].name == "Entraide");
  CHECK(c.categories[0].description == "Des voisins");
  CHECK(c.categories[0].pos.line == 1);
  CHECK(c.categories[1].slug == "aines");
  CHECK(c.categories[1].pos.line == 4);
  REQUIRE(c.resources.size() == 2);
  CHECK(c.resources[0].name == "9-8-8");
  CHECK(c.resources[0].phone == "9-8-8");
  CHECK(c.resources[0].hours == "24/7");
  CHECK(c.resources[0].url == "https://988.ca/");
  CHECK(c.resources[0].description == "Crise");
  CHECK(c.resources[0].urgent);
  CHECK(c.resources[1].name == "211");
  CHECK_FALSE(c.resources[1].urgent);
}

TEST_CASE("a municipality in Markdown") {
  const Content c = Valid({{"content/municipalities/manseau.md", R"(---
name: Manseau
summary: Un village.
population: 950
website: https://www.manseau.ca/
contacts:
  - { name: À confirmer, role: Citoyen-maillon, phone: "819-288-5533" }
logo: images/manseau.png
colors: { primary: "#1f5f8b", accent: "#f2a" }
---
Le **village**.
)"}});
  REQUIRE(c.municipalities.size() == 1);
  const Municipality& m = c.municipalities[0];
  CHECK(m.slug == "manseau");
  CHECK(m.pos.path() == "content/municipalities/manseau.md");
  CHECK(m.name == "Manseau");
  CHECK(m.summary == "Un village.");
  CHECK(m.population == 950);
  CHECK(m.website == "https://www.manseau.ca/");
  REQUIRE(m.contacts.size() == 1);
  CHECK(m.contacts[0].role == "Citoyen-maillon");
  CHECK(m.contacts[0].phone == "819-288-5533");
  CHECK(m.logo == "images/manseau.png");
  CHECK(m.colors.primary == "#1f5f8b");
  CHECK(m.colors.accent == "#f2a");
  CHECK(m.body.text == "Le **village**.\n");
  CHECK(m.body.pos.line == 11);
}

TEST_CASE("an organisation in YAML: description is the body; municipalities all or a list") {
  const Content c = Valid({{"content/organizations/cab.yaml", R"(name: CAB
summary: Le bénévolat
municipalities: all
categories: [benevolat, entraide]
contact: { email: info@example.org, facebook: "https://www.facebook.com/cab" }
hours: Lundi au vendredi
volunteering: Devenez *bénévole*.
logo: https://example.org/logo.png
description: |
  Le **CAB**.
)"},
                           {"content/organizations/mrc.md",
                            "---\nname: MRC\nmunicipalities: [manseau, lemieux]\n---\n"}});
  REQUIRE(c.organizations.size() == 2);
  const Organization& o = c.organizations[0];
  CHECK(o.slug == "cab");
  CHECK(o.name == "CAB");
  CHECK(o.summary == "Le bénévolat");
  CHECK(o.serves_all);
  CHECK(o.municipalities.empty());
  REQUIRE(o.categories.size() == 2);
  CHECK(o.categories[0].value == "benevolat");
  CHECK(o.contact.email == "info@example.org");
  CHECK(o.contact.facebook == "https://www.facebook.com/cab");
  CHECK(o.hours == "Lundi au vendredi");
  CHECK(o.volunteering == "Devenez *bénévole*.");
  CHECK(o.logo == "https://example.org/logo.png");
  CHECK(o.body.text == "Le **CAB**.\n");
  CHECK(o.body.pos.line == 9);
  const Organization& mrc = c.organizations[1];
  CHECK_FALSE(mrc.serves_all);
  REQUIRE(mrc.municipalities.size() == 2);
  CHECK(mrc.municipalities[1].value == "lemieux");
  CHECK(mrc.municipalities[1].pos.line == 3);
  CHECK(mrc.municipalities[1].pos.col == 27);
}

TEST_CASE("an activity with a recurrence and its occurrences") {
  const Content c = Valid({{"content/activities/cafe.md", R"(---
title: Café-rencontre
summary: Jaser
organization: cab-mrc-becancour
municipality: manseau
category: entraide
start: 2026-01-14 13:30
end: 2026-01-14T15:30:00
recurrence: { every: month, by: weekday, interval: 2, count: 3, except: [2026-03-11] }
venue: Salle municipale
address: À confirmer
cost: Gratuit
registration: { phone: 819-288-5533, email: a@b.ca, url: "https://x.ca/", note: Places limitées }
accessibility: Rampe d'accès
---
Un après-midi.
)"}});
  REQUIRE(c.activities.size() == 1);
  const Activity& a = c.activities[0];
  CHECK(a.slug == "cafe");
  CHECK(a.title == "Café-rencontre");
  CHECK(a.summary == "Jaser");
  CHECK(a.organization.value == "cab-mrc-becancour");
  CHECK(a.municipality.value == "manseau");
  CHECK(a.municipality.pos.line == 5);
  CHECK(a.category.value == "entraide");
  CHECK(a.start.value == DateTime{{2026, 1, 14}, {13, 30}});
  CHECK(a.start.pos.line == 7);
  CHECK(a.end.value == DateTime{{2026, 1, 14}, {15, 30}});
  REQUIRE(a.recurrence.has_value());
  CHECK(a.recurrence->every == Frequency::kMonthly);
  CHECK(a.recurrence->by_weekday);
  CHECK(a.recurrence->interval == 2);
  CHECK(a.recurrence->count == 3);
  CHECK_FALSE(a.recurrence->until.has_value());
  CHECK(a.recurrence->except == std::vector<Date>{{2026, 3, 11}});
  CHECK(a.recurrence->pos.line == 9);
  // The 2nd Wednesday, every two months, without March 11th.
  REQUIRE(a.occurrences.size() == 3);
  CHECK(a.occurrences[0].start == DateTime{{2026, 1, 14}, {13, 30}});
  CHECK(a.occurrences[1].start == DateTime{{2026, 5, 13}, {13, 30}});
  CHECK(a.occurrences[2].start == DateTime{{2026, 7, 8}, {13, 30}});
  CHECK(a.occurrences[2].end == DateTime{{2026, 7, 8}, {15, 30}});
  CHECK(a.venue == "Salle municipale");
  CHECK(a.address == "À confirmer");
  CHECK(a.cost == "Gratuit");
  CHECK(a.registration.phone == "819-288-5533");
  CHECK(a.registration.email == "a@b.ca");
  CHECK(a.registration.url == "https://x.ca/");
  CHECK(a.registration.note == "Places limitées");
  CHECK(a.accessibility == "Rampe d'accès");
  CHECK(a.body.text == "Un après-midi.\n");
  CHECK(a.body.pos.line == 16);
}

TEST_CASE("a one-time activity has one occurrence") {
  const Content c =
      Valid({{"content/activities/forum.yaml",
              "title: Forum\norganization: cab\nmunicipality: becancour\n"
              "category: loisirs\nstart: 2027-05-29T09:00\nend: 2027-05-29T15:30\n"}});
  REQUIRE(c.activities.size() == 1);
  CHECK_FALSE(c.activities[0].recurrence.has_value());
  REQUIRE(c.activities[0].occurrences.size() == 1);
  CHECK(c.activities[0].occurrences[0].end == DateTime{{2027, 5, 29}, {15, 30}});
}

TEST_CASE("a supper schedule") {
  const Content c = Valid({{"content/suppers/manseau.yaml", R"(municipality: manseau
suppers:
  - date: 2026-02-19
    tentative: true
    time: "17:30"
    end_time: 19:30
    venue: Salle municipale
    address: 1, rue Principale
    capacity: 40
    registration: { phone: "819-288-5533 poste 5" }
    theme: Briser l'isolement
    status: confirmed
    partners: [cab-mrc-becancour]
    notes: Apportez vos ustensiles
  - period: Hiver 2027
    status: cancelled
)"}});
  REQUIRE(c.suppers.size() == 2);
  const Supper& s = c.suppers[0];
  CHECK(s.pos.line == 3);
  CHECK(s.schedule_file == "manseau");
  CHECK(s.id == "manseau-2026-02-19");
  CHECK(s.municipality.value == "manseau");
  CHECK(s.municipality.pos.line == 1);
  CHECK(s.date == Date{2026, 2, 19});
  CHECK(s.tentative);
  CHECK(s.time == Time{17, 30});
  CHECK(s.end_time == Time{19, 30});
  CHECK(s.venue == "Salle municipale");
  CHECK(s.address == "1, rue Principale");
  CHECK(s.capacity == 40);
  CHECK(s.registration.phone == "819-288-5533 poste 5");
  CHECK(s.theme == "Briser l'isolement");
  CHECK(s.status == SupperStatus::kConfirmed);
  REQUIRE(s.partners.size() == 1);
  CHECK(s.partners[0].value == "cab-mrc-becancour");
  CHECK(s.notes == "Apportez vos ustensiles");
  const Supper& later = c.suppers[1];
  CHECK(later.id == "manseau-2");
  CHECK_FALSE(later.date.has_value());
  CHECK_FALSE(later.time.has_value());
  CHECK(later.period == "Hiver 2027");
  CHECK(later.status == SupperStatus::kCancelled);
  CHECK_FALSE(later.tentative);
}

TEST_CASE("a community") {
  const Content c = Valid({{"content/communities/manseau.md",
                            "---\nname: Communauté\nmunicipality: manseau\nsummary: Partager\n"
                            "schedule: Le premier mardi\ncontact: { name: Julie }\n"
                            "started: 2026-03-03\n---\nCorps\n"}});
  REQUIRE(c.communities.size() == 1);
  const Community& m = c.communities[0];
  CHECK(m.slug == "manseau");
  CHECK(m.name == "Communauté");
  CHECK(m.municipality.value == "manseau");
  CHECK(m.summary == "Partager");
  CHECK(m.schedule == "Le premier mardi");
  CHECK(m.contact.name == "Julie");
  CHECK(m.started == Date{2026, 3, 3});
  CHECK(m.body.text == "Corps\n");
}

TEST_CASE("news: a date alone means midnight, a date and time keeps it") {
  const Content c =
      Valid({{"content/news/a.md",
              "---\ntitle: A\ndate: 2026-02-19\nauthor: Équipe\nsummary: Résumé\n"
              "image: { src: images/a.jpg, alt: Des citoyens }\ntags: [souper, 2026]\n"
              "municipalities: [manseau]\ndraft: true\n---\nTexte\n"},
             {"content/news/b.md", "---\ntitle: B\ndate: 2026-02-20T09:15\n---\n"}});
  REQUIRE(c.news.size() == 2);
  const NewsItem& a = c.news[0];
  CHECK(a.slug == "a");
  CHECK(a.title == "A");
  CHECK(a.date.value == DateTime{{2026, 2, 19}, {0, 0}});
  CHECK(a.date.pos.line == 3);
  CHECK_FALSE(a.has_time);
  CHECK(a.author == "Équipe");
  CHECK(a.summary == "Résumé");
  REQUIRE(a.image.has_value());
  CHECK(a.image->src == "images/a.jpg");
  CHECK(a.image->alt == "Des citoyens");
  CHECK(a.tags == std::vector<std::string>{"souper", "2026"});
  REQUIRE(a.municipalities.size() == 1);
  CHECK(a.municipalities[0].value == "manseau");
  CHECK(a.draft);
  CHECK(a.body.text == "Texte\n");
  const NewsItem& b = c.news[1];
  CHECK(b.date.value == DateTime{{2026, 2, 20}, {9, 15}});
  CHECK(b.has_time);
  CHECK_FALSE(b.image.has_value());
  CHECK_FALSE(b.draft);
}

TEST_CASE("a page") {
  const Content c =
      Valid({{"content/pages/citoyen-maillon.md",
              "---\ntitle: Citoyen-maillon\nsummary: Le rôle\nmenu: 2\n---\n# Rôle\n"}});
  REQUIRE(c.pages.size() == 1);
  const Page& p = c.pages[0];
  CHECK(p.slug == "citoyen-maillon");
  CHECK(p.title == "Citoyen-maillon");
  CHECK(p.summary == "Le rôle");
  CHECK(p.menu_weight == 2);
  CHECK(p.body.text == "# Rôle\n");
  CHECK(p.body.pos.line == 6);
  CHECK(p.body.pos.col == 1);
}

TEST_CASE("an item with errors is kept, its bad values left empty") {
  Diagnostics diags;
  const Content c =
      test::Validate({{"content/activities/cafe.yaml",
                       "title: Café\norganization: CAB\nmunicipality: manseau\ncategory: entraide\n"
                       "start: demain\nend: 2026-01-14T15:30\n"}},
                     diags);
  CHECK(diags.error_count() == 2);
  REQUIRE(c.activities.size() == 1);
  CHECK(c.activities[0].organization.value.empty());
  CHECK(c.activities[0].municipality.value == "manseau");  // so references still resolve
  CHECK(c.activities[0].occurrences.empty());
}
