// What every fuzz target asserts about diagnostics, and the content files it may write: checks
// return a description of what is wrong ("" when all is well); Require stops the run with it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"
#include "validate/schema.h"

namespace maillon::fuzz {

// Prints `problem` and aborts (libFuzzer saves the input) unless it is empty.
void Require(const std::string& problem);

// Every diagnostic has a message and a position that is not negative; one in the file `path`,
// whose bytes are `bytes`, lies within it: a line of the file (or just past its last line), a
// column within that line (or just past its end).
std::string CheckDiagnostics(const Diagnostics& diags, std::string_view path,
                             std::string_view bytes);

// A content file a fuzz input can be: its kind's folder ("" for a top-level file) and its file
// name ("fuzz.md", "site.yaml"). Every kind, in Markdown and in YAML where the kind allows it.
struct ContentFile {
  const KindSchema* schema;
  std::string folder;
  std::string name;
  std::string path() const { return "content/" + (folder.empty() ? "" : folder + "/") + name; }
};
const std::vector<ContentFile>& ContentFiles();

}  // namespace maillon::fuzz
