// The schema is consistent data, and the value syntax checks behind its types.
#include "validate/schema.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "validate/scalar_checks.h"

using namespace maillon;

namespace {

// Every field, at any depth, passes `check`.
template <class Fn>
void ForEachField(const std::vector<FieldSpec>& fields, const std::string& path, Fn check) {
  for (const FieldSpec& f : fields) {
    check(f, path + f.name);
    ForEachField(f.fields, path + f.name + ".", check);
  }
}

}  // namespace

TEST_CASE("every kind of content has a schema, found by folder or top-level name") {
  for (const char* folder : {"municipalities", "organizations", "activities", "suppers",
                             "communities", "news", "pages"}) {
    const KindSchema* k = SchemaForDocument(folder, "anything");
    REQUIRE_MESSAGE(k != nullptr, folder);
    CHECK(k->folder == folder);
  }
  for (const char* name : {"site", "categories", "resources"}) {
    const KindSchema* k = SchemaForDocument("", name);
    REQUIRE_MESSAGE(k != nullptr, name);
    CHECK(k->file_slug == name);
  }
  CHECK(SchemaForDocument("", "readme") == nullptr);
  CHECK(SchemaForDocument("images", "x") == nullptr);
  CHECK(SchemaFor("activity")->folder == "activities");
  CHECK(SchemaFor("activités") == nullptr);
  CHECK(AllSchemas().size() == 10);
}

TEST_CASE("the schema is well formed") {
  std::set<std::string> kinds;
  for (const KindSchema& k : AllSchemas()) {
    CHECK(kinds.insert(k.kind).second);
    CHECK_FALSE(k.fields.empty());
    CHECK_FALSE(k.description.empty());
    CHECK((k.allows_yaml || k.allows_markdown));
    if (!k.body_field.empty()) CHECK(FindField(k.fields, k.body_field) != nullptr);
    ForEachField(k.fields, k.kind + ".", [](const FieldSpec& f, const std::string& path) {
      INFO(path);
      CHECK_FALSE(f.description.empty());
      const bool nested = f.type == FieldType::kObject || f.type == FieldType::kObjectList;
      CHECK(nested == !f.fields.empty());
      CHECK((f.type == FieldType::kEnum) == !f.enum_values.empty());
      CHECK((f.min_value.has_value() ? f.type == FieldType::kInt : true));
      CHECK_FALSE(ExampleValue(f).empty());
      CHECK_FALSE(ExpectedForm(f).empty());
      if (!f.default_value.empty() && f.type == FieldType::kEnum) {
        CHECK(std::count(f.enum_values.begin(), f.enum_values.end(), f.default_value) == 1);
      }
    });
    // Field names are unique within each mapping.
    ForEachField(k.fields, "", [](const FieldSpec& f, const std::string&) {
      std::set<std::string> names;
      for (const FieldSpec& sub : f.fields) CHECK(names.insert(sub.name).second);
    });
    std::set<std::string> names;
    for (const FieldSpec& f : k.fields) CHECK(names.insert(f.name).second);
  }
}

TEST_CASE("the schema follows docs/CONTENT.md on required fields") {
  auto required = [](const char* kind) {
    std::set<std::string> out;
    for (const FieldSpec& f : SchemaFor(kind)->fields) {
      if (f.required) out.insert(f.name);
    }
    return out;
  };
  CHECK(required("site") == std::set<std::string>{"title", "base_url"});
  CHECK(required("activity") ==
        std::set<std::string>{"title", "organization", "municipality", "category", "start", "end"});
  CHECK(required("organization") == std::set<std::string>{"name", "municipalities"});
  CHECK(required("supper") == std::set<std::string>{"municipality", "suppers"});
  CHECK(required("news") == std::set<std::string>{"title", "date"});
  CHECK(required("page") == std::set<std::string>{"title"});
  CHECK(required("category") == std::set<std::string>{"slug", "name"});
  CHECK(SchemaFor("category")->is_list_file);
  CHECK_FALSE(SchemaFor("news")->allows_yaml);
  CHECK_FALSE(SchemaFor("supper")->allows_markdown);
  CHECK(FindField(SchemaFor("activity")->fields, "municipality")->refers_to == "municipalities");
}

TEST_CASE("type names and expected forms") {
  CHECK(std::string(ToString(FieldType::kDateOrDateTime)) == "date-or-datetime");
  CHECK(std::string(ToString(FieldType::kSlugListOrAll)) == "slug-list-or-all");
  const FieldSpec* status = nullptr;
  for (const FieldSpec& f : SchemaFor("supper")->fields) {
    if (f.name == "suppers") status = FindField(f.fields, "status");
  }
  REQUIRE(status != nullptr);
  CHECK(ExpectedForm(*status).en == "one of planned, confirmed, held, cancelled");
  CHECK(ExpectedForm(*status).fr == "l'une des valeurs planned, confirmed, held, cancelled");
  CHECK(ExampleValue(*status) == "planned");
  FieldSpec date;
  date.type = FieldType::kDate;
  CHECK(ExpectedForm(date).en == "a date like 2026-02-19");
  CHECK(ExpectedForm(date).fr == "une date comme 2026-02-19");
  FieldSpec flag;
  flag.type = FieldType::kBool;
  CHECK(ExpectedForm(flag).en == "true or false");
}

