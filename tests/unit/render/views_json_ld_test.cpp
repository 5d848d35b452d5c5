// JSON-LD of the views: valid JSON that cannot break out of its <script>, schema.org Events for
// dated suppers and activities, Organizations; and the heading levels of Markdown bodies.
#include "render/views_json_ld.h"

#include <doctest/doctest.h>

#include "model/recurrence.h"
#include "render/views_common.h"
#include "resolve/resolve.h"

using namespace maillon;

namespace {

// A strict RFC 8259 checker, enough to tell whether a block is JSON at all: a test must not
// trust the writer it tests.
class JsonChecker {
 public:
  explicit JsonChecker(std::string_view text) : s_(text) {}
  bool Valid() {
    Space();
    if (!Value()) return false;
    Space();
    return i_ == s_.size();
  }

 private:
  void Space() {
    while (i_ < s_.size() &&
           (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) {
      ++i_;
    }
  }
  bool Eat(char c) {
    Space();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool Literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }
  bool String() {
    if (!Eat('"')) return false;
    while (i_ < s_.size() && s_[i_] != '"') {
      const unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c < 0x20) return false;
      if (c == '\\') {
        if (++i_ >= s_.size()) return false;
        const char e = s_[i_];
        if (e == 'u') {
          for (int k = 0; k < 4; ++k) {
            if (++i_ >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[i_]))) {
              return false;
            }
          }
        } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
          return false;
        }
      }
      ++i_;
    }
    return Eat('"');
  }
  bool Number() {
    const size_t start = i_;
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    while (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.' ||
                              s_[i_] == 'e' || s_[i_] == 'E' || s_[i_] == '+' || s_[i_] == '-')) {
      ++i_;
    }
    return i_ > start;
  }
  bool Value() {
    Space();
    if (i_ >= s_.size()) return false;
    switch (s_[i_]) {
      case '{': {
        ++i_;
        if (Eat('}')) return true;
        do {
          if (!String() || !Eat(':') || !Value()) return false;
        } while (Eat(','));
        return Eat('}');
      }
      case '[': {
        ++i_;
        if (Eat(']')) return true;
        do {
          if (!Value()) return false;
        } while (Eat(','));
        return Eat(']');
      }
      case '"':
        return String();
      case 't':
        return Literal("true");
      case 'f':
        return Literal("false");
      case 'n':
        return Literal("null");
      default:
        return Number();
    }
  }

  std::string_view s_;
  size_t i_ = 0;
};

bool ValidJson(std::string_view text) { return JsonChecker(text).Valid(); }
bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
LocatedString Ref(const char* slug) { return LocatedString{slug, {}}; }

// Two municipalities, a publisher, a weekly activity and three suppers (dated, cancelled,
// undated), one of them with text that tries to close the <script>.
ResolvedSite TestSite() {
  Content c;
  c.site.title = "Moi, je m'implique";
  c.site.base_url = "https://example.org/portail/";
  c.site.publisher = Ref("cab");
  c.categories = {{"entraide", {}, "Entraide", ""}};
  Municipality manseau;
  manseau.slug = "manseau";
  manseau.name = "Manseau";
  Municipality lemieux = manseau;
  lemieux.slug = "lemieux";
  lemieux.name = "Lemieux";
  c.municipalities = {manseau, lemieux};
  Organization cab;
  cab.slug = "cab";
  cab.name = "Centre d'action bénévole";
  cab.summary = "Le bénévolat au cœur de la MRC \\ partout.";
  cab.serves_all = true;
  cab.contact.phone = "819-288-5533 poste 5";
  cab.contact.email = "direction@example.org";
  cab.contact.address = "3689-1, boulevard de Port-Royal, Bécancour";
  cab.contact.facebook = "https://facebook.com/cab";
  c.organizations = {cab};
  Activity cafe;
  cafe.slug = "cafe";
  cafe.title = "Café-rencontre";
  cafe.summary = "Jaser entre voisins.";
  cafe.organization = Ref("cab");
  cafe.municipality = Ref("manseau");
  cafe.category = Ref("entraide");
  cafe.start.value = {{2027, 6, 2}, {13, 30}};
  cafe.end.value = {{2027, 6, 2}, {15, 30}};
  cafe.venue = "Salle municipale";
  cafe.address = "À confirmer";
  cafe.occurrences = ExpandOccurrences(cafe);
  c.activities = {cafe};
  Supper dated;
  dated.id = "manseau-2027-02-18";
  dated.municipality = Ref("manseau");
  dated.date = Date{2027, 2, 18};
  dated.time = Time{17, 30};
  dated.end_time = Time{20, 0};
  dated.tentative = true;
  dated.venue = "Salle </script><script>alert(1)</script> <!-- x";
  dated.address = "123, rue Principale";
  dated.theme = "S'impliquer\n\"ensemble\"";
  dated.capacity = 40;
  Supper cancelled = dated;
  cancelled.id = "lemieux-2027-03-04";
  cancelled.municipality = Ref("lemieux");
  cancelled.date = Date{2027, 3, 4};
  cancelled.venue = "Salle paroissiale";
  cancelled.status = SupperStatus::kCancelled;
  Supper undated;
  undated.id = "manseau-2";
  undated.municipality = Ref("manseau");
  undated.period = "Hiver 2027";
  c.suppers = {dated, cancelled, undated};
  Diagnostics diags;
  ResolvedSite site = Resolve(std::move(c), {{{2026, 11, 25}, {9, 0}}, false}, diags);
  REQUIRE_MESSAGE(!diags.HasErrors(), FormatText(diags, nullptr));
  return site;
}

