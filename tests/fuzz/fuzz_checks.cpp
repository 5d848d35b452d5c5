// Invariants shared by the fuzz targets.
#include "fuzz_checks.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace maillon::fuzz {

void Require(const std::string& problem) {
  if (problem.empty()) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", problem.c_str());
  std::abort();
}

namespace {

// The byte length of each line, CRLF, lone CR and LF each ending one (as text_checks counts).
std::vector<size_t> LineLengths(std::string_view bytes) {
  std::vector<size_t> lengths;
  size_t start = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\n' && bytes[i] != '\r') continue;
    lengths.push_back(i - start);
    if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    start = i + 1;
  }
  lengths.push_back(bytes.size() - start);
  return lengths;
}

}  // namespace

std::string CheckDiagnostics(const Diagnostics& diags, std::string_view path,
                             std::string_view bytes) {
  std::vector<size_t> lines;  // worked out for the first diagnostic in the file
  for (const Diagnostic& d : diags.all()) {
    const std::string where = d.pos.ToString() + ": " + d.message;
    if (d.message.empty()) return "a diagnostic without a message at " + d.pos.ToString();
    if (!d.pos.file) return "a diagnostic without a file: " + d.message;
    // French sites print the French text: an untranslated message would show in English.
    if (d.message_fr.empty()) return "a diagnostic without its French text: " + where;
    if (!d.suggestion.empty() && d.suggestion_fr.empty()) {
      return "a suggestion without its French text: " + where + "; " + d.suggestion;
    }
    if (d.pos.line < 0 || d.pos.col < 0) return "a negative position: " + where;
    if (d.pos.path() != path || d.pos.line == 0) continue;
    if (lines.empty()) lines = LineLengths(bytes);
    if (static_cast<size_t>(d.pos.line) > lines.size() + 1) {
      return "line past the end of the file (" + std::to_string(lines.size()) + " lines): " + where;
    }
    const size_t length =
        static_cast<size_t>(d.pos.line) <= lines.size() ? lines[d.pos.line - 1] : 0;
    if (static_cast<size_t>(d.pos.col) > length + 1) {
      return "column past the end of its line (" + std::to_string(length) + " bytes): " + where;
    }
  }
  return "";
}

// Fixed, so that a corpus file keeps its kind: its first byte indexes this list, as
// make_seeds.py writes it. ContentFiles() checks that it holds every format of every kind.
constexpr std::pair<const char*, const char*> kFiles[] = {
    {"", "site.yaml"},
    {"", "categories.yaml"},
    {"", "resources.yaml"},
    {"municipalities", "fuzz.md"},
    {"municipalities", "fuzz.yaml"},
    {"organizations", "fuzz.md"},
    {"organizations", "fuzz.yaml"},
    {"activities", "fuzz.md"},
    {"activities", "fuzz.yaml"},
    {"suppers", "fuzz.yaml"},
    {"communities", "fuzz.md"},
    {"communities", "fuzz.yaml"},
    {"news", "fuzz.md"},
    {"pages", "fuzz.md"},
};

const std::vector<ContentFile>& ContentFiles() {
  static const std::vector<ContentFile> files = [] {
    std::vector<ContentFile> out;
    for (const auto& [folder, name] : kFiles) {
      const std::string_view file = name;
      const KindSchema* schema = SchemaForDocument(folder, file.substr(0, file.find('.')));
      if (!schema) Require(std::string("no kind for ") + folder + "/" + name);
      out.push_back({schema, folder, name});
    }
    for (const KindSchema& k : AllSchemas()) {
      for (const char* ext : {".md", ".yaml"}) {
        if (ext[1] == 'm' ? !k.allows_markdown : !k.allows_yaml) continue;
        const std::string name = (k.folder.empty() ? k.file_slug : "fuzz") + ext;
        const bool listed = std::any_of(out.begin(), out.end(), [&](const ContentFile& f) {
          return f.folder == k.folder && f.name == name;
        });
        if (!listed) Require("kFiles lacks " + k.folder + "/" + name + ": add it at the end");
      }
    }
    return out;
  }();
  return files;
}

}  // namespace maillon::fuzz
