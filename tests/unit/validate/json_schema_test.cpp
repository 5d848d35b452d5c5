// The JSON Schemas agree with the validator: the same patterns for values, the same required and
// known fields, nullable optional fields, French and English descriptions.
#include "validate/json_schema.h"

#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "model/dates.h"
#include "validate/scalar_checks.h"

using namespace maillon;

namespace {

bool Matches(FieldType type, const std::string& text, UrlForm form = UrlForm::kAbsolute) {
  return std::regex_search(text, std::regex(ValuePattern(type, form), std::regex::ECMAScript));
}

// Each sample, by the pattern and by the validator's own check, gives the same answer.
template <class Check>
void Agree(FieldType type, Check check, const std::vector<std::string>& samples,
           UrlForm form = UrlForm::kAbsolute) {
  for (const std::string& s : samples) {
    INFO(ToString(type), " '", s, "'");
    CHECK(Matches(type, s, form) == check(s));
  }
}

}  // namespace

TEST_CASE("value patterns accept what the validator accepts, and only that") {
  Agree(FieldType::kDate, [](const std::string& s) { return ParseDate(s).has_value(); },
        {"2026-02-19", "2026-12-31", "2026-13-01", "2026-00-10", "2026-1-9", "19/02/2026",
         "2026-02-19T17:30", " 2026-02-19", "demain", "2026-02-28", "2028-02-29", "2026-02-30",
         "2026-04-30", "2026-04-31", "2026-01-31", "2026-07-31", "2026-08-31", "2026-09-31",
         "2026-11-31", "2026-12-32", "2026-06-00"});
  Agree(FieldType::kTime, [](const std::string& s) { return ParseTime(s).has_value(); },
        {"17:30", "00:00", "23:59", "17:30:00", "24:00", "17:60", "9:30", "17h30", "17:30:30"});
  Agree(FieldType::kDateTime, [](const std::string& s) { return ParseDateTime(s).has_value(); },
        {"2026-01-14T13:30", "2026-01-14 13:30", "2026-01-14T13:30:00", "2026-01-14",
         "2026-01-14T25:00", "2026-01-14t13:30", "2026-01-14T13:30Z"});
  Agree(FieldType::kDateOrDateTime,
        [](const std::string& s) { return ParseDate(s) || ParseDateTime(s); },
        {"2026-02-19", "2026-02-19T09:00", "2026-02-19T9:00", "demain"});
  Agree(FieldType::kSlug, [](const std::string& s) { return IsSlug(s); },
        {"manseau", "sainte-cecile-de-levrard", "9-8-8", "", "Manseau", "-a", "a-", "a--b", "café",
         "a_b", "a b"});
  Agree(FieldType::kEmail, [](const std::string& s) { return IsEmail(s); },
        {"direction@cabbecancour.com", "a.b@c.d.ca", "a@b", "a@@b.ca", "a b@c.ca", "@c.ca",
         "mailto:a@c.ca", "a@-b.ca", "a@b..ca", "a@.ca", "a@b.", "a..b@c.ca"});
  Agree(FieldType::kColour, [](const std::string& s) { return IsColour(s); },
        {"#1f5f8b", "#F2A", "1f5f8b", "#1f5f8", "#gggggg", "#1f5f8b0"});
  Agree(FieldType::kPhone, [](const std::string& s) { return LooksLikePhone(s); },
        {"811, option 2", "1 866 APPELLE", "à venir", ""});
  const std::vector<std::string> urls = {"https://example.org/",
                                         "http://example.org",
                                         "https://",
                                         "https:///x",
                                         "www.example.org",
                                         "https://example.org/a b",
                                         "javascript:alert(1)",
                                         "/soupers/",
                                         "/",
                                         "//evil.example/",
                                         "soupers",
                                         "images/logo.png",
                                         "/images/logo.png",
                                         "../secret",
                                         "images/../../x",
                                         "images/..x/a.png",
                                         "a/..",
                                         "images\\logo.png",
                                         "images/",
                                         "a//b.png"};
  Agree(
      FieldType::kUrl, [](const std::string& s) { return IsAbsoluteUrl(s); }, urls);
  Agree(
      FieldType::kUrl, [](const std::string& s) { return IsAbsoluteUrl(s) || IsSitePath(s); }, urls,
      UrlForm::kSitePath);
  Agree(
      FieldType::kUrl, [](const std::string& s) { return IsAbsoluteUrl(s) || IsStaticFilePath(s); },
      urls, UrlForm::kFilePath);
  CHECK(ValuePattern(FieldType::kText).empty());
}

TEST_CASE("a kind's JSON Schema: required and known fields, types, French with English") {
  const std::string activity = JsonSchemaText(*SchemaFor("activity"));
  CHECK(activity.starts_with("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"));
  CHECK(activity.ends_with("}\n"));
  CHECK(activity.find("\"required\": [\"title\", \"organization\", \"municipality\", \"category\", "
                      "\"start\", \"end\"],\n  \"additionalProperties\": false\n}") !=
        std::string::npos);
  CHECK(activity.find("\"description\": \"son titre — its title\"") != std::string::npos);
  // Optional fields may be left empty (`summary:`), as the validator allows; required ones not.
  CHECK(activity.find("\"type\": [\"string\", \"number\", \"boolean\", \"null\"]") !=
        std::string::npos);
  CHECK(activity.find("\"enum\": [\"week\", \"month\"]\n") != std::string::npos);
  CHECK(activity.find("\"enum\": [\"day\", \"weekday\", null]") != std::string::npos);
  CHECK(activity.find("\"minimum\": 1,\n          \"default\": 1") != std::string::npos);

  const std::string categories = JsonSchemaText(*SchemaFor("category"));
  CHECK(categories.find("\"type\": [\"array\", \"null\"],\n  \"items\": {\n    \"type\": "
                        "\"object\"") != std::string::npos);
  const std::string organization = JsonSchemaText(*SchemaFor("organization"));
  CHECK(organization.find("\"const\": \"all\"") != std::string::npos);
  // An unquoted colour is a comment: its empty value is an error, even for an optional field.
  const std::string site = JsonSchemaText(*SchemaFor("site"));
  const size_t primary = site.find("\"primary\": {");
  REQUIRE(primary != std::string::npos);
  CHECK(site.substr(primary, 200).find("\"type\": \"string\",") != std::string::npos);
  // Backslashes in patterns are escaped for JSON.
  CHECK(site.find("\"pattern\": \"^(https?://[^/ \\\\t\\\\n\\\\r][^ \\\\t\\\\n\\\\r]*|/(") !=
        std::string::npos);
  CHECK(JsonSchemaFileName(*SchemaFor("news")) == "news.schema.json");
}
