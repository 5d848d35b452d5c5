// Command-line flag parsing.
#include <doctest/doctest.h>

#include "cli/args.h"
#include "cli/build_options.h"

using namespace maillon;

TEST_CASE("flags with separate and inline values, switches and positionals") {
  std::vector<FlagSpec> specs = {{"--out", "DIR", ""}, {"--drafts", "", ""}};
  ParsedArgs p = ParseArgs({"--out", "a", "--drafts", "x", "--out=b"}, specs);
  CHECK(p.error.empty());
  CHECK(p.Get("--out") == "b");
  CHECK(p.Has("--drafts"));
  CHECK(p.positional == std::vector<std::string>{"x"});
}

TEST_CASE("usage errors are phrased for the user") {
  std::vector<FlagSpec> specs = {{"--content", "DIR", ""}, {"--drafts", "", ""}};
  CHECK(ParseArgs({"--contnet", "x"}, specs).error ==
        "unknown option '--contnet'; did you mean '--content'?");
  CHECK(ParseArgs({"--content"}, specs).error == "option '--content' needs a value (DIR)");
  CHECK(ParseArgs({"--drafts=yes"}, specs).error == "option '--drafts' takes no value");
  CHECK(ParseArgs({"-h"}, specs).help);
}

TEST_CASE("build options: defaults and validation") {
  BuildOptions o;
  CHECK(BuildOptionsFromArgs(ParseArgs({}, BuildFlagSpecs()), &o).empty());
  CHECK(o.content_dir == "content");
  CHECK(o.out_dir == "site");
  CHECK(o.jobs >= 1);
  CHECK(BuildOptionsFromArgs(ParseArgs({"--base-url", "https://x.org/p"}, BuildFlagSpecs()), &o)
            .empty());
  CHECK(o.base_url == "https://x.org/p/");
  CHECK(BuildOptionsFromArgs(ParseArgs({"--now", "2026-11-25T09:00"}, BuildFlagSpecs()), &o)
            .empty());
  CHECK(o.now == DateTime{{2026, 11, 25}, {9, 0}});
  CHECK(BuildOptionsFromArgs(ParseArgs({"--jobs", "0"}, BuildFlagSpecs()), &o) ==
        "--jobs expects a number from 1 to 256, got '0'");
  CHECK(BuildOptionsFromArgs(ParseArgs({"--base-url", "example.org"}, BuildFlagSpecs()), &o) ==
        "--base-url 'example.org' must start with https://, http:// or /");
}
