// `maillon new KIND SLUG`: a content file written from its kind's schema, checked as `maillon
// check` checks it (every value, then references to the existing content), created only when
// it is valid and no file has that slug.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

#include "cli/args.h"
#include "cli/build_options.h"
#include "cli/commands.h"
#include "cli/new_args.h"
#include "diag/spellcheck.h"
#include "load/content_tree.h"
#include "load/read_file.h"
#include "model/text.h"
#include "resolve/references.h"
#include "validate/json_schema.h"
#include "validate/scaffold.h"
#include "validate/static_files.h"
#include "validate/validate_content.h"

namespace fs = std::filesystem;

namespace maillon {
namespace {

const char* kNewHelp =
    "Usage: maillon new KIND SLUG [--FIELD VALUE]... [options]\n\n"
    "Creates content/FOLDER/SLUG.md (or .yaml) for a new item, written from the kind's schema:\n"
    "required fields filled in (a title from the slug, today's date, existing references),\n"
    "optional fields as commented-out lines with their description and an example, in the\n"
    "site's language. --FIELD VALUE fills a field: --title \"Souper de Noël\", --start\n"
    "2026-12-18T17:30, --recurrence.every week (a field of a mapping), --suppers.date\n"
    "2027-01-21 (of a list's first item), --municipalities \"manseau, lemieux\" (a list).\n"
    "Each value is checked as 'maillon check' checks it, references to other files included,\n"
    "and nothing is written unless the new file is valid. An existing file is never replaced.\n"
    "Prints the path of the file created.\n"
    "Exit status: 0 created, 1 refused (invalid slug or value, file exists), 2 wrong usage.\n\n";

// "Kinds:" and each kind with its description, from the schema.
std::string KindsHelp() {
  std::string out = "Kinds ('maillon new KIND --help' lists the kind's fields):\n";
  for (const KindSchema* k : NewKinds()) {
    std::string left = "  " + k->kind;
    left.resize(24, ' ');
    out += left + k->description + " (" + k->folder + "/)\n";
  }
  return out + "\n";
}

std::vector<FlagSpec> NewFlagSpecs() {
  return {
      {"--content", "DIR", "content folder (default: content)"},
      {"--format", "md|yaml", "Markdown with front matter, or YAML (default: md if allowed)"},
      {"--now", "DATETIME", "the current time (America/Toronto), e.g. 2026-11-25T09:00"},
  };
}

// Markdown or YAML: --format, else Markdown when the kind allows it. Returns a usage error, or "".
std::string FormatFor(const KindSchema& kind, const std::string& format, bool* markdown) {
  *markdown = format.empty() ? kind.allows_markdown : format == "md";
  if (!format.empty() && format != "md" && format != "yaml") {
    return "--format expects md or yaml, got '" + format + "'";
  }
  if (*markdown ? !kind.allows_markdown : !kind.allows_yaml) {
    return kind.kind + " files are " + (*markdown ? "YAML" : "Markdown") + " only: --format " +
           (*markdown ? "yaml" : "md");
  }
  return "";
}

int UsageError(const std::string& message) {
  std::cerr << "maillon new: " << message << "\nRun 'maillon new --help' for the options.\n";
  return kExitUsage;
}

// What the content folder already holds that a new file depends on.
struct ExistingContent {
  bool present = false;  // there is a site.yaml: references are checked, its language used
  Content content;
  std::map<std::string, std::vector<std::string>> slugs;  // by folder, and "categories"
  std::set<std::string> static_files;                     // under content/static/
};

ExistingContent LoadExisting(const std::string& content_dir) {
  ExistingContent e;
  std::error_code ec;
  if (!fs::is_regular_file(fs::path(content_dir) / "site.yaml", ec)) return e;
  e.present = true;
  Diagnostics ignored;  // the content's own problems are for maillon check to report
  const LoadedContent loaded = LoadContentTree(content_dir, ignored);
  e.content = ValidateContent(loaded.documents, ignored);
  for (const Document& doc : loaded.documents) {
    if (!doc.folder.empty()) e.slugs[doc.folder].push_back(doc.slug);
  }
  for (const Category& c : e.content.categories) e.slugs["categories"].push_back(c.slug);
  e.static_files.insert(loaded.static_files.begin(), loaded.static_files.end());
  return e;
}

// The file that already has this slug in the kind's folder, whatever its extension; "".
std::string FileWithSlug(const std::string& folder_path, const std::string& slug) {
  for (const char* ext : {".md", ".yaml", ".yml"}) {
    const std::string path = JoinDisplayPath(folder_path, slug + ext);
    std::error_code ec;
    if (fs::exists(path, ec)) return path;
  }
  return "";
}

// The kind's JSON Schema as a path from the new file's folder: in the nearest schemas/ folder
// above the content folder that has it (the repository's), else in schemas/ beside the
// content folder, where 'maillon schema' writes them by default.
std::string SchemaPathFrom(const std::string& content_dir, const std::string& file_dir,
                           const KindSchema& kind) {
  std::error_code ec;
  const fs::path content = fs::weakly_canonical(fs::absolute(content_dir, ec), ec);
  const std::string name = JsonSchemaFileName(kind);
  fs::path schema = content.parent_path() / "schemas" / name;
  for (fs::path dir = content; !dir.empty(); dir = dir.parent_path()) {
    if (fs::is_regular_file(dir / "schemas" / name, ec)) {
      schema = dir / "schemas" / name;
      break;
    }
    if (dir == dir.root_path()) break;
  }
  const fs::path from = fs::weakly_canonical(fs::absolute(file_dir, ec), ec);
  return schema.lexically_relative(from).generic_string();
}

// Checks the new file as maillon check would: its fields, then (when there is content) its
// references to other files and to static files. Returns what is said about the new file.
std::vector<Diagnostic> ProblemsOf(const std::string& path, const KindSchema& kind,
                                   const std::string& slug, const std::string& text,
                                   const std::string& content_dir, ExistingContent& existing) {
  Diagnostics diags;
  const Document doc = ParseDocument(path, kind.folder, slug, text, diags);
  ValidateDocument(doc, diags.HasErrors(), existing.content, diags);
  if (existing.present && !diags.HasErrors()) {
    CheckReferences(existing.content, diags);
    CheckStaticFiles(doc, kind, existing.static_files, JoinDisplayPath(content_dir, "static"),
                     diags);
  }
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : diags.Sorted()) {
    if (d.pos.path() == path) out.push_back(d);
  }
  return out;
}

// "--start 'demain'" for the value given for a diagnostic's field (or for a mapping or list
// above it: "suppers[0].date" -> --suppers.date), else "field 'end'"; empty for the file.
Text WhereIn(const NewArgs& args, const std::string& field) {
  std::string path;
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '[') {
      i = field.find(']', i);
      if (i == std::string::npos) break;
    } else {
      path += field[i];
    }
  }
  while (!path.empty()) {
    if (auto it = args.fields.find(path); it != args.fields.end()) {
      return Text("--" + path + " ") + Quoted(it->second);
    }
    const size_t dot = path.rfind('.');
    path = dot == std::string::npos ? "" : path.substr(0, dot);
  }
  if (field.empty()) return {};
  return {"field '" + field + "'", "champ « " + field + " »"};
}

