// `maillon schema`: the JSON Schema of every content kind, written for editors.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "load/read_file.h"
#include "validate/json_schema.h"

namespace fs = std::filesystem;

namespace maillon {
namespace {

const char* kSchemaHelp =
    "Usage: maillon schema [--out DIR]\n\n"
    "Writes the JSON Schema (draft-07) of every kind of content file, generated from the\n"
    "schema maillon check validates with: DIR/activity.schema.json, DIR/site.schema.json...\n"
    "Editors use them to check YAML as you type (see .vscode/settings.json). Files that\n"
    "would not change are left alone.\n"
    "Exit status: 0 written, 1 a file could not be written, 2 wrong usage.\n\n";

// Writes `text` to `path` unless it holds it already. Returns the error, or "".
std::string WriteIfChanged(const fs::path& path, const std::string& text) {
  std::string current;
  Text ignored;
  if (ReadFileBytes(path, current, ignored) && current == text) return "";
  const fs::path temporary = path.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) return "cannot write " + temporary.generic_string();
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec) {
    fs::remove(temporary, ec);
    return "cannot write " + path.generic_string() + ": " + ec.message();
  }
  return "";
}

}  // namespace

int RunSchemaCommand(const std::vector<std::string>& args) {
  const std::vector<FlagSpec> specs = {{"--out", "DIR", "output folder (default: schemas)"}};
  const ParsedArgs parsed = ParseArgs(args, specs);
  if (parsed.help) {
    std::cout << kSchemaHelp << FlagsHelp(specs);
    return kExitOk;
  }
  std::string error = parsed.error;
  if (error.empty() && !parsed.positional.empty()) {
    error = "unexpected argument '" + parsed.positional[0] + "'";
  }
  if (!error.empty()) {
    std::cerr << "maillon schema: " << error << "\nRun 'maillon schema --help' for the options.\n";
    return kExitUsage;
  }
  const fs::path dir = parsed.Get("--out").value_or("schemas");
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    std::cerr << "maillon schema: cannot create " << dir.generic_string() << ": " << ec.message()
              << "\n";
    return kExitContentErrors;
  }
  for (const KindSchema& kind : AllSchemas()) {
    if (error = WriteIfChanged(dir / JsonSchemaFileName(kind), JsonSchemaText(kind));
        !error.empty()) {
      std::cerr << "maillon schema: " << error << "\n";
      return kExitContentErrors;
    }
  }
  std::cout << "Wrote " << AllSchemas().size() << " JSON Schemas into " << dir.generic_string()
            << "/\n";
  return kExitOk;
}

}  // namespace maillon
