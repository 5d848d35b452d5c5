// Open data (JSON and CSV) and the search index: escaping, quoting, the documented shapes,
// determinism.
#include "render/output_open_data.h"

#include <doctest/doctest.h>

#include "render/json_writer.h"
#include "render/output_search_index.h"
#include "output_fixture.h"

using namespace maillon;
using namespace maillon::output_test;

TEST_CASE("JSON strings escape quotes, backslashes and control characters, keep UTF-8") {
  CHECK(QuoteJson("") == "\"\"");
  CHECK(QuoteJson("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(QuoteJson("l1\nl2\t\x01\x1f\x7f") == "\"l1\\u000al2\\u0009\\u0001\\u001f\\u007f\"");
  CHECK(QuoteJson("Bécancour « œ » 😀") == "\"Bécancour « œ » 😀\"");
  CHECK(QuoteJson("</script>") == "\"</script>\"");
}

TEST_CASE("the JSON writer places commas and indentation") {
  JsonWriter pretty;
  pretty.BeginObject();
  pretty.Field("a", "x");
  pretty.Key("list");
  pretty.BeginArray();
  pretty.Int(1);
  pretty.Null();
  pretty.EndArray();
  pretty.Key("empty");
  pretty.BeginArray();
  pretty.EndArray();
  pretty.Key("none");
  pretty.IntOrNull(std::nullopt);
  pretty.FieldOrNull("blank", "");
  pretty.EndObject();
  CHECK(pretty.Take() ==
        "{\n  \"a\": \"x\",\n  \"list\": [\n    1,\n    null\n  ],\n  \"empty\": [],\n"
        "  \"none\": null,\n  \"blank\": null\n}\n");
  JsonWriter compact(0);
  compact.BeginArray();
  compact.BeginObject();
  compact.Key("b");
  compact.Bool(true);
  compact.Key("s");
  compact.Strings({"x", "y"});
  compact.EndObject();
  compact.BeginObject();
  compact.EndObject();
  compact.EndArray();
  CHECK(compact.Take() == "[{\"b\":true,\"s\":[\"x\",\"y\"]},{}]\n");
}

TEST_CASE("CSV fields are quoted only when needed, with quotes doubled") {
  CHECK(CsvField("simple") == "simple");
  CHECK(CsvField("") == "");
  CHECK(CsvField("a,b") == "\"a,b\"");
  CHECK(CsvField("il a dit \"oui\"") == "\"il a dit \"\"oui\"\"\"");
  CHECK(CsvField("deux\nlignes") == "\"deux\nlignes\"");
  CHECK(CsvField("cr\r") == "\"cr\r\"");
  CHECK(CsvField("Bécancour; MRC") == "Bécancour; MRC");
  CHECK(CsvRow({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("open data files have the documented shape") {
  const ResolvedSite site = OutputSite();
  const RenderedSite out = RenderAll(site);
  for (const char* name : {"organismes", "activites", "soupers"}) {
    const std::string base = std::string("donnees/") + name;
    CHECK(out.files.at(base + ".json").content_type == "application/json; charset=utf-8");
    CHECK(out.files.at(base + ".csv").content_type == "text/csv; charset=utf-8");
    CHECK(Bytes(out, base + ".json")
              .starts_with("{\n  \"generated\": \"2026-11-25T09:00:00-05:00\",\n  \"items\": ["));
  }

  const std::string& orgs = Bytes(out, "donnees/organismes.json");
  CHECK(Has(orgs, "\"slug\": \"cab\""));
  CHECK(Has(orgs, "\"summary\": \"Le bénévolat, \\\"au cœur\\\" de tout.\""));
  CHECK(Has(orgs, "\"url\": \"https://Example.org:8443/portail/organismes/cab/\""));
  CHECK(Has(orgs, "\"serves_all\": true"));
  CHECK(Has(orgs, "\"municipalities\": [\n        \"lemieux\",\n        \"manseau\"\n      ]"));
  CHECK(Has(orgs, "\"logo\": null"));
  const std::string& orgs_csv = Bytes(out, "donnees/organismes.csv");
  CHECK(orgs_csv.starts_with("slug,name,summary,url,logo,serves_all,municipalities,categories,"));
  CHECK(Has(orgs_csv, "\r\ncab,Centre d'action bénévole,\"Le bénévolat, \"\"au cœur\"\" de "
                      "tout.\",https://Example.org:8443/portail/organismes/cab/,,true,"
                      "lemieux|manseau,entraide,"));

  const std::string& activities = Bytes(out, "donnees/activites.json");
  CHECK(Has(activities, "\"title\": \"Café-rencontre; jasette, cartes \\\\ et « plaisir »\""));
  CHECK(Has(activities, "\"summary\": \"Un après-midi pour jaser.\\u000aDeuxième ligne.\""));
  CHECK(Has(activities, "\"calendar_url\": "
                        "\"https://Example.org:8443/portail/activites/cafe/calendrier.ics\""));
  CHECK(Has(activities, "\"recurrence\": {\n        \"every\": \"week\",\n        \"interval\": 1,"
                        "\n        \"by\": \"day\",\n        \"until\": \"2027-04-07\","));
  CHECK(Has(activities, "\"start\": \"2027-01-13T13:30:00-05:00\""));
  CHECK(Has(activities, "\"start\": \"2027-03-17T13:30:00-04:00\""));
  CHECK(Has(activities, "\"recurrence\": null"));  // the forum
  // One CSV row per occurrence: 13 Wednesdays from January 13 to April 7, and the forum.
  const std::string& activities_csv = Bytes(out, "donnees/activites.csv");
  size_t rows = 0;
  for (size_t at = activities_csv.find("\r\n"); at != std::string::npos;
       at = activities_csv.find("\r\n", at + 2)) {
    ++rows;
  }
  CHECK(rows == 1 + 13 + 1);
  CHECK(Has(activities_csv, "\"Un après-midi pour jaser.\nDeuxième ligne.\""));

  const std::string& suppers = Bytes(out, "donnees/soupers.json");
  CHECK(Has(suppers, "\"id\": \"manseau-5\""));
  CHECK(Has(suppers, "\"date\": null"));
  CHECK(Has(suppers, "\"period\": \"Automne 2027\""));
  CHECK(Has(suppers, "\"start\": \"2027-03-11T17:30:00-05:00\",\n      \"end\": "
                     "\"2027-03-11T20:00:00-05:00\",\n      \"tentative\": true"));
  CHECK(Has(suppers, "\"status\": \"cancelled\""));
  CHECK(Has(suppers, "\"capacity\": 40"));
  // The schedule order: dated suppers by date, undated last.
  CHECK(suppers.find("manseau-2026-05-01") < suppers.find("manseau-2027-02-04"));
  CHECK(suppers.find("manseau-2027-06-10") < suppers.find("manseau-5"));
  const std::string& suppers_csv = Bytes(out, "donnees/soupers.csv");
  CHECK(Has(suppers_csv, "\r\nmanseau-5,https://Example.org:8443/portail/soupers/manseau-5/,,"
                         "manseau,Manseau,,,,,,false,Automne 2027,planned,"));
}

TEST_CASE("the search index has the shape the search page reads") {
  const ResolvedSite site = OutputSite();
  const RenderedSite out = RenderAll(site);
  const std::string& index = Bytes(out, "recherche/index.json");
  CHECK(out.files.at("recherche/index.json").content_type == "application/json; charset=utf-8");
  CHECK(index.starts_with("[{\"title\":\"Lemieux\",\"summary\":\"\",\"kind\":\"municipality\","
                          "\"municipality\":[\"Lemieux\"],\"categories\":[],"
                          "\"url\":\"municipalites/lemieux/\",\"text\":\"lemieux lemieux\"}"));
  CHECK(Has(index, "{\"title\":\"Centre d’action bénévole\",\"summary\":\"Le bénévolat, «\u00a0au "
                   "cœur\u00a0» de tout.\",\"kind\":\"organization\",\"municipality\":[\"Toute la "
                   "MRC\"],\"categories\":[\"Entraide\"],\"url\":\"organismes/cab/\",\"text\":"
                   "\"centre d'action benevole le benevolat, \\\"au coeur\\\" de tout. lemieux "
                   "manseau toute la mrc entraide\"}"));
  CHECK(Has(index, "\"kind\":\"activity\",\"municipality\":[\"Manseau\"],"
                   "\"categories\":[\"Entraide\"],\"url\":\"activites/cafe/\""));
  CHECK(Has(index, "\"text\":\"cafe-rencontre; jasette, cartes \\\\ et « plaisir » un "
                   "apres-midi pour jaser. deuxieme ligne. manseau entraide\""));
  CHECK(Has(index, "\"kind\":\"supper\""));
  CHECK(Has(index, "Date à confirmer (Automne 2027)"));
  CHECK(Has(index, "\"kind\":\"news\",\"municipality\":[],\"categories\":[\"sécurité\"],"
                   "\"url\":\"nouvelles/alerte/\""));
  CHECK(Has(index, "\"kind\":\"community\""));
  CHECK(Has(index, "\"url\":\"citoyen-maillon/\""));
  CHECK(Has(index, "\"url\":\"aide/\""));
  CHECK(Has(index, "\"kind\":\"category\",\"municipality\":[],\"categories\":[\"Entraide\"]"));
  CHECK(index.ends_with("}]\n"));
}

TEST_CASE("open data and search index are byte-identical from one render to the next") {
  const ResolvedSite site = OutputSite();
  const RenderedSite a = RenderAll(site);
  const RenderedSite b = RenderAll(site, 4);
  for (const char* path : {"donnees/organismes.json", "donnees/organismes.csv",
                           "donnees/activites.json", "donnees/activites.csv",
                           "donnees/soupers.json", "donnees/soupers.csv", "recherche/index.json"}) {
    CHECK_MESSAGE(a.files.at(path).bytes == b.files.at(path).bytes, path);
  }
  // Only "generated" follows the build's "now"; the items do not.
  const ResolvedSite later = OutputSite({{2026, 11, 26}, {9, 0}});
  const RenderedSite c = RenderAll(later);
  const std::string& x = a.files.at("donnees/soupers.json").bytes;
  const std::string& y = c.files.at("donnees/soupers.json").bytes;
  CHECK(x.substr(x.find("\"items\"")) == y.substr(y.find("\"items\"")));
}
