// The preview's session: after an edit of any field of any kind of content item, the site it
// serves (the first build's files, updated with each build's) equals a clean render of the same
// files, byte for byte, with the same messages; and an edit of a field that no other item
// depends on is incremental. Every field of every item kind's schema must be edited here, so a
// field added to a schema without a test fails this test.
#include "build/site_session.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "validate/schema.h"
#include "../support/temp_dir.h"
#include "build_test_support.h"

using namespace maillon;
using namespace maillon::test;
namespace fs = std::filesystem;

namespace {

const DateTime kNow = {{2026, 11, 25}, {9, 0}};

// One top-level field as written in YAML: name and value.
struct Field {
  std::string name;
  std::string value;
};

// An edit: `label` is the schema field it changes (dotted for a nested one: "contact.phone"),
// made by giving the top-level `field` the YAML `value` ("body" edits the Markdown text).
struct Edit {
  std::string label;
  std::string field;
  std::string value;
};

// A content item with every field of its kind filled, and an edit for each field.
struct RichItem {
  std::string kind;  // the schema's kind
  std::string path;  // under content/
  std::vector<Field> fields;
  std::string body;  // Markdown files
  std::vector<Edit> edits;
  // Fields in the item's resolve key (resolve/resolve_key.h): their edits may be full builds.
  std::set<std::string> key_fields;
};

std::string FileText(const RichItem& item, const Edit* edit) {
  const bool markdown = item.path.ends_with(".md");
  std::string text = markdown ? "---\n" : "";
  bool applied = !edit || edit->field == "body";
  for (const Field& f : item.fields) {
    const bool edited = edit && edit->field == f.name;
    applied = applied || edited;
    text += f.name + ": " + (edited ? edit->value : f.value) + "\n";
  }
  if (!applied) text += edit->field + ": " + edit->value + "\n";  // a field the item lacks
  if (markdown) text += "---\n" + (edit && edit->field == "body" ? edit->value : item.body) + "\n";
  return text;
}

void WriteAtomically(const fs::path& path, const std::string& text) {
  std::ofstream(path.string() + ".tmp", std::ios::binary) << text;
  fs::rename(path.string() + ".tmp", path);  // as editors save
}

std::string Contact(const std::string& name, const std::string& role, const std::string& phone) {
  return "{ name: " + name + ", role: " + role + ", phone: " + phone +
         ", email: contact@example.org, website: https://exemple.com/, address: 1 rue Principale, "
         "facebook: https://www.facebook.com/exemple }";
}

// The edits of a contact object field (`field`, whose base value is Contact(...) above).
std::vector<Edit> ContactEdits(const std::string& field, const std::string& label) {
  const std::string base_tail =
      ", email: contact@example.org, website: https://exemple.com/, address: 1 rue Principale, "
      "facebook: https://www.facebook.com/exemple }";
  auto with = [&](const std::string& from, const std::string& to) {
    std::string value = Contact("Sonia Lauzon", "Citoyen-maillon", "819-555-0100");
    value.replace(value.find(from), from.size(), to);
    return value;
  };
  (void)base_tail;
  return {
      {label + ".name", field, with("Sonia Lauzon", "Marc Leblanc")},
      {label + ".role", field, with("role: Citoyen-maillon", "role: Organisatrice")},
      {label + ".phone", field, with("819-555-0100", "819-555-0199 poste 2")},
      {label + ".email", field, with("contact@example.org", "autre@example.org")},
      {label + ".website", field, with("https://exemple.com/", "https://example.com/")},
      {label + ".address", field, with("1 rue Principale", "2 rue du Moulin")},
      {label + ".facebook", field, with("exemple }", "autre }")},
  };
}

std::vector<Edit> Concat(std::vector<Edit> a, const std::vector<Edit>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

const std::string kRegistration =
    "{ phone: 819-555-0100, email: inscription@example.org, url: https://exemple.com/inscription,"
    " note: Places limitées }";

std::vector<Edit> RegistrationEdits(const std::string& field, const std::string& label) {
  auto with = [&](const std::string& from, const std::string& to) {
    std::string value = kRegistration;
    value.replace(value.find(from), from.size(), to);
    return value;
  };
  return {
      {label + ".phone", field, with("819-555-0100", "819-555-0111")},
      {label + ".email", field, with("inscription@", "souper@")},
      {label + ".url", field, with("/inscription", "/formulaire")},
      {label + ".note", field, with("Places limitées", "Complet bientôt")},
  };
}

// A supper schedule whose first supper has `first` (YAML lines, indented) and a second,
// undated one with `period`.
std::string Suppers(const std::string& first, const std::string& period = "Printemps 2027") {
  return "\n  - " + first + "\n  - period: " + period;
}

const std::string kFirstSupper =
    "date: 2027-02-18\n    tentative: true\n    time: \"17:30\"\n    end_time: \"19:30\"\n"
    "    venue: Salle municipale\n    address: 12 rue de l'Église\n    capacity: 40\n"
    "    registration: " + kRegistration + "\n    theme: Briser l'isolement\n"
    "    status: planned\n    partners: [cab-essai]\n    notes: Apportez vos ustensiles";

std::string FirstSupperWith(const std::string& from, const std::string& to) {
  std::string value = kFirstSupper;
  value.replace(value.find(from), from.size(), to);
  return Suppers(value);
}

std::vector<RichItem> RichItems() {
  std::vector<RichItem> items;
  const std::string contact = Contact("Sonia Lauzon", "Citoyen-maillon", "819-555-0100");
  items.push_back(
      {"municipality",
       "municipalities/manseau.md",
       {{"name", "Manseau"},
        {"summary", "Une municipalité accueillante."},
        {"population", "950"},
        {"website", "https://www.manseau.ca/"},
        {"contacts", "[" + contact + "]"},
        {"logo", "images/logo.png"},
        {"colors", "{ primary: \"#1f5f8b\", accent: \"#f2a900\" }"},
        {"site_name", "Manseau s'implique"},
        {"tagline", "Une initiative de la municipalité"}},
       "Des citoyens engagés.",
       Concat(
           {{"name", "name", "Manseau-sur-Rivière"},
            {"summary", "summary", "Une municipalité très accueillante."},
            {"population", "population", "951"},
            {"website", "website", "https://www.manseau.qc.ca/"},
            {"logo", "logo", "images/logo2.png"},
            {"colors.primary", "colors", "{ primary: \"#1f5f8c\", accent: \"#f2a900\" }"},
            {"colors.accent", "colors", "{ primary: \"#1f5f8b\", accent: \"#f2a901\" }"},
            {"site_name", "site_name", "Manseau bouge"},
            {"tagline", "tagline", "Avec la municipalité"},
            {"body", "body", "Des citoyens **très** engagés."}},
           [&] {
             std::vector<Edit> edits = ContactEdits("contacts", "contacts");
             for (Edit& e : edits) e.value = "[" + e.value + "]";
             return edits;
           }()),
       {"name"}});
  items.push_back({"organization",
                   "organizations/cab-essai.md",
                   {{"name", "Centre d'action bénévole d'essai"},
                    {"summary", "Le centre qui soutient les bénévoles."},
                    {"municipalities", "all"},
                    {"categories", "[entraide, formation]"},
                    {"contact", contact},
                    {"hours", "Du lundi au vendredi"},
                    {"volunteering", "Devenez **bénévole**."},
                    {"logo", "images/logo.png"}},
                   "Le centre accompagne les bénévoles.",
                   Concat({{"name", "name", "Centre d'action bénévole renommé"},
                           {"summary", "summary", "Le centre qui soutient tous les bénévoles."},
                           {"municipalities", "municipalities", "[manseau]"},
                           {"categories", "categories", "[entraide]"},
                           {"hours", "hours", "Du lundi au jeudi"},
                           {"volunteering", "volunteering", "Devenez **bénévole** dès demain."},
                           {"logo", "logo", "images/logo2.png"},
                           {"body", "body", "Le centre accompagne « tous » les bénévoles."}},
                          ContactEdits("contact", "contact")),
                   {"name", "municipalities", "categories"}});
  items.push_back(
      {"activity",
       "activities/cafe-rencontre.md",
       {{"title", "Café-rencontre"},
        {"summary", "Jaser et jouer aux cartes."},
        {"organization", "cab-essai"},
        {"municipality", "manseau"},
        {"category", "entraide"},
        {"start", "2026-12-02T13:30"},
        {"end", "2026-12-02T15:30"},
        {"recurrence", "{ every: week, interval: 1, until: 2027-01-27, except: [2026-12-23] }"},
        {"venue", "Salle municipale"},
        {"address", "À confirmer"},
        {"cost", "Gratuit"},
        {"registration", kRegistration},
        {"accessibility", "Accès de plain-pied"}},
       "Un après-midi pour jaser.",
       Concat({{"title", "title", "Café-rencontre des aînés"},
               {"summary", "summary", "Jaser, jouer aux cartes et rire."},
               {"organization", "organization", "cab-inconnu"},
               {"municipality", "municipality", "lemieux"},
               {"category", "category", "formation"},
               {"start", "start", "2026-12-02T13:00"},
               {"end", "end", "2026-12-02T16:00"},
               {"recurrence.every", "recurrence", "{ every: month, until: 2027-06-30 }"},
               {"recurrence.interval", "recurrence", "{ every: week, interval: 2, until: 2027-01-27 }"},
               {"recurrence.until", "recurrence", "{ every: week, until: 2027-01-20 }"},
               {"recurrence.count", "recurrence", "{ every: week, count: 5 }"},
               {"recurrence.by", "recurrence", "{ every: month, by: weekday, count: 4 }"},
               {"recurrence.except", "recurrence", "{ every: week, until: 2027-01-27, except: [2026-12-30] }"},
               {"venue", "venue", "Salle paroissiale"},
               {"address", "address", "3 rue de l'Église"},
               {"cost", "cost", "5 $"},
               {"accessibility", "accessibility", "Ascenseur"},
               {"body", "body", "Un après-midi pour jaser et [voir les soupers](/soupers/)."}},
              RegistrationEdits("registration", "registration")),
       {"organization", "municipality", "category", "start", "end", "recurrence.every",
        "recurrence.interval", "recurrence.until", "recurrence.count", "recurrence.by",
        "recurrence.except"}});
  items.push_back(
      {"supper",
       "suppers/manseau.yaml",
       {{"municipality", "manseau"}, {"suppers", Suppers(kFirstSupper)}},
       "",
       Concat({{"municipality", "municipality", "lemieux"},
               {"suppers.date", "suppers", FirstSupperWith("2027-02-18", "2027-02-25")},
               {"suppers.tentative", "suppers", FirstSupperWith("tentative: true", "tentative: false")},
               {"suppers.period", "suppers", Suppers(kFirstSupper, "Été 2027")},
               {"suppers.time", "suppers", FirstSupperWith("\"17:30\"", "\"18:00\"")},
               {"suppers.end_time", "suppers", FirstSupperWith("\"19:30\"", "\"20:00\"")},
               {"suppers.venue", "suppers", FirstSupperWith("Salle municipale", "Sous-sol de l'église")},
               {"suppers.address", "suppers", FirstSupperWith("12 rue", "14 rue")},
               {"suppers.capacity", "suppers", FirstSupperWith("capacity: 40", "capacity: 50")},
               {"suppers.theme", "suppers", FirstSupperWith("Briser l'isolement", "Se rencontrer")},
               {"suppers.status", "suppers", FirstSupperWith("status: planned", "status: confirmed")},
               {"suppers.partners", "suppers", FirstSupperWith("partners: [cab-essai]", "partners: []")},
               {"suppers.notes", "suppers", FirstSupperWith("Apportez vos ustensiles", "Apportez un dessert")}},
              [] {
                std::vector<Edit> edits;
                for (const auto& [key, to] : std::vector<std::pair<std::string, std::string>>{
                         {"phone", "phone: 819-555-0111"},
                         {"email", "email: souper@example.org"},
                         {"url", "url: https://exemple.com/formulaire"},
                         {"note", "note: Complet bientôt"}}) {
                  const size_t at = kFirstSupper.find(key + ": ", kFirstSupper.find("registration"));
                  const size_t end = kFirstSupper.find_first_of(",}", at);
                  std::string first = kFirstSupper;
                  first.replace(at, end - at, to);
                  edits.push_back({"suppers.registration." + key, "suppers", Suppers(first)});
                }
                return edits;
              }()),
       {"municipality", "suppers.date", "suppers.time", "suppers.status", "suppers.partners"}});
  items.push_back({"community",
                   "communities/partage-manseau.md",
                   {{"name", "Communauté de partage de Manseau"},
                    {"municipality", "manseau"},
                    {"summary", "Trouver ensemble des réponses."},
                    {"schedule", "Le premier mardi du mois"},
                    {"contact", contact},
                    {"started", "2026-03-03"}},
                   "Une communauté de partage.",
                   Concat({{"name", "name", "Communauté de partage du village"},
                           {"municipality", "municipality", "lemieux"},
                           {"summary", "summary", "Trouver ensemble des réponses aux besoins."},
                           {"schedule", "schedule", "Le deuxième mardi du mois"},
                           {"started", "started", "2026-04-07"},
                           {"body", "body", "Une communauté de partage « vivante »."}},
                          ContactEdits("contact", "contact")),
                   {"municipality"}});
  items.push_back({"news",
                   "news/lancement.md",
                   {{"title", "Lancement du portail"},
                    {"date", "2026-11-01"},
                    {"author", "Équipe du CAB"},
                    {"summary", "Le portail est en ligne."},
                    {"image", "{ src: images/photo.png, alt: Des citoyens attablés }"},
                    {"tags", "[portail, bénévolat]"},
                    {"municipalities", "[manseau]"},
                    {"draft", "false"}},
                   "Le portail est **en ligne**.",
                   {{"title", "title", "Le portail est lancé"},
                    {"date", "date", "2026-11-02T10:00"},
                    {"author", "author", "Équipe du portail"},
                    {"summary", "summary", "Le portail est en ligne depuis peu."},
                    {"image.src", "image", "{ src: images/photo2.png, alt: Des citoyens attablés }"},
                    {"image.alt", "image", "{ src: images/photo.png, alt: Des voisins attablés }"},
                    {"tags", "tags", "[portail, entraide]"},
                    {"municipalities", "municipalities", "[manseau, lemieux]"},
                    {"draft", "draft", "true"},
                    {"body", "body", "Le portail est **en ligne** depuis « hier » !"}},
                   {"date", "municipalities", "draft"}});
  items.push_back({"page",
                   "pages/projet.md",
                   {{"title", "Le projet"}, {"summary", "Pourquoi ce portail."}, {"menu", "1"}},
                   "## Pourquoi\n\nPour se rassembler.",
                   {{"title", "title", "Notre projet"},
                    {"summary", "summary", "Pourquoi ce portail existe."},
                    {"menu", "menu", "2"},
                    {"body", "body", "## Pourquoi\n\nPour se rassembler, tout simplement."}},
                   {"title", "menu"}});
  items.push_back({"page",
                   "pages/a-propos.md",
                   {{"title", "À propos"}, {"summary", "Qui fait ce portail."}},
                   "Des bénévoles.",
                   {{"title", "title", "À propos de nous"},
                    {"summary", "summary", "Qui fait vivre ce portail."},
                    {"menu", "menu", "5"},
                    {"body", "body", "Des bénévoles **engagés**."}},
                   {"menu"}});
  return items;
}

// The labels a kind's edits must cover: every field of its schema, nested ones dotted. A
// Markdown file's long text is its body.
std::set<std::string> SchemaLabels(const std::string& kind, bool markdown) {
  std::set<std::string> labels;
  const KindSchema* schema = SchemaFor(kind);
  REQUIRE(schema);
  for (const FieldSpec& f : schema->fields) {
    if (markdown && f.name == schema->body_field) {
      labels.insert("body");
      continue;
    }
    if (f.fields.empty()) {
      labels.insert(f.name);
      continue;
    }
    for (const FieldSpec& sub : f.fields) {
      if (sub.fields.empty()) {
        labels.insert(f.name + "." + sub.name);
      } else {
        for (const FieldSpec& leaf : sub.fields) {
          labels.insert(f.name + "." + sub.name + "." + leaf.name);
        }
      }
    }
  }
  return labels;
}

// The site the preview serves: the first build's files, updated by each build's.
class ServedFiles {
 public:
  void Apply(SessionBuild& build) {
    if (!build.ok) return;
    if (!build.incremental) files_.clear();
    for (auto& [path, file] : build.files.files) files_[path] = file;
  }
  void CheckEquals(const RenderedSite& clean) const {
    RenderedSite mine;
    mine.files = files_;
    CheckSameSite(mine, clean);
  }

 private:
  std::map<std::string, OutputFile> files_;
};

// A fixture portal in a temporary folder with the rich items, and a session over it.
class SessionFixture {
 public:
  explicit SessionFixture(const std::vector<RichItem>& items) {
    content_ = temp_.path() / "content";
    theme_ = temp_.path() / "theme";
    fs::copy(fs::path(MAILLON_SOURCE_DIR) / "themes/default", theme_, fs::copy_options::recursive);
    fs::copy(kMinimalContent, content_, fs::copy_options::recursive);
    fs::create_directories(content_ / "static/images");
    for (const char* image : {"logo.png", "logo2.png", "photo.png", "photo2.png"}) {
      std::ofstream(content_ / "static/images" / image) << "PNG " << image;
    }
    for (const RichItem& item : items) {
      std::ofstream(content_ / item.path, std::ios::binary) << FileText(item, nullptr);
    }
    options_ = FixtureRenderOptions(content_, theme_);
    session_ = std::make_unique<SiteSession>(options_);
  }

  const fs::path& content() const { return content_; }
  const fs::path& theme() const { return theme_; }
  std::string Display(const std::string& rel) const { return (content_ / rel).string(); }

  // Builds through the session (with `changes`, at `now`) and checks the served site and the
  // messages against a clean render at `clean_now`. Returns the session's build.
  SessionBuild BuildAndCompare(const SourceChanges* changes, const DateTime& now = kNow,
                               const DateTime& clean_now = kNow) {
    SessionBuild build = session_->Build(now, changes);
    if (!build.ok) MESSAGE(FormatText(build.diags, nullptr));
    served_.Apply(build);
    BuildOptions clean_options = options_;
    clean_options.now = clean_now;
    const BuildResult clean = RenderOnly(clean_options);
    CHECK(FormatText(build.diags, nullptr) == FormatText(clean.diags, nullptr));
    CHECK(build.ok == clean.ok());
    if (clean.ok()) {
      served_.CheckEquals(clean.site);
      CHECK(build.pages == clean.pages);
      CHECK(build.pages_rendered + build.pages_reused == clean.pages);
    }
    return build;
  }

  SessionBuild Edit(const std::string& rel, const std::string& text) {
    WriteAtomically(content_ / rel, text);
    SourceChanges changes;
    changes.modified = {Display(rel)};
    return BuildAndCompare(&changes);
  }

 private:
  TempDir temp_;
  fs::path content_;
  fs::path theme_;
  BuildOptions options_;
  std::unique_ptr<SiteSession> session_;
  ServedFiles served_;
};

}  // namespace

TEST_CASE("every field of every item kind has an edit in this test") {
  for (const RichItem& item : RichItems()) {
    CAPTURE(item.path);
    std::set<std::string> edited;
    for (const Edit& e : item.edits) edited.insert(e.label);
    for (const std::string& label : SchemaLabels(item.kind, item.path.ends_with(".md"))) {
      CAPTURE(label);
      CHECK(edited.count(label) == 1);
    }
  }
}

TEST_CASE("after an edit of any field, the session serves what a clean render gives") {
  const std::vector<RichItem> items = RichItems();
  SessionFixture fixture(items);
  const SessionBuild first = fixture.BuildAndCompare(nullptr);
  REQUIRE(first.ok);
  CHECK_FALSE(first.incremental);
  for (const RichItem& item : items) {
    for (const Edit& edit : item.edits) {
      CAPTURE(item.path);
      CAPTURE(edit.label);
      const SessionBuild edited = fixture.Edit(item.path, FileText(item, &edit));
      if (!item.key_fields.count(edit.label)) {
        CHECK(edited.ok);
        CHECK(edited.incremental);
        // Only what shows the item is made again, never the whole site.
        CHECK(edited.pages_rendered < edited.pages / 2);
      }
      const SessionBuild restored = fixture.Edit(item.path, FileText(item, nullptr));
      CHECK(restored.ok);
      if (!item.key_fields.count(edit.label)) CHECK(restored.incremental);
    }
  }
}

TEST_CASE("a news body edit re-makes its page and what lists it, nothing else") {
  const std::vector<RichItem> items = RichItems();
  SessionFixture fixture(items);
  REQUIRE(fixture.BuildAndCompare(nullptr).ok);
  const RichItem& news = items[5];
  REQUIRE(news.kind == "news");
  const Edit body{"body", "body", "Le portail est **en ligne** et vit."};
  const SessionBuild edited = fixture.Edit(news.path, FileText(news, &body));
  CHECK(edited.incremental);
  std::set<std::string> made;
  for (const auto& [path, file] : edited.files.files) made.insert(path);
  CHECK(made.count("nouvelles/lancement/index.html") == 1);
  CHECK(made.count("nouvelles/atom.xml") == 1);  // the feed holds the body
  CHECK(made.count("soupers/index.html") == 0);  // shows no news
  CHECK(made.count("organismes/cab-essai/index.html") == 0);
}

TEST_CASE("errors, fixes, new files and other changes go through full builds") {
  const std::vector<RichItem> items = RichItems();
  SessionFixture fixture(items);
  REQUIRE(fixture.BuildAndCompare(nullptr).ok);
  const RichItem& page = items[6];

  SUBCASE("a YAML error, then its fix") {
    const SessionBuild broken = fixture.Edit(page.path, "---\ntitle: [Le projet\n---\nx\n");
    CHECK_FALSE(broken.ok);
    const SessionBuild fixed = fixture.Edit(page.path, FileText(page, nullptr));
    CHECK(fixed.ok);
    CHECK_FALSE(fixed.incremental);
    const Edit body{"body", "body", "Réparé."};
    CHECK(fixture.Edit(page.path, FileText(page, &body)).incremental);
  }
  SUBCASE("a broken link in a body") {
    const Edit body{"body", "body", "Voir [la page](/nulle-part/)."};
    const SessionBuild broken = fixture.Edit(page.path, FileText(page, &body));
    CHECK_FALSE(broken.ok);
    CHECK(fixture.Edit(page.path, FileText(page, nullptr)).ok);
  }
  SUBCASE("a new file, and a change the watcher could not classify") {
    std::ofstream(fixture.content() / "news/deuxieme.md")
        << "---\ntitle: Deuxième\ndate: 2026-11-10\n---\nTexte.\n";
    SourceChanges created;
    created.others = true;
    CHECK_FALSE(fixture.BuildAndCompare(&created).incremental);
    SourceChanges unknown;
    unknown.modified = {fixture.Display("news/inconnue.md")};
    CHECK_FALSE(fixture.BuildAndCompare(&unknown).incremental);
  }
  SUBCASE("site.yaml") {
    std::string site;
    {
      std::ifstream in(fixture.content() / "site.yaml");
      site.assign(std::istreambuf_iterator<char>(in), {});
    }
    const SessionBuild edited = fixture.Edit("site.yaml", site + "region: Centre-du-Québec\n");
    CHECK_FALSE(edited.incremental);
  }
}

TEST_CASE("the session keeps its 'now' until the site would change, then builds fully") {
  const std::vector<RichItem> items = RichItems();
  SessionFixture fixture(items);
  REQUIRE(fixture.BuildAndCompare(nullptr).ok);
  const RichItem& news = items[5];
  const Edit summary{"summary", "summary", "Un autre résumé."};
  WriteAtomically(fixture.content() / news.path, FileText(news, &summary));
  SourceChanges changes;
  changes.modified = {fixture.Display(news.path)};
  // An hour later nothing the site shows has changed: incremental, as at the first build's time.
  const DateTime later = {{2026, 11, 25}, {10, 0}};
  CHECK(fixture.BuildAndCompare(&changes, later, kNow).incremental);
  // The activity's first occurrence ends on December 2nd: from then on, a full build.
  WriteAtomically(fixture.content() / news.path, FileText(news, nullptr));
  const DateTime december = {{2026, 12, 3}, {9, 0}};
  CHECK_FALSE(fixture.BuildAndCompare(&changes, december, december).incremental);
}

TEST_CASE("a modified style sheet or static file is served anew, alone") {
  SessionFixture fixture(RichItems());
  REQUIRE(fixture.BuildAndCompare(nullptr).ok);
  std::ofstream(fixture.theme() / "assets/style.css", std::ios::app) << "\n/* édité */\n";
  std::ofstream(fixture.content() / "static/images/logo.png", std::ios::app) << "plus";
  SourceChanges changes;
  changes.copied = {(fixture.theme() / "assets/style.css").string(),
                    (fixture.content() / "static/images/logo.png").string()};
  const SessionBuild build = fixture.BuildAndCompare(&changes);
  CHECK(build.incremental);
  CHECK(build.pages_rendered == 0);
  REQUIRE(build.files.files.size() == 2);
  CHECK(build.files.files.count("assets/style.css") == 1);
  CHECK(build.files.files.count("images/logo.png") == 1);

  SUBCASE("a broken url() in the style sheet is reported as a full build would") {
    std::ofstream(fixture.theme() / "assets/style.css", std::ios::app)
        << "body { background: url(nulle-part.png); }\n";
    changes.copied = {(fixture.theme() / "assets/style.css").string()};
    CHECK_FALSE(fixture.BuildAndCompare(&changes).ok);
  }
}
