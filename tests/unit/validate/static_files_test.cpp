// File paths in content checked against the files of content/static/.
#include "validate/static_files.h"

#include <doctest/doctest.h>

#include "validate_test_support.h"

using namespace maillon;

namespace {

std::string Problems(const std::string& path, const std::string& text) {
  Diagnostics diags;
  const Document doc = test::Doc(path, text, diags);
  CheckStaticFiles(doc, *SchemaForDocument(doc.folder, doc.slug), {"images/logo.svg"},
                   "content/static", diags);
  std::string out;
  for (const Diagnostic& d : diags.all()) out += FormatHeadline(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("file paths name files of content/static/, at any depth") {
  CHECK(Problems("content/news/x.md",
                 "---\ntitle: X\ndate: 2026-02-19\nimage: { src: /images/logo.svg, alt: Logo }\n"
                 "---\n") == "");
  CHECK(Problems("content/news/x.md",
                 "---\ntitle: X\ndate: 2026-02-19\nimage:\n  src: images/logo.png\n  alt: L\n"
                 "---\n") ==
        "content/news/x.md:5:8: error: field 'image.src': 'images/logo.png' is not a file under "
        "content/static/; did you mean 'images/logo.svg'?\n");
  // URLs are not files; ill-formed paths and unknown fields are CheckDocument's to report.
  CHECK(Problems("content/municipalities/m.yaml",
                 "name: M\nlogo: https://example.org/logo.png\nlogi: x.png\n") == "");
  CHECK(Problems("content/municipalities/m.yaml", "name: M\nlogo: ../x.png\n") == "");
  CHECK(Problems("content/site.yaml", "title: T\nbase_url: https://example.org/\nlogo: a.png\n")
            .find("field 'logo': 'a.png' is not a file") != std::string::npos);
}
