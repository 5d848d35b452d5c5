// Command-line parsing: flags into plain option structs, usage errors as values.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace maillon {

// One flag a command accepts.
struct FlagSpec {
  std::string name;        // "--content"
  std::string value_name;  // "DIR"; empty for a switch such as --drafts
  std::string help;
};

struct ParsedArgs {
  std::vector<std::pair<std::string, std::string>> flags;  // name -> value ("" for switches)
  std::vector<std::string> positional;
  bool help = false;
  std::string error;  // a usage error, already phrased for the user

  // The last value given for `name`, if any.
  std::optional<std::string> Get(const std::string& name) const;
  bool Has(const std::string& name) const;
};

// Parses argv[first..] against `specs`: "--flag value", "--flag=value", switches, "--help"/"-h".
// An unknown flag gets a "did you mean" from the known ones; with `open`, it is kept with its
// value instead, for the caller to check (`maillon new`'s --FIELD VALUE), and "--" is an
// argument.
ParsedArgs ParseArgs(const std::vector<std::string>& args, const std::vector<FlagSpec>& specs,
                     bool open = false);

// The "Options:" block of a command's help.
std::string FlagsHelp(const std::vector<FlagSpec>& specs);

}  // namespace maillon
