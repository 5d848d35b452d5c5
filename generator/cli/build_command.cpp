// `maillon build` and `maillon check`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/build_options.h"
#include "cli/commands.h"

namespace maillon {
namespace {

const char* kBuildHelp =
    "Usage: maillon build [options]\n\n"
    "Renders the content folder into a static site. The site is written beside the output\n"
    "folder and swapped in only when everything succeeded (content valid, every internal link\n"
    "and #fragment resolved): a failed build leaves the previous site untouched.\n"
    "Exit status: 0 built, 1 content errors (all reported), 2 wrong usage.\n\n";

const char* kCheckHelp =
    "Usage: maillon check [options]\n\n"
    "Validates the content, renders it in memory and checks every internal link, asset\n"
    "reference and #fragment of the result, reporting every error and warning; writes\n"
    "nothing. Exit status: 0 no error, 1 content errors, 2 wrong usage.\n\n";

std::vector<FlagSpec> CheckFlagSpecs() {
  std::vector<FlagSpec> specs;
  for (FlagSpec& s : BuildFlagSpecs()) {
    if (s.name != "--out") specs.push_back(s);
  }
  specs.push_back({"--format", "text|json|github|gitlab",
                   "how to print problems: text (default), json for tools, github for GitHub "
                   "Actions annotations, gitlab for a GitLab Code Quality report"});
  return specs;
}

// Parses flags for a pipeline command; prints help or usage errors. Returns -1 to go on.
int PrepareOptions(const std::vector<std::string>& args, const std::vector<FlagSpec>& specs,
                   const char* help, const char* command, ParsedArgs* parsed,
                   BuildOptions* options) {
  *parsed = ParseArgs(args, specs);
  if (parsed->help) {
    std::cout << help << FlagsHelp(specs);
    return kExitOk;
  }
  std::string error = parsed->error;
  if (error.empty()) error = BuildOptionsFromArgs(*parsed, options);
  if (!error.empty()) {
    std::cerr << "maillon " << command << ": " << error << "\n"
              << "Run 'maillon " << command << " --help' for the options.\n";
    return kExitUsage;
  }
  return -1;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

std::vector<FlagSpec> BuildCommandFlagSpecs() {
  std::vector<FlagSpec> specs = BuildFlagSpecs();
  specs.push_back({"--all-municipalities", "",
                   "every municipality's sub-site, each in OUT/SLUG/ published at "
                   "--base-url + SLUG/ (default OUT: site-municipalites)"});
  return specs;
}

// The sub-site options of `build`: a sub-site needs the address it will be published at, and
// goes by default to a folder of its own rather than over the portal's. "" when valid.
std::string SubSiteOptions(const ParsedArgs& parsed, BuildOptions* options) {
  const bool one = !options->municipality.empty();
  options->all_municipalities = parsed.Has("--all-municipalities");
  if (one && options->all_municipalities) {
    return "--municipality and --all-municipalities go one without the other";
  }
  if (!one && !options->all_municipalities) return "";
  if (!parsed.Has("--base-url")) {
    return std::string(one ? "--municipality" : "--all-municipalities") +
           " needs --base-url: the address the sub-site" + (one ? "" : "s") +
           " will be published at (e.g. https://www.manseau.ca/portail/)";
  }
  if (!parsed.Has("--out")) {
    options->out_dir = one ? "site-" + options->municipality : "site-municipalites";
  }
  return "";
}

int RunBuildCommand(const std::vector<std::string>& args) {
  const auto start = std::chrono::steady_clock::now();
  ParsedArgs parsed;
  BuildOptions options;
  if (int rc =
          PrepareOptions(args, BuildCommandFlagSpecs(), kBuildHelp, "build", &parsed, &options);
      rc >= 0) {
    return rc;
  }
  if (const std::string error = SubSiteOptions(parsed, &options); !error.empty()) {
    std::cerr << "maillon build: " << error << "\n"
              << "Run 'maillon build --help' for the options.\n";
    return kExitUsage;
  }
  BuildResult result = Build(options);
  PrintDiagnostics(result.diags);
  if (result.bad_output_dir) return kExitUsage;
  const Language language = result.diags.language();
  const std::string& out = options.out_dir;
  if (!result.ok()) {
    std::cerr << Text("Build failed; " + out + "/ was left as it was.",
                      "Échec de la construction ; " + out + "/ est resté tel quel.")
                     .In(language)
              << "\n";
    return kExitContentErrors;
  }
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.2f", SecondsSince(start));
  std::string french_seconds = seconds;
  std::replace(french_seconds.begin(), french_seconds.end(), '.', ',');
  const std::string pages = std::to_string(result.pages);
  const std::string written = std::to_string(result.written);
  const std::string unchanged = std::to_string(result.unchanged);
  std::cout << Text("Built " + pages + " pages (" + written + " files, " + unchanged +
                        " unchanged) into " + out + "/ in " + seconds + " s",
                    "Construit : " + pages + " pages (" + written + " fichiers, " + unchanged +
                        (result.unchanged <= 1 ? " inchangé) dans " : " inchangés) dans ") + out + "/ en " + french_seconds + " s")
                   .In(language)
            << "\n";
  if (const std::string timings = TimingsLine(result); !timings.empty()) {
    std::cerr << "Timings: " << timings << "\n";
  }
  return kExitOk;
}

int RunCheckCommand(const std::vector<std::string>& args) {
  ParsedArgs parsed;
  BuildOptions options;
  if (int rc = PrepareOptions(args, CheckFlagSpecs(), kCheckHelp, "check", &parsed, &options);
      rc >= 0) {
    return rc;
  }
  const std::string format = parsed.Get("--format").value_or("text");
  if (format != "text" && format != "json" && format != "github" && format != "gitlab") {
    std::cerr << "maillon check: --format expects text, json, github or gitlab, got '" << format
              << "'\n";
    return kExitUsage;
  }
  BuildResult result = Check(options);
  if (const std::string timings = TimingsLine(result); !timings.empty()) {
    std::cerr << "Timings: " << timings << "\n";
  }
  if (format == "json") {
    std::cout << FormatJson(result.diags);
  } else if (format == "github") {
    std::cout << FormatGithub(result.diags);
    PrintDiagnostics(result.diags);  // the run's log: the same messages, with their lines
  } else if (format == "gitlab") {
    std::cout << FormatGitlab(result.diags);
  } else {
    PrintDiagnostics(result.diags);
    if (result.ok()) {
      const std::string& dir = options.content_dir;
      const std::string pages = std::to_string(result.pages);
      std::cout << Text("No errors in " + dir + "/ (" + pages + " pages checked)",
                        "Aucune erreur dans " + dir + "/ (" + pages + " pages vérifiées)")
                       .In(result.diags.language())
                << "\n";
    }
  }
  return result.ok() ? kExitOk : kExitContentErrors;
}

}  // namespace maillon
