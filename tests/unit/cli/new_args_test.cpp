// `maillon new` arguments: options, fields by name, kinds, and the usage errors they make.
#include "cli/new_args.h"

#include <doctest/doctest.h>

using namespace maillon;

TEST_CASE("new: options, fields and positionals") {
  const NewArgs a =
      ParseNewArgs({"news", "souper", "--title", "Un souper", "--content=c", "--recurrence.every",
                    "week", "--format", "md", "--now", "2026-11-25T09:00", "--tags=a, b"});
  CHECK(a.error.empty());
  CHECK(a.positional == std::vector<std::string>{"news", "souper"});
  CHECK(a.content_dir == "c");
  CHECK(a.format == "md");
  CHECK(a.now == "2026-11-25T09:00");
  CHECK(a.fields == std::map<std::string, std::string>{
                        {"title", "Un souper"}, {"recurrence.every", "week"}, {"tags", "a, b"}});
  // A value may start with "--" (the next argument is the value).
  CHECK(ParseNewArgs({"--title", "--x--"}).fields.at("title") == "--x--");
  CHECK(ParseNewArgs({"news", "x", "--draft"}).error == "option '--draft' needs a value");
  CHECK(ParseNewArgs({"-h"}).help);
  CHECK(ParseNewArgs({}).content_dir == "content");
}

TEST_CASE("new: kinds by name or folder, with suggestions") {
  std::string error;
  CHECK(KindForNew("activity", &error)->folder == "activities");
  CHECK(KindForNew("activities", &error)->kind == "activity");
  CHECK(KindForNew("suppers", &error)->kind == "supper");
  CHECK(NewKinds().size() == 7);
  CHECK(KindForNew("activty", &error) == nullptr);
  CHECK(
      error.starts_with("unknown kind 'activty'; did you mean 'activity'?\nKinds: municipality, "));
  CHECK(KindForNew("site", &error) == nullptr);
  CHECK(error == "there is one site.yaml: edit it rather");
  CHECK(KindForNew("categories", &error) == nullptr);
  CHECK(error == "'categories' is a list in categories.yaml: add an item to that file rather");
}

TEST_CASE("new: field names are checked against the kind") {
  const KindSchema& activity = *SchemaFor("activity");
  CHECK(CheckFieldNames(activity, ParseNewArgs({"--title", "x", "--recurrence.until", "d"})) == "");
  CHECK(CheckFieldNames(activity, ParseNewArgs({"--titel", "x"})) ==
        "unknown field '--titel' for activity; did you mean '--title'?");
  CHECK(CheckFieldNames(activity, ParseNewArgs({"--recurrence.untill", "x"})) ==
        "unknown field '--recurrence.untill' for activity; did you mean '--recurrence.until'?");
  CHECK(CheckFieldNames(activity, ParseNewArgs({"--contnt", "x"})) ==
        "unknown field '--contnt' for activity; did you mean '--content'?");
  CHECK(CheckFieldNames(activity, ParseNewArgs({"--zzzzzzzz", "x"})) ==
        "unknown field '--zzzzzzzz' for activity; see maillon new activity --help");
  CHECK(CheckFieldNames(activity, ParseNewArgs({"--recurrence", "{ every: week }",
                                                "--recurrence.count", "3"})) ==
        "give either --recurrence or --recurrence.count, not both");
  const std::string help = FieldsHelp(activity);
  CHECK(help.find("  --recurrence.every    period (required in recurrence; enum)\n") !=
        std::string::npos);
  CHECK(help.find("  --title               its title (required; text)\n") != std::string::npos);
}
