// Collecting, sorting and printing diagnostics.
#include "diag/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace maillon {

void Diagnostics::Error(SourcePos pos, std::string field, std::string message,
                        std::string suggestion) {
  Add({Severity::kError, std::move(pos), std::move(field), std::move(message),
       std::move(suggestion)});
}

void Diagnostics::Warning(SourcePos pos, std::string field, std::string message,
                          std::string suggestion) {
  Add({Severity::kWarning, std::move(pos), std::move(field), std::move(message),
       std::move(suggestion)});
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

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.path(), a.pos.line, a.pos.col, a.severity) <
           std::tie(b.pos.path(), b.pos.line, b.pos.col, b.severity);
  });
  return out;
}

std::string FormatHeadline(const Diagnostic& d) {
  std::string out = d.pos.ToString();
  out += d.severity == Severity::kError ? ": error: " : ": warning: ";
  if (!d.field.empty()) out += "field '" + d.field + "': ";
  out += d.message;
  if (!d.suggestion.empty()) out += "; " + d.suggestion;
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

std::string Plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
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
  std::string out;
  for (const Diagnostic& d : diags.Sorted()) {
    out += FormatHeadline(d) + "\n";
    if (source_line && d.pos.line > 0) {
      std::string line = source_line(d.pos.path(), d.pos.line);
      if (!line.empty() && d.pos.col > 0) out += QuoteWithCaret(line, d.pos.col);
    }
  }
  if (diags.error_count() || diags.warning_count()) {
    out += Plural(diags.error_count(), "error") + ", " + Plural(diags.warning_count(), "warning") +
           "\n";
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
    AppendJsonString(out, d.message);
    out += ", \"suggestion\": ";
    AppendJsonString(out, d.suggestion);
    out += "}";
  }
  out += first ? "]\n" : "\n]\n";
  return out;
}

}  // namespace maillon
