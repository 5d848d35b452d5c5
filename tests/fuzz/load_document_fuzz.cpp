// Fuzz target: a content file's bytes parsed as the loader parses them (checks, front matter,
// YAML), and the YAML parser alone with small limits, so that inputs reach them.
#include <cstdint>
#include <string>

#include "fuzz_checks.h"
#include "load/content_tree.h"
#include "load/text_checks.h"
#include "load/yaml_parser.h"

using namespace maillon;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const char* path : {"content/news/f.md", "content/news/f.yaml"}) {
    Diagnostics diags;
    ParseDocument(path, "news", "f", bytes, diags);
    fuzz::Require(fuzz::CheckDiagnostics(diags, path, bytes));
  }
  YamlLimits small;
  small.max_depth = 8;
  small.max_nodes = 1000;
  const std::string path = "g.yaml";
  const SourcePos origin = MakePos(FilePos(path).file, 1, 1);
  Diagnostics diags;
  std::string storage;
  if (std::optional<std::string_view> text = CleanTextView(bytes, origin, diags, storage)) {
    ParseYaml(*text, origin, diags, small);
  }
  fuzz::Require(fuzz::CheckDiagnostics(diags, path, bytes));
  // The loader never gives the parser raw bytes, but they must not break it either. Their
  // positions are yaml-cpp's, which reads invalid UTF-8 as U+FFFD: only messages are checked.
  Diagnostics raw;
  ParseYaml(bytes, origin, raw, small);
  fuzz::Require(fuzz::CheckDiagnostics(raw, "", bytes));
  return 0;
}