struct Fixture {
  ResolvedSite site = TestSite();
  I18nTexts texts;
  ViewContext ctx{site, texts, "fr", true, "https://example.org/portail/", "/portail/"};
  Fixture() {
    texts.Set("supper_title_in", "Souper citoyen à {municipality}");
    texts.Set("suppers_intro", "Des rencontres conviviales.");
    texts.Set("tentative", "à confirmer");
  }
  const Supper& SupperWithId(const std::string& id) const {
    for (const Supper& s : site.content->suppers) {
      if (s.id == id) return s;
    }
    FAIL("no supper " << id);
    return site.content->suppers.front();
  }
};

}  // namespace

TEST_CASE("JSON text cannot end the <script> it is written in") {
  CHECK(JsonQuoteForScript("a") == "\"a\"");
  CHECK(JsonQuoteForScript("</script>") == "\"<\\/script>\"");
  CHECK(JsonQuoteForScript("</SCRIPT") == "\"<\\/SCRIPT\"");
  CHECK(JsonQuoteForScript("<!-- x") == "\"\\u003c!-- x\"");
  CHECK(JsonQuoteForScript("a < b") == "\"a < b\"");
  CHECK(JsonQuoteForScript("dit \"oui\"\n\\") == "\"dit \\\"oui\\\"\\u000a\\\\\"");
  CHECK(JsonQuoteForScript("\x01") == "\"\\u0001\"");
  CHECK(JsonQuoteForScript("a\u2028b") == "\"a\\u2028b\"");
  CHECK(JsonQuoteForScript("Bécancour") == "\"Bécancour\"");  // UTF-8 kept as it is
  for (const char* text : {"</script>", "<!--", "\"\\\n\t", "\u2029", "é"}) {
    CHECK_MESSAGE(ValidJson(JsonQuoteForScript(text)), text);
  }
}

TEST_CASE("a JSON object leaves out empty members and nests objects and lists") {
  JsonObject inner("Place");
  inner.Text("name", "Salle").Text("address", "");
  JsonObject empty("City");
  JsonObject object("Event");
  object.Text("name", "Souper")
      .Text("endDate", "")
      .Integer("capacity", 40)
      .Object("location", inner)
      .Object("organizer", empty)
      .List("areaServed", {empty, inner})
      .TextList("sameAs", {"", "https://example.org"});
  CHECK(object.Json() ==
        "{\"@type\":\"Event\",\"name\":\"Souper\",\"capacity\":40,"
        "\"location\":{\"@type\":\"Place\",\"name\":\"Salle\"},"
        "\"areaServed\":[{\"@type\":\"Place\",\"name\":\"Salle\"}],"
        "\"sameAs\":[\"https://example.org\"]}");
  CHECK(ValidJson(object.Json()));
  CHECK(empty.empty());
  CHECK(JsonObject().Json() == "{}");
}

TEST_CASE("a dated supper is a schema.org Event; an undated one has none") {
  Fixture f;
  const ViewValue dated = SupperJsonLd(f.ctx, f.SupperWithId("manseau-2027-02-18"));
  REQUIRE(dated.kind() == ViewValue::Kind::kText);
  const std::string& json = dated.text();
  CHECK(ValidJson(json));
  CHECK(json.rfind("{\"@context\":\"https://schema.org\",\"@type\":\"Event\"", 0) == 0);
  CHECK(Has(json, "\"name\":\"Souper citoyen à Manseau\""));
  CHECK(Has(json, "\"startDate\":\"2027-02-18T17:30-05:00\""));
  CHECK(Has(json, "\"endDate\":\"2027-02-18T20:00-05:00\""));
  // Tentative stays scheduled.
  CHECK(Has(json, "\"eventStatus\":\"https://schema.org/EventScheduled\""));
  CHECK(Has(json, "\"eventAttendanceMode\":\"https://schema.org/OfflineEventAttendanceMode\""));
  CHECK(Has(json, "\"streetAddress\":\"123, rue Principale\""));
  CHECK(Has(json,
            "\"addressLocality\":\"Manseau\",\"addressRegion\":\"QC\","
            "\"addressCountry\":\"CA\""));
  CHECK(Has(json,
            "\"organizer\":{\"@type\":\"Organization\",\"name\":\"Centre d’action "
            "bénévole\",\"url\":\"https://example.org/portail/organismes/cab/\"}"));
  CHECK(Has(json, "\"url\":\"https://example.org/portail/soupers/manseau-2027-02-18/\""));
  CHECK(Has(json, "\"maximumAttendeeCapacity\":40"));
  // The venue tried to close the script element: it cannot.
  CHECK_FALSE(Has(json, "</"));
  CHECK_FALSE(Has(json, "<!--"));
  CHECK(Has(json, "<\\/script><script>alert(1)<\\/script>"));

  const ViewValue cancelled = SupperJsonLd(f.ctx, f.SupperWithId("lemieux-2027-03-04"));
  REQUIRE(cancelled.kind() == ViewValue::Kind::kText);
  CHECK(ValidJson(cancelled.text()));
  CHECK(Has(cancelled.text(), "\"eventStatus\":\"https://schema.org/EventCancelled\""));
  CHECK(Has(cancelled.text(), "\"addressLocality\":\"Lemieux\""));

  const ViewValue undated = SupperJsonLd(f.ctx, f.SupperWithId("manseau-2"));
  CHECK(undated.kind() == ViewValue::Kind::kFlag);
  CHECK_FALSE(undated.flag());
}

