// `maillon COMMAND`: the top-level help and the choice of command.
#include <iostream>

#include "cli/commands.h"
#include "diag/spellcheck.h"

namespace maillon {
namespace {

const char* kUsage =
    "maillon: static community portals from YAML and Markdown\n\n"
    "Usage: maillon <command> [options]\n\n"
    "Commands:\n"
    "  build   render the content folder into a static site (default: content -> site)\n"
    "  check   validate content and render in memory; writes nothing\n"
    "  serve   preview the site at http://127.0.0.1:8080/ with live reload\n"
    "  new     create a content file from its kind's schema: maillon new news SLUG\n"
    "  schema  write the JSON Schema of every kind of content file, for editors\n\n"
    "Run 'maillon <command> --help' for a command's options.\n"
    "Exit status: 0 success, 1 content errors, 2 wrong usage.\n";

}  // namespace

int RunCli(const std::vector<std::string>& args) {
  if (args.empty()) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  const std::string& command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (command == "--version") {
    std::cout << "maillon 0.1.0\n";
    return kExitOk;
  }
  if (command == "build") return RunBuildCommand(rest);
  if (command == "check") return RunCheckCommand(rest);
  if (command == "serve") return RunServeCommand(rest);
  if (command == "new") return RunNewCommand(rest);
  if (command == "schema") return RunSchemaCommand(rest);
  std::string hint =
      DidYouMean(ClosestMatches(command, {"build", "check", "serve", "new", "schema"})).en;
  std::cerr << "maillon: unknown command '" << command << "'"
            << (hint.empty() ? "" : "; " + hint) << "\n\n"
            << kUsage;
  return kExitUsage;
}

}  // namespace maillon