// A problem of the new file as `maillon new` says it: where, what, and the suggestion.
Text Explained(const Diagnostic& d, const NewArgs& args) {
  Text out = WhereIn(args, d.field);
  if (!out.empty()) out += Text(": ", " : ");
  out += Text(d.message, d.message_fr);
  if (!d.suggestion.empty()) out += Text("; ", " ; ") + Text(d.suggestion, d.suggestion_fr);
  return out;
}

// Prints "maillon new: MESSAGE" in the site's language.
void Say(const Text& message, Language language) {
  std::cerr << "maillon new: " << message.In(language) << "\n";
}

Text AlreadyExists(const std::string& path) {
  return {path + " already exists; maillon new never replaces a file",
          path + " existe déjà ; maillon new ne remplace jamais un fichier"};
}

// Creates `path` holding `text`, never replacing a file (even one made meanwhile). Returns
// the error, or an empty text.
Text CreateFile(const std::string& path, const std::string& text) {
  std::error_code ec;
  const fs::path dir = fs::path(path).parent_path();
  if (!dir.empty() && !fs::create_directories(dir, ec) && ec) {
    const std::string folder = dir.generic_string();
    return {"cannot create the folder " + folder + ": " + ec.message(),
            "impossible de créer le dossier " + folder + " : " + ec.message()};
  }
  std::FILE* file = std::fopen(path.c_str(), "wx");
  if (!file) {
    const std::string reason = std::strerror(errno);
    return errno == EEXIST ? AlreadyExists(path)
                           : Text("cannot create " + path + ": " + reason,
                                  "impossible de créer " + path + " : " + reason);
  }
  const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  if (std::fclose(file) != 0 || !written) {
    const std::string reason = std::strerror(errno);
    std::remove(path.c_str());
    return {"cannot write " + path + ": " + reason, "impossible d'écrire " + path + " : " + reason};
  }
  return {};
}

}  // namespace