TEST_CASE("slugs") {
  CHECK(IsSlug("manseau"));
  CHECK(IsSlug("sainte-cecile-de-levrard"));
  CHECK(IsSlug("9-8-8"));
  CHECK_FALSE(IsSlug(""));
  CHECK_FALSE(IsSlug("Manseau"));
  CHECK_FALSE(IsSlug("-manseau"));
  CHECK_FALSE(IsSlug("manseau-"));
  CHECK_FALSE(IsSlug("a--b"));
  CHECK_FALSE(IsSlug("café"));
  CHECK_FALSE(IsSlug("a_b"));
  CHECK(Slugify("Sainte-Cécile de Lévrard") == "sainte-cecile-de-levrard");
  CHECK(Slugify("L'Œuvre À ÇA") == "l-oeuvre-a-ca");
  CHECK(Slugify("  --  ") == "");
  CHECK(Slugify("Straße") == "strasse");
}

TEST_CASE("URLs, paths, e-mails, colours, phones") {
  CHECK(IsAbsoluteUrl("https://example.org/"));
  CHECK(IsAbsoluteUrl("http://example.org"));
  CHECK_FALSE(IsAbsoluteUrl("https://"));
  CHECK_FALSE(IsAbsoluteUrl("https:///x"));
  CHECK_FALSE(IsAbsoluteUrl("www.example.org"));
  CHECK_FALSE(IsAbsoluteUrl("https://example.org/a b"));
  CHECK_FALSE(IsAbsoluteUrl("javascript:alert(1)"));
  CHECK(IsSitePath("/soupers/"));
  CHECK(IsSitePath("/"));
  CHECK_FALSE(IsSitePath("//evil.example/"));
  CHECK_FALSE(IsSitePath("soupers"));
  CHECK(IsStaticFilePath("images/logo.png"));
  CHECK(IsStaticFilePath("/images/logo.png"));
  CHECK_FALSE(IsStaticFilePath("../secret"));
  CHECK_FALSE(IsStaticFilePath("images/../../x"));
  CHECK_FALSE(IsStaticFilePath("javascript:alert(1)"));
  CHECK_FALSE(IsStaticFilePath("images\\logo.png"));
  CHECK_FALSE(IsStaticFilePath("images/"));
  CHECK(IsEmail("direction@cabbecancour.com"));
  CHECK_FALSE(IsEmail("direction.cabbecancour.com"));
  CHECK_FALSE(IsEmail("a@b"));
  CHECK_FALSE(IsEmail("a@@b.ca"));
  CHECK_FALSE(IsEmail("a b@c.ca"));
  CHECK_FALSE(IsEmail("@c.ca"));
  CHECK_FALSE(IsEmail("mailto:a@c.ca"));
  CHECK(IsColour("#1f5f8b"));
  CHECK(IsColour("#F2A"));
  CHECK_FALSE(IsColour("1f5f8b"));
  CHECK_FALSE(IsColour("#1f5f8"));
  CHECK_FALSE(IsColour("#gggggg"));
  CHECK(LooksLikePhone("811, option 2"));
  CHECK(LooksLikePhone("1 866 APPELLE"));
  CHECK_FALSE(LooksLikePhone("à venir"));
}

TEST_CASE("whole numbers") {
  CHECK(ParseWholeNumber("40") == 40);
  CHECK(ParseWholeNumber("-3") == -3);
  CHECK(ParseWholeNumber("+3") == 3);
  CHECK(ParseWholeNumber("2147483647") == 2147483647);
  CHECK(ParseWholeNumber("2147483648") == std::nullopt);
  CHECK(ParseWholeNumber("99999999999999999999") == std::nullopt);
  CHECK(ParseWholeNumber("4.0") == std::nullopt);
  CHECK(ParseWholeNumber("") == std::nullopt);
  CHECK(ParseWholeNumber("-") == std::nullopt);
}

TEST_CASE("why a date or time is invalid, and what was meant") {
  CHECK(InvalidDateReason("2026-02-30").en ==
        "2026-02-30 is not a valid date (February 2026 has 28 days)");
  CHECK(InvalidDateReason("2028-02-30").en ==
        "2028-02-30 is not a valid date (February 2028 has 29 days)");
  CHECK(InvalidDateReason("2026-04-31").en ==
        "2026-04-31 is not a valid date (April 2026 has 30 days)");
  CHECK(InvalidDateReason("2026-00-10").en ==
        "2026-00-10 is not a valid date (months go from 01 to 12)");
  CHECK(InvalidDateReason("2026-02-30").fr ==
        "2026-02-30 n'est pas une date valide (février 2026 a 28 jours)");
  CHECK(InvalidTimeReason("24:00").fr ==
        "24:00 n'est pas une heure valide (les heures vont de 00 à 23)");
  CHECK(InvalidDateReason("2026-02-19").en == "");
  CHECK(InvalidDateReason("demain").en == "");
  CHECK(InvalidTimeReason("24:00").en == "24:00 is not a valid time (hours go from 00 to 23)");
  CHECK(InvalidTimeReason("17:75").en == "17:75 is not a valid time (minutes go from 00 to 59)");
  CHECK(InvalidTimeReason("17:30:30").en ==
        "17:30:30 is not a valid time (seconds, if given, must be :00)");
  CHECK(InvalidTimeReason("17:30").en == "");
  CHECK(TimeCorrection("9:30") == "09:30");
  CHECK(TimeCorrection("17h30") == "17:30");
  CHECK(TimeCorrection("17 h 30") == "17:30");
  CHECK(TimeCorrection("17h") == "17:00");
  CHECK(TimeCorrection("17:") == "");
  CHECK(TimeCorrection("25h") == "");
  CHECK(TimeCorrection("midi") == "");
}
