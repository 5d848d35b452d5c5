// SplitFrontMatter: fences, line numbers of the YAML and the body, and the unclosed error.
#include <doctest/doctest.h>

#include "load/front_matter.h"

using namespace maillon;

namespace {

const SourcePos kFile = FilePos("content/pages/a.md");

}  // namespace

TEST_CASE("SplitFrontMatter separates the YAML and the body with their first lines") {
  Diagnostics diags;
  FrontMatter fm = SplitFrontMatter("---\ntitle: A\nmenu: 2\n---\n# Hello\n\nText\n", kFile, diags);
  CHECK(diags.all().empty());
  CHECK(fm.found);
  CHECK(fm.yaml == "title: A\nmenu: 2\n");
  CHECK(fm.yaml_line == 2);
  CHECK(fm.body == "# Hello\n\nText\n");
  CHECK(fm.body_line == 5);
}

TEST_CASE("SplitFrontMatter accepts trailing blanks on fences, '...' to close, an empty body") {
  Diagnostics diags;
  FrontMatter fm = SplitFrontMatter("---  \ntitle: A\n... \t", kFile, diags);
  CHECK(diags.all().empty());
  CHECK(fm.found);
  CHECK(fm.yaml == "title: A\n");
  CHECK(fm.body == "");
  CHECK(fm.body_line == 4);
}

TEST_CASE("SplitFrontMatter: an empty front matter is found and empty") {
  Diagnostics diags;
  FrontMatter fm = SplitFrontMatter("---\n---\nBody", kFile, diags);
  CHECK(diags.all().empty());
  CHECK(fm.found);
  CHECK(fm.yaml == "");
  CHECK(fm.body == "Body");
  CHECK(fm.body_line == 3);
}

TEST_CASE("SplitFrontMatter: no leading fence means no front matter") {
  Diagnostics diags;
  for (const char* text : {"# Title\n---\n", "----\ntitle: x\n---\n", " ---\na: 1\n---\n"}) {
    FrontMatter fm = SplitFrontMatter(text, kFile, diags);
    CHECK_FALSE(fm.found);
    CHECK(fm.body == text);
    CHECK(fm.body_line == 1);
  }
  CHECK(diags.all().empty());
}

TEST_CASE("SplitFrontMatter: a closing fence must be a whole line") {
  Diagnostics diags;
  FrontMatter fm = SplitFrontMatter("---\na: '---'\nb: ---x\n---\nz", kFile, diags);
  CHECK(diags.all().empty());
  CHECK(fm.yaml == "a: '---'\nb: ---x\n");
  CHECK(fm.body_line == 5);
}

TEST_CASE("SplitFrontMatter reports an unclosed front matter at the opening fence") {
  Diagnostics diags;
  FrontMatter fm = SplitFrontMatter("---\ntitle: A\n\nSome text\n", kFile, diags);
  CHECK(fm.found);
  REQUIRE(diags.all().size() == 1);
  const Diagnostic& d = diags.all()[0];
  CHECK(d.severity == Severity::kError);
  CHECK(d.pos.path() == "content/pages/a.md");
  CHECK(d.pos.line == 1);
  CHECK(d.pos.col == 1);
  CHECK(d.field == "");
  CHECK(d.message ==
        "front matter opened here is never closed; add a line with --- after the last field");
}
