// `maillon new` arguments: options, fields by name, and the kind to make.
#include "cli/new_args.h"

#include "cli/args.h"
#include "diag/spellcheck.h"
#include "validate/scaffold.h"

namespace maillon {

namespace {

// The options of `new` that are not fields.
const FlagSpec kNewOptions[] = {
    {"--content", "DIR", ""}, {"--format", "md|yaml", ""}, {"--now", "DATETIME", ""}};

}  // namespace

NewArgs ParseNewArgs(const std::vector<std::string>& args) {
  const ParsedArgs parsed =
      ParseArgs(args, {std::begin(kNewOptions), std::end(kNewOptions)}, /*open=*/true);
  NewArgs out;
  out.positional = parsed.positional;
  out.help = parsed.help;
  out.error = parsed.error;
  for (const auto& [name, value] : parsed.flags) {
    if (name == "--content") {
      out.content_dir = value;
    } else if (name == "--format") {
      out.format = value;
    } else if (name == "--now") {
      out.now = value;
    } else {
      out.fields[name.substr(2)] = value;  // checked against the kind by CheckFieldNames
    }
  }
  return out;
}

std::vector<const KindSchema*> NewKinds() {
  std::vector<const KindSchema*> kinds;
  for (const KindSchema& k : AllSchemas()) {
    if (!k.folder.empty()) kinds.push_back(&k);
  }
  return kinds;
}

const KindSchema* KindForNew(const std::string& name, std::string* error) {
  std::vector<std::string> names;
  for (const KindSchema* k : NewKinds()) {
    if (k->kind == name || k->folder == name) return k;
    names.push_back(k->kind);
  }
  for (const KindSchema& k : AllSchemas()) {
    if (k.folder.empty() && (k.kind == name || k.file_slug == name)) {
      *error = k.is_list_file ? "'" + name + "' is a list in " + k.file_slug +
                                    ".yaml: add an item to that file rather"
                              : "there is one " + k.file_slug + ".yaml: edit it rather";
      return nullptr;
    }
  }
  std::string kinds;
  for (const std::string& n : names) kinds += (kinds.empty() ? "" : ", ") + n;
  const std::string hint = DidYouMean(ClosestMatches(name, names)).en;
  *error = "unknown kind '" + name + "'" + (hint.empty() ? "" : "; " + hint) + "\nKinds: " + kinds;
  return nullptr;
}

std::string CheckFieldNames(const KindSchema& kind, const NewArgs& args) {
  std::vector<std::string> candidates;
  for (const std::string& path : FieldPaths(kind)) candidates.push_back("--" + path);
  for (const FlagSpec& option : kNewOptions) candidates.push_back(option.name);
  for (const auto& [path, value] : args.fields) {
    if (!FieldAtPath(kind, path)) {
      // Within a known mapping, the closest of its fields ("recurrence.untill").
      const size_t dot = path.rfind('.');
      const FieldSpec* parent =
          dot == std::string::npos ? nullptr : FieldAtPath(kind, path.substr(0, dot));
      std::vector<std::string> close;
      if (parent) {
        std::vector<std::string> names;
        for (const FieldSpec& f : parent->fields) names.push_back(f.name);
        for (const std::string& n : ClosestMatches(path.substr(dot + 1), names)) {
          close.push_back("--" + path.substr(0, dot + 1) + n);
        }
      } else {
        close = ClosestMatches("--" + path, candidates);
      }
      const std::string hint = DidYouMean(close).en;  // usage errors are in English
      return "unknown field '--" + path + "' for " + kind.kind +
             (hint.empty() ? "; see maillon new " + kind.kind + " --help" : "; " + hint);
    }
    // A whole value and one of its fields would be two values for one field.
    for (size_t dot = path.find('.'); dot != std::string::npos; dot = path.find('.', dot + 1)) {
      if (args.fields.count(path.substr(0, dot))) {
        return "give either --" + path.substr(0, dot) + " or --" + path + ", not both";
      }
    }
  }
  return "";
}

std::string FieldsHelp(const KindSchema& kind) {
  std::string out = "Fields of " + kind.kind + " (" + kind.description + "):\n";
  for (const std::string& path : FieldPaths(kind)) {
    const FieldSpec& f = *FieldAtPath(kind, path);
    std::string left = "  --" + path;
    if (left.size() < 24) {  // the column of FlagsHelp
      left.resize(24, ' ');
    } else {
      left += "\n" + std::string(24, ' ');
    }
    const size_t dot = path.rfind('.');
    const std::string required = !f.required ? ""
                                 : dot == std::string::npos
                                     ? "required; "
                                     : "required in " + path.substr(0, dot) + "; ";
    out += left + f.description + " (" + required + ToString(f.type) + ")\n";
  }
  return out;
}

}  // namespace maillon
