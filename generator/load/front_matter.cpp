// SplitFrontMatter: the "---" fenced YAML block at the top of a Markdown file.
#include "load/front_matter.h"

namespace maillon {

namespace {

// The line without trailing spaces and tabs (fences may carry invisible trailing blanks).
std::string_view TrimRight(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line;
}

// The line starting at `start` (without its '\n') and where the next line starts.
std::string_view LineAt(std::string_view text, size_t start, size_t* next) {
  size_t end = text.find('\n', start);
  if (end == std::string_view::npos) {
    *next = text.size();
    return text.substr(start);
  }
  *next = end + 1;
  return text.substr(start, end - start);
}

}  // namespace

FrontMatterView SplitFrontMatterView(std::string_view text, const SourcePos& file,
                                     Diagnostics& diags) {
  FrontMatterView fm;
  size_t next = 0;
  if (TrimRight(LineAt(text, 0, &next)) != "---") {
    fm.body = text;
    fm.body_line = 1;
    return fm;
  }
  fm.found = true;
  const size_t yaml_start = next;
  int line = 2;
  for (size_t start = yaml_start; start < text.size(); start = next, ++line) {
    std::string_view fence = TrimRight(LineAt(text, start, &next));
    if (fence == "---" || fence == "...") {
      fm.yaml = text.substr(yaml_start, start - yaml_start);
      fm.yaml_line = 2;
      fm.body = text.substr(next);
      fm.body_line = line + 1;
      return fm;
    }
  }
  diags.Error(MakePos(file.file, 1, 1), "",
              {"front matter opened here is never closed; add a line with --- after the last "
               "field",
               "l'en-tête ouvert ici n'est jamais fermé ; ajoutez une ligne --- après le dernier "
               "champ"});
  fm.yaml_line = 2;
  fm.body_line = line;
  return fm;
}

FrontMatter SplitFrontMatter(std::string_view text, const SourcePos& file, Diagnostics& diags) {
  const FrontMatterView view = SplitFrontMatterView(text, file, diags);
  FrontMatter fm;
  fm.found = view.found;
  fm.yaml = std::string(view.yaml);
  fm.yaml_line = view.yaml_line;
  fm.body = std::string(view.body);
  fm.body_line = view.body_line;
  return fm;
}

}  // namespace maillon
