// Flag parsing shared by every command.
#include "cli/args.h"

#include <algorithm>

#include "diag/spellcheck.h"

namespace maillon {

std::optional<std::string> ParsedArgs::Get(const std::string& name) const {
  for (auto it = flags.rbegin(); it != flags.rend(); ++it) {
    if (it->first == name) return it->second;
  }
  return std::nullopt;
}

bool ParsedArgs::Has(const std::string& name) const { return Get(name).has_value(); }

ParsedArgs ParseArgs(const std::vector<std::string>& args, const std::vector<FlagSpec>& specs,
                     bool open) {
  ParsedArgs out;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      out.help = true;
      continue;
    }
    if (!arg.starts_with("--") || (open && arg == "--")) {
      out.positional.push_back(arg);
      continue;
    }
    std::string name = arg, value;
    bool inline_value = false;
    if (size_t eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      inline_value = true;
    }
    auto spec = std::find_if(specs.begin(), specs.end(),
                             [&](const FlagSpec& s) { return s.name == name; });
    if (spec == specs.end() && open) {
      if (!inline_value) {
        if (i + 1 >= args.size()) {
          out.error = "option '" + name + "' needs a value";
          return out;
        }
        value = args[++i];
      }
      out.flags.emplace_back(name, value);
      continue;
    }
    if (spec == specs.end()) {
      std::vector<std::string> names;
      for (const FlagSpec& s : specs) names.push_back(s.name);
      std::string hint = DidYouMean(ClosestMatches(name, names)).en;
      out.error = "unknown option '" + name + "'" + (hint.empty() ? "" : "; " + hint);
      return out;
    }
    if (spec->value_name.empty()) {
      if (inline_value) {
        out.error = "option '" + name + "' takes no value";
        return out;
      }
    } else if (!inline_value) {
      if (i + 1 >= args.size()) {
        out.error = "option '" + name + "' needs a value (" + spec->value_name + ")";
        return out;
      }
      value = args[++i];
    }
    out.flags.emplace_back(name, value);
  }
  return out;
}

std::string FlagsHelp(const std::vector<FlagSpec>& specs) {
  std::string out = "Options:\n";
  for (const FlagSpec& s : specs) {
    std::string left = "  " + s.name + (s.value_name.empty() ? "" : " " + s.value_name);
    if (left.size() < 24) left.resize(24, ' ');
    else left += "\n" + std::string(24, ' ');
    out += left + s.help + "\n";
  }
  out += "  -h, --help              show this help\n";
  return out;
}

}  // namespace maillon
