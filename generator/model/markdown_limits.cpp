// SlowMarkdown: upper bounds, in one pass each, of the renderer's quadratic cases (see the
// cmark-gfm advisories fixed after 0.29.0.gfm.6: inline HTML openers, table rows and cells).
#include "model/markdown_limits.h"

#include <algorithm>
#include <string>

namespace maillon {

namespace {

// Where the paragraph holding byte `from` ends at the latest: the next blank line, or the end.
size_t ParagraphEnd(std::string_view text, size_t from) {
  for (size_t nl = text.find('\n', from); nl != std::string_view::npos;
       nl = text.find('\n', nl + 1)) {
    const size_t next = text.find_first_not_of(" \t", nl + 1);
    if (next == std::string_view::npos) return text.size();
    if (text[next] == '\n') return nl;
  }
  return text.size();
}

// The openers of inline raw HTML that the renderer scans for `close` from, to the end of the
// paragraph when none comes. (A comment's scan stops at its first "--": no need to bound it.)
struct Opener {
  std::string_view open;
  std::string_view close;
  bool declaration = false;  // "<!", a name, a blank ("<!DOCTYPE html>")
};
constexpr Opener kOpeners[] = {{"<?", "?>"}, {"<![CDATA[", "]]>"}, {"<!", ">", true}};

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether a declaration's name and blank follow `at`: without them the renderer gives up at once.
bool DeclarationAt(std::string_view text, size_t at) {
  size_t i = at;
  while (i < text.size() && IsAsciiLetter(text[i])) ++i;
  return i > at && i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n');
}

std::optional<MarkdownProblem> UnclosedOpeners(std::string_view text,
                                               const MarkdownLimits& limits) {
  for (const Opener& o : kOpeners) {
    size_t cost = 0;
    size_t first = std::string_view::npos;
    size_t closer = 0;  // the next closer at or after the opener, found once per stretch
    size_t paragraph_end = 0;
    for (size_t at = text.find(o.open); at != std::string_view::npos;
         at = text.find(o.open, at + 1)) {
      const size_t after = at + o.open.size();
      if (o.declaration && !DeclarationAt(text, after)) continue;
      if (closer != std::string_view::npos && closer < after) closer = text.find(o.close, after);
      if (paragraph_end <= at) paragraph_end = ParagraphEnd(text, at);
      const size_t end =
          std::min(closer == std::string_view::npos ? text.size() : closer, paragraph_end);
      if (end <= after) continue;  // closed at once: no search in vain
      if (first == std::string_view::npos) first = at;
      cost += end - at;
      if (cost <= limits.max_unclosed_scan) continue;
      const std::string shown(o.open);
      const std::string close(o.close);
      const std::string escaped = "&lt;" + shown.substr(1);
      return MarkdownProblem{
          first,
          {"too many '" + shown + "' with no '" + close + "' after them in their paragraph: "
           "the Markdown renderer would take minutes on this text; write '" + escaped +
               "' where '" + shown + "' itself is meant",
           "trop de « " + shown + " » sans « " + close + " » après eux dans leur paragraphe : "
           "le rendu Markdown de ce texte prendrait des minutes ; écrivez « " + escaped +
               " » là où « " + shown + " » doit s'afficher tel quel"}};
    }
  }
  return std::nullopt;
}

// A line without the indentation and '>' of the lists and quotes it may sit in.
std::string_view Unquoted(std::string_view line) {
  const size_t start = line.find_first_not_of(" \t>");
  return start == std::string_view::npos ? std::string_view() : line.substr(start);
}

// The '|' of a line that separate cells (not escaped with a backslash).
size_t CellSeparators(std::string_view line) {
  size_t n = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '|') {
      ++n;
    }
  }
  return n;
}

// The number of columns when `line` is a table's delimiter row ("|---|:--:|"), else 0.
size_t DelimiterColumns(std::string_view line) {
  if (line.find_first_not_of("|:- \t") != std::string_view::npos) return 0;
  if (line.find('|') == std::string_view::npos) return 0;
  size_t columns = 0;
  bool dash = false;
  for (char c : line) {
    if (c == '-') dash = true;
    if (c == '|') {
      columns += dash;
      dash = false;
    }
  }
  return columns + dash;
}

MarkdownProblem TooManyColumns(size_t offset, size_t found, size_t max) {
  const std::string n = std::to_string(found);
  const std::string limit = std::to_string(max);
  return {offset,
          {"table row with " + n + " columns ('|'), more than " + limit + ": the Markdown "
           "renderer's time grows with the square of their number; split the table",
           "ligne de tableau de " + n + " colonnes (« | »), plus de " + limit + " : le temps "
           "du rendu Markdown croît avec le carré de leur nombre ; divisez le tableau"}};
}

std::optional<MarkdownProblem> BigTables(std::string_view text, const MarkdownLimits& limits) {
  const auto too_wide = [&](size_t columns) { return columns > limits.max_table_columns; };
  size_t cells = 0;
  size_t columns = 0;   // of the table the line is in; 0 outside tables
  size_t previous = 0;  // where the previous line starts
  bool previous_blank = true;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Unquoted(text.substr(start, end - start));
    const bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
    if (blank) columns = 0;
    const size_t separators = CellSeparators(line);
    const size_t delimiter = separators > 0 && !previous_blank ? DelimiterColumns(line) : 0;
    if (delimiter > 0) {
      // A table starts: the line above is its header, counted as its first row.
      const size_t header = CellSeparators(Unquoted(text.substr(previous, start - previous)));
      if (too_wide(header)) return TooManyColumns(previous, header, limits.max_table_columns);
      if (too_wide(delimiter)) return TooManyColumns(start, delimiter, limits.max_table_columns);
      columns = delimiter;
      cells += columns;
    } else if (columns > 0) {
      if (too_wide(separators)) return TooManyColumns(start, separators, limits.max_table_columns);
      cells += std::max(columns, separators + 1);
    }
    if (cells > limits.max_table_cells) {
      const std::string n = std::to_string(limits.max_table_cells);
      return MarkdownProblem{
          start,
          {"the tables of this text have more than " + n + " cells (columns × rows); split "
           "them, or put the data in a file under static/",
           "les tableaux de ce texte ont plus de " + n + " cellules (colonnes × lignes) ; "
           "divisez-les, ou mettez les données dans un fichier sous static/"}};
    }
    previous_blank = blank;
    previous = start;
    start = end + 1;
  }
  return std::nullopt;
}

}  // namespace

std::optional<MarkdownProblem> SlowMarkdown(std::string_view markdown,
                                            const MarkdownLimits& limits) {
  // Most texts have neither: two fast scans settle them.
  if (markdown.find('<') != std::string_view::npos) {
    if (auto problem = UnclosedOpeners(markdown, limits)) return problem;
  }
  if (markdown.find('|') != std::string_view::npos) return BigTables(markdown, limits);
  return std::nullopt;
}

}  // namespace maillon
