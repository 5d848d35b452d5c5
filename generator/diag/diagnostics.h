// Errors and warnings carried as values: every phase appends, the CLI prints them once.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "diag/source_pos.h"
#include "diag/text.h"

namespace maillon {

enum class Severity { kError, kWarning };

struct Diagnostic {
  Severity severity = Severity::kError;
  SourcePos pos;
  std::string field;       // dotted field path ("registration.phone"); empty for file-level problems
  std::string message;     // what is wrong and what was expected (English)
  std::string suggestion;  // "did you mean 'manseau'?"; may be empty
  std::string message_fr;     // the same in French; empty when not translated
  std::string suggestion_fr;

  const std::string& Message(Language language) const;
  const std::string& Suggestion(Language language) const;
};

class Diagnostics {
 public:
  void Error(SourcePos pos, std::string field, Text message, Text suggestion = {});
  void Warning(SourcePos pos, std::string field, Text message, Text suggestion = {});
  void Add(Diagnostic d);
  // Moves every diagnostic of `other` into this one (used to merge per-thread results).
  void Merge(Diagnostics&& other);

  // The language messages are printed in: the site's (set once site.yaml is read); English
  // until then, so that unit tests and tools read one language.
  Language language() const { return language_; }
  void set_language(Language language) { language_ = language; }

  bool HasErrors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return warnings_; }
  const std::vector<Diagnostic>& all() const { return items_; }
  // The diagnostics sorted by file, line and column (errors before warnings at one place).
  std::vector<Diagnostic> Sorted() const;
  // The paths of the files an error was reported in.
  std::set<std::string> FilesWithErrors() const;

 private:
  std::vector<Diagnostic> items_;
  int errors_ = 0;
  int warnings_ = 0;
  Language language_ = Language::kEnglish;
};

// One diagnostic as "file:line:col: error: field 'x': message; suggestion", or in French
// "file:line:col: erreur : champ « x » : message ; suggestion".
std::string FormatHeadline(const Diagnostic& d, Language language = Language::kEnglish);

// Returns the text of line `line` (1-based) of `path`, or nothing when unknown.
using SourceLineFn = std::function<std::string(const std::string& path, int line)>;

// Every diagnostic, sorted, each followed by its source line and a caret under the column when
// `source_line` knows it; then a summary line ("2 errors, 1 warning"); in diags.language().
std::string FormatText(const Diagnostics& diags, const SourceLineFn& source_line);

// The diagnostics as a JSON array of objects (file, line, col, severity, field, message,
// suggestion, in diags.language()), for tools.
std::string FormatJson(const Diagnostics& diags);

// GitHub Actions workflow commands ("::error file=F,line=L,col=C,title=T::message"): GitHub shows
// each one on the line of the pull request's diff, and in the run's summary.
std::string FormatGithub(const Diagnostics& diags);

// A GitLab Code Quality report (a JSON array of issues with description, check_name,
// fingerprint, severity and location): GitLab shows it in the merge request.
std::string FormatGitlab(const Diagnostics& diags);

}  // namespace maillon