TEST_CASE("an activity is an Event at its next occurrence, organised by its organisation") {
  Fixture f;
  const ViewValue value = ActivityJsonLd(f.ctx, f.site.content->activities.front());
  REQUIRE(value.kind() == ViewValue::Kind::kText);
  const std::string& json = value.text();
  CHECK(ValidJson(json));
  CHECK(Has(json, "\"startDate\":\"2027-06-02T13:30-04:00\""));  // daylight saving time
  CHECK(Has(json, "\"endDate\":\"2027-06-02T15:30-04:00\""));
  CHECK(Has(json, "\"location\":{\"@type\":\"Place\",\"name\":\"Salle municipale\""));
  // "À confirmer" is no street address.
  CHECK_FALSE(Has(json, "streetAddress"));
  CHECK(Has(json, "\"url\":\"https://example.org/portail/activites/cafe/\""));
}

TEST_CASE("organisations and the publisher are schema.org Organizations") {
  Fixture f;
  const ViewValue value = OrganizationJsonLd(f.ctx, f.site.content->organizations.front());
  REQUIRE(value.kind() == ViewValue::Kind::kText);
  const std::string& json = value.text();
  CHECK(ValidJson(json));
  CHECK(Has(json, "\"@type\":\"Organization\""));
  CHECK(Has(json, "\"telephone\":\"819-288-5533 poste 5\""));
  CHECK(Has(json, "\"email\":\"direction@example.org\""));
  CHECK(Has(json, "\"address\":\"3689-1, boulevard de Port-Royal, Bécancour\""));
  CHECK(Has(json, "\"description\":\"Le bénévolat au cœur de la MRC \\\\ partout.\""));
  CHECK(Has(json, "\"sameAs\":[\"https://facebook.com/cab\"]"));
  // Serving the whole MRC: every municipality, by name.
  CHECK(Has(json,
            "\"areaServed\":[{\"@type\":\"City\",\"name\":\"Lemieux\"},"
            "{\"@type\":\"City\",\"name\":\"Manseau\"}]"));
  const ViewValue home = HomeJsonLd(f.ctx);
  REQUIRE(home.kind() == ViewValue::Kind::kText);
  CHECK(home.text() == json);

  // Without an absolute base URL there is no URL to give, rather than a wrong one.
  ViewContext relative{f.site, f.texts, "fr", true, "/portail/", "/portail/"};
  CHECK_FALSE(
      Has(OrganizationJsonLd(relative, f.site.content->organizations.front()).text(), "\"url\""));
}

TEST_CASE("Markdown bodies keep one <h1> per page and their heading order") {
  Fixture f;
  const PageEnv env{"projet/", "../"};
  CHECK(DemoteHeadings("<h1 id=\"a\">A</h1><h2>B</h2><h6>C</h6><hr><header>", 1) ==
        "<h2 id=\"a\">A</h2><h3>B</h3><h6>C</h6><hr><header>");
  const ViewValue titled = BodyHtml(f.ctx, env, "# Le projet\n\nTexte.\n\n## Pourquoi\n");
  CHECK_FALSE(Has(titled.text(), "<h1"));
  CHECK(Has(titled.text(), "<h2>Le projet</h2>"));
  CHECK(Has(titled.text(), "<h3 id=\"pourquoi\">Pourquoi</h3>"));
  // Already under the page's <h1>: unchanged. Inside a section: one level further down.
  const ViewValue plain = BodyHtml(f.ctx, env, "## Pourquoi\n\n`<h1>` en code.\n");
  CHECK(Has(plain.text(), "<h2 id=\"pourquoi\">"));
  CHECK(Has(plain.text(), "&lt;h1&gt;"));
  CHECK(Has(BodyHtml(f.ctx, env, "## Rôle\n", 3).text(), "<h3 id=\"role\">"));
  // Never moved up: a body that starts at <h3> on purpose keeps it.
  CHECK(Has(BodyHtml(f.ctx, env, "### Détail\n").text(), "<h3 id=\"detail\">"));
}