int RunNewCommand(const std::vector<std::string>& args) {
  const NewArgs parsed = ParseNewArgs(args);
  if (!parsed.error.empty()) return UsageError(parsed.error);
  std::string error;
  const KindSchema* kind =
      parsed.positional.empty() ? nullptr : KindForNew(parsed.positional[0], &error);
  if (parsed.help) {
    std::cout << kNewHelp << KindsHelp() << FlagsHelp(NewFlagSpecs());
    if (kind) std::cout << "\n" << FieldsHelp(*kind);
    return kExitOk;
  }
  if (parsed.positional.size() != 2) {
    return UsageError(parsed.positional.size() < 2
                          ? "expected a kind and a slug, e.g. maillon new news souper-manseau"
                          : "unexpected argument '" + parsed.positional[2] + "'");
  }
  if (!kind) return UsageError(error);
  if (error = CheckFieldNames(*kind, parsed); !error.empty()) return UsageError(error);

  bool markdown = false;
  DateTime now;
  if (error = FormatFor(*kind, parsed.format, &markdown); !error.empty()) return UsageError(error);
  if (error = NowFromArg(parsed.now, &now); !error.empty()) return UsageError(error);

  // Refusals are said in the site's language, as maillon check says problems (French when
  // there is no site.yaml: the default language).
  ExistingContent existing = LoadExisting(parsed.content_dir);
  const Language language =
      existing.present ? LanguageOf(existing.content.site.language) : Language::kFrench;
  const std::string& slug = parsed.positional[1];
  if (!IsSlug(slug)) {
    const std::string fixed = Slugify(slug);
    Text message = Quoted(slug) + Text(
                                      " is not a slug: a slug is lowercase letters, digits and "
                                      "hyphens",
                                      " n'est pas un identifiant : un identifiant s'écrit en "
                                      "lettres minuscules, chiffres et traits d'union");
    if (!fixed.empty()) message += Text("; ", " ; ") + DidYouMean({fixed});
    Say(message, language);
    return kExitContentErrors;
  }
  const std::string folder = JoinDisplayPath(parsed.content_dir, kind->folder);
  const std::string path = JoinDisplayPath(folder, slug + (markdown ? ".md" : ".yaml"));
  if (const std::string taken = FileWithSlug(folder, slug); !taken.empty()) {
    Text message = AlreadyExists(taken);
    if (taken != path) {
      message += Text(" (the slug is the file name, whatever its extension)",
                      " (l'identifiant est le nom du fichier, quelle que soit son extension)");
    }
    Say(message, language);
    return kExitContentErrors;
  }

  ScaffoldOptions options;
  options.slug = slug;
  options.markdown = markdown;
  options.french = language == Language::kFrench;
  options.today = now.date;
  options.schema_path = SchemaPathFrom(parsed.content_dir, folder, *kind);
  options.values = parsed.fields;
  options.existing = existing.slugs;
  const std::string text = ScaffoldText(*kind, options);

  const std::vector<Diagnostic> problems =
      ProblemsOf(path, *kind, slug, text, parsed.content_dir, existing);
  bool refused = false;
  for (const Diagnostic& d : problems) {
    if (d.severity != Severity::kError) continue;
    Say(Explained(d, parsed), language);
    refused = true;
  }
  if (refused) {
    std::cerr << Text("Nothing was written.", "Rien n'a été écrit.").In(language) << "\n";
    return kExitContentErrors;
  }
  if (const Text failed = CreateFile(path, text); !failed.empty()) {
    Say(failed, language);
    return kExitContentErrors;
  }
  std::cout << path << "\n";
  for (const Diagnostic& d : problems) {  // warnings: what to do next ("add its suppers")
    std::cerr << Text("warning: ", "avertissement : ").In(language)
              << Explained(d, parsed).In(language) << "\n";
  }
  return kExitOk;
}

}  // namespace maillon
