// Collecting, sorting and printing diagnostics.
#include "diag/diagnostics.h"

#include <algorithm>
#include <cstdint>
#include <tuple>

namespace maillon {

namespace {

Diagnostic Make(Severity severity, SourcePos pos, std::string field, Text message,
                Text suggestion) {
  return {severity,         std::move(pos),        std::move(field),
          std::move(message.en), std::move(suggestion.en), std::move(message.fr),
          std::move(suggestion.fr)};
}

}  // namespace

const std::string& Diagnostic::Message(Language language) const {
  return language == Language::kFrench && !message_fr.empty() ? message_fr : message;
}

const std::string& Diagnostic::Suggestion(Language language) const {
  return language == Language::kFrench && !suggestion_fr.empty() ? suggestion_fr : suggestion;
}

void Diagnostics::Error(SourcePos pos, std::string field, Text message, Text suggestion) {
  Add(Make(Severity::kError, std::move(pos), std::move(field), std::move(message),
           std::move(suggestion)));
}

void Diagnostics::Warning(SourcePos pos, std::string field, Text message, Text suggestion) {
  Add(Make(Severity::kWarning, std::move(pos), std::move(field), std::move(message),
           std::move(suggestion)));
}

void Diagnostics::Add(Diagnostic d) {
  (d.severity == Severity::kError ? errors_ : warnings_)++;
  items_.push_back(std::move(d));
}

void Diagnostics::Merge(Diagnostics&& other) {
  for (auto& d : other.items_) Add(std::move(d));
  other.items_.clear();
  other.errors_ = other.warnings_ = 0;
}

std::set<std::string> Diagnostics::FilesWithErrors() const {
  std::set<std::string> out;
  for (const Diagnostic& d : items_) {
    if (d.severity == Severity::kError) out.insert(d.pos.path());
  }
  return out;
}

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.path(), a.pos.line, a.pos.col, a.severity) <
           std::tie(b.pos.path(), b.pos.line, b.pos.col, b.severity);
  });
  return out;
}

std::string FormatHeadline(const Diagnostic& d, Language language) {
  const bool fr = language == Language::kFrench;
  std::string out = d.pos.ToString();
  if (fr) {
    out += d.severity == Severity::kError ? ": erreur : " : ": avertissement : ";
    if (!d.field.empty()) out += "champ « " + d.field + " » : ";
  } else {
    out += d.severity == Severity::kError ? ": error: " : ": warning: ";
    if (!d.field.empty()) out += "field '" + d.field + "': ";
  }
  out += d.Message(language);
  if (!d.suggestion.empty()) out += (fr ? " ; " : "; ") + d.Suggestion(language);
  return out;
}

namespace {

// The source line with tabs kept, and a caret line whose padding copies the tabs so the caret
// lands under the right byte in a terminal.
std::string QuoteWithCaret(const std::string& line, int col) {
  std::string out = "    " + line + "\n    ";
  for (int i = 0; i + 1 < col && i < static_cast<int>(line.size()); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == '\t') out += '\t';
    else if ((c & 0xC0) != 0x80) out += ' ';  // one space per UTF-8 character, not per byte
  }
  return out + "^\n";
}


void AppendJsonString(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

}  // namespace

std::string FormatText(const Diagnostics& diags, const SourceLineFn& source_line) {
  const Language language = diags.language();
  std::string out;
  for (const Diagnostic& d : diags.Sorted()) {
    out += FormatHeadline(d, language) + "\n";
    if (source_line && d.pos.line > 0) {
      std::string line = source_line(d.pos.path(), d.pos.line);
      if (!line.empty() && d.pos.col > 0) out += QuoteWithCaret(line, d.pos.col);
    }
  }
  if (diags.error_count() || diags.warning_count()) {
    const Text summary = Counted(diags.error_count(), "error", "errors", "erreur", "erreurs") + ", " +
                         Counted(diags.warning_count(), "warning", "warnings", "avertissement",
                                 "avertissements");
    out += summary.In(language) + "\n";
  }
  return out;
}

std::string FormatJson(const Diagnostics& diags) {
  std::string out = "[";
  bool first = true;
  for (const Diagnostic& d : diags.Sorted()) {
    out += first ? "\n  {" : ",\n  {";
    first = false;
    out += "\"file\": ";
    AppendJsonString(out, d.pos.path());
    out += ", \"line\": " + std::to_string(d.pos.line);
    out += ", \"col\": " + std::to_string(d.pos.col);
    out += ", \"severity\": ";
    out += d.severity == Severity::kError ? "\"error\"" : "\"warning\"";
    out += ", \"field\": ";
    AppendJsonString(out, d.field);
    out += ", \"message\": ";
    AppendJsonString(out, d.Message(diags.language()));
    out += ", \"suggestion\": ";
    AppendJsonString(out, d.Suggestion(diags.language()));
    out += "}";
  }
  out += first ? "]\n" : "\n]\n";
  return out;
}

namespace {

// The message as one line: headline text after the position, with the suggestion.
std::string MessageLine(const Diagnostic& d, Language language) {
  std::string out = d.Message(language);
  if (!d.suggestion.empty()) {
    out += (language == Language::kFrench ? " ; " : "; ") + d.Suggestion(language);
  }
  return out;
}

// GitHub's escaping of workflow command data and properties.
std::string GithubEscape(const std::string& s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

// FNV-1a: a fingerprint that stays the same from one run to the next for the same problem.
std::string Fingerprint(const std::string& text) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  static const char* hex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = hex[h & 15];
  return out;
}

}  // namespace

std::string FormatGithub(const Diagnostics& diags) {
  const Language language = diags.language();
  std::string out;
  for (const Diagnostic& d : diags.Sorted()) {
    out += d.severity == Severity::kError ? "::error " : "::warning ";
    out += "file=" + GithubEscape(d.pos.path(), true);
    if (d.pos.line > 0) out += ",line=" + std::to_string(d.pos.line);
    if (d.pos.col > 0) out += ",col=" + std::to_string(d.pos.col);
    std::string title = "Maillon";
    if (!d.field.empty()) {
      title += (language == Language::kFrench ? " : champ « " : ": field '") + d.field +
               (language == Language::kFrench ? " »" : "'");
    }
    out += ",title=" + GithubEscape(title, true);
    out += "::" + GithubEscape(MessageLine(d, language), false) + "\n";
  }
  return out;
}

std::string FormatGitlab(const Diagnostics& diags) {
  const Language language = diags.language();
  std::string out = "[";
  bool first = true;
  for (const Diagnostic& d : diags.Sorted()) {
    out += first ? "\n  {" : ",\n  {";
    first = false;
    const std::string message = MessageLine(d, language);
    out += "\"description\": ";
    AppendJsonString(out, d.field.empty() ? message : d.field + ": " + message);
    out += ", \"check_name\": \"maillon\", \"fingerprint\": ";
    AppendJsonString(out, Fingerprint(d.pos.ToString() + "\n" + d.field + "\n" + d.message));
    out += d.severity == Severity::kError ? ", \"severity\": \"major\"" : ", \"severity\": \"minor\"";
    out += ", \"location\": {\"path\": ";
    AppendJsonString(out, d.pos.path());
    out += ", \"lines\": {\"begin\": " + std::to_string(d.pos.line > 0 ? d.pos.line : 1) + "}}}";
  }
  out += first ? "]\n" : "\n]\n";
  return out;
}

}  // namespace maillon
