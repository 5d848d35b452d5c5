#include "load/content_tree.h"
#include "load/yaml_parser.h"
#include <cstdint>
using namespace maillon;
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  ParseDocument("f.md", "news", "f", bytes, diags);
  ParseDocument("f.yaml", "news", "f", bytes, diags);
  YamlLimits small; small.max_depth = 8; small.max_nodes = 1000;
  ParseYaml(bytes, FilePos("g"), diags, small);
  for (const Diagnostic& d : diags.all()) {
    if (d.message.empty()) __builtin_trap();
    if (d.pos.line < 0 || d.pos.col < 0) __builtin_trap();
  }
  return 0;
}
