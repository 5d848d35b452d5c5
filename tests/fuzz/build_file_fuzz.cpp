// Fuzz target: the whole build of a small valid site (tests/fixtures/valid/minimal, copied to a
// temporary folder) with the input as one of its content files, the first byte picking which
// (a new file of a kind, or site.yaml, categories.yaml or resources.yaml in place of the
// fixture's). Load, validate, resolve and render run into memory (RenderOnly); diagnostics must
// point into the file, pages must stay inert and JSON files must parse.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <system_error>

#include "build/pipeline.h"
#include "fuzz_checks.h"
#include "output_checks.h"

using namespace maillon;
namespace fs = std::filesystem;

namespace {

struct Site {
  fs::path root;                                // the temporary folder
  std::map<std::string, std::string> original;  // top-level file name -> its fixture bytes
};

Site& TheSite() {
  static Site site;
  return site;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void WriteAll(const fs::path& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The checks must be able to fail: each is tried once on what it must refuse.
void SelfTest() {
  for (const char* bad : {"<p><script>alert(1)</script></p>", "<img src=x onerror=alert(1)>",
                          "<script src=\"https://evil.example/x.js\"></script>",
                          "<script type=\"application/ld+json\">{\"a\": \"</script>\"}</script>",
                          "<script type=\"application/json\">[\"<!--<script>\"]</script>",
                          "<a href=\"&#106;avascript:x\">", "<IFRAME src=x>",
                          "<svg><a xlink:href=\"data:text/html,x\">"}) {
    if (fuzz::CheckInertHtml(bad, false).empty()) {
      fuzz::Require(std::string("CheckInertHtml lets through ") + bad);
    }
  }
  for (const char* bad : {"{\"a\":1,}", "[1 2]", "\"a\x01\"", "{\"a\"}", "01"}) {
    if (fuzz::CheckJson(bad).empty()) fuzz::Require(std::string("CheckJson accepts ") + bad);
  }
  fuzz::Require(fuzz::CheckInertHtml(
      "<script src=\"a.js\" defer></script><script type=\"application/ld+json\">{}</script>"
      "<a href=\"https://x.ca/\">x</a><img src=\"data:image/png;base64,AA\">",
      false));
  fuzz::Require(fuzz::CheckJson("{\"a\": [1, -2.5e3, \"\\u00e9\", true, null, {}], \"b\": []}"));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  SelfTest();
  Site& site = TheSite();
  // Under $TMPDIR when set (run.sh points it at a folder it removes, also after a crash).
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/maillon-fuzz-XXXXXX";
  if (!::mkdtemp(pattern.data())) fuzz::Require("cannot make a temporary folder");
  site.root = pattern;
  const fs::path fixture = fs::path(MAILLON_SOURCE_DIR) / "tests/fixtures/valid/minimal/content";
  fs::copy(fixture, site.root / "content", fs::copy_options::recursive);
  for (const fuzz::ContentFile& f : fuzz::ContentFiles()) {
    if (f.folder.empty()) site.original[f.name] = ReadAll(site.root / "content" / f.name);
  }
  std::atexit([] {
    std::error_code ec;
    fs::remove_all(TheSite().root, ec);
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const Site& site = TheSite();
  const std::vector<fuzz::ContentFile>& files = fuzz::ContentFiles();
  const fuzz::ContentFile& file = files[data[0] % files.size()];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  const fs::path content = site.root / "content";
  const fs::path written = content / file.folder / file.name;
  WriteAll(written, bytes);

  BuildOptions options;
  options.content_dir = content.string();
  options.theme_dir = std::string(MAILLON_SOURCE_DIR) + "/themes/default";
  options.now = {{2026, 11, 25}, {9, 0}};
  const BuildResult result = RenderOnly(options);

  if (file.folder.empty()) {
    WriteAll(written, site.original.at(file.name));
  } else {
    fs::remove(written);
  }
  fuzz::Require(fuzz::CheckDiagnostics(result.diags, written.string(), bytes));
  // site.yaml may allow raw HTML: then the site's authors write markup on purpose.
  const bool raw_html = file.name == "site.yaml" && bytes.find("unsafe_html") != bytes.npos;
  for (const auto& [path, out] : result.site.files) {
    std::string problem;
    if (path.ends_with(".html")) problem = fuzz::CheckInertHtml(out.bytes, raw_html);
    if (path.ends_with(".json")) problem = fuzz::CheckJson(out.bytes);
    if (!problem.empty()) fuzz::Require(path + ": " + problem);
  }
  return 0;
}
