// Fuzz target: the front-matter splitter, on the raw bytes and on the text as the loader cleans
// it. The split must cover the text in order, with line numbers that match it.
#include <algorithm>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"
#include "load/front_matter.h"
#include "load/text_checks.h"

using namespace maillon;

namespace {

size_t LinesBefore(std::string_view text, const char* at) {
  return static_cast<size_t>(std::count(text.data(), at, '\n'));
}

bool Within(std::string_view part, std::string_view text) {
  return part.empty() ||
         (part.data() >= text.data() && part.data() + part.size() <= text.data() + text.size());
}

std::string CheckSplit(std::string_view text, const SourcePos& file, Diagnostics& diags) {
  const FrontMatterView view = SplitFrontMatterView(text, file, diags);
  const FrontMatter copy = SplitFrontMatter(text, file, diags);
  if (copy.found != view.found || copy.yaml != view.yaml || copy.body != view.body ||
      copy.yaml_line != view.yaml_line || copy.body_line != view.body_line) {
    return "SplitFrontMatter and SplitFrontMatterView disagree";
  }
  if (!view.found) {
    if (view.body != text || view.body_line != 1 || !view.yaml.empty()) {
      return "without a fence the whole text is not the body, at line 1";
    }
    return "";
  }
  if (text.substr(0, 3) != "---") return "a fence found where the text has none";
  if (!Within(view.yaml, text) || !Within(view.body, text)) return "a part outside the text";
  if (view.yaml_line != 2) return "the YAML does not start on line 2";
  if (!view.yaml.empty() && LinesBefore(text, view.yaml.data()) != 1) {
    return "the YAML does not start after the first line";
  }
  const size_t total_lines = LinesBefore(text, text.data() + text.size()) + 1;
  if (view.body_line < 2 || static_cast<size_t>(view.body_line) > total_lines + 1) {
    return "body line " + std::to_string(view.body_line) + " outside the text's " +
           std::to_string(total_lines) + " lines";
  }
  if (!view.body.empty()) {
    if (view.yaml.data() + view.yaml.size() > view.body.data()) return "YAML after the body";
    if (LinesBefore(text, view.body.data()) + 1 != static_cast<size_t>(view.body_line)) {
      return "body_line " + std::to_string(view.body_line) + " is not the body's line";
    }
    if (view.body.data() + view.body.size() != text.data() + text.size()) {
      return "the body does not run to the end of the text";
    }
  }
  return "";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string path = "content/news/fuzz.md";
  const SourcePos file = FilePos(path);
  Diagnostics diags;
  // Raw bytes are not what the loader hands over, but nothing may break on them either.
  fuzz::Require(CheckSplit(bytes, file, diags));
  std::string storage;
  if (const std::optional<std::string_view> text = CleanTextView(bytes, file, diags, storage)) {
    fuzz::Require(CheckSplit(*text, file, diags));
  }
  fuzz::Require(fuzz::CheckDiagnostics(diags, path, bytes));
  return 0;
}
