// CheckMarkdownValue, CheckMarkdownBody: SlowMarkdown's findings as diagnostics.
#include "validate/markdown_checks.h"

#include <algorithm>
#include <string_view>

#include "model/markdown_limits.h"

namespace maillon {

bool CheckMarkdownValue(const Node& value, const std::string& field, Diagnostics& diags) {
  if (!value.IsScalar()) return true;
  std::optional<MarkdownProblem> problem = SlowMarkdown(value.scalar);
  if (!problem) return true;
  // A YAML value's lines do not map one to one to the file's (folding, indentation).
  diags.Error(value.pos, field, std::move(problem->message));
  return false;
}

void CheckMarkdownBody(const Document& doc, Diagnostics& diags) {
  if (!doc.is_markdown) return;
  std::optional<MarkdownProblem> problem = SlowMarkdown(doc.body);
  if (!problem) return;
  const std::string_view before = std::string_view(doc.body).substr(0, problem->offset);
  const size_t nl = before.rfind('\n');
  const auto lines = std::count(before.begin(), before.end(), '\n');
  const size_t col = nl == std::string_view::npos ? before.size() : before.size() - nl - 1;
  diags.Error(MakePos(doc.pos.file, std::max(doc.body_line, 1) + static_cast<int>(lines),
                      static_cast<int>(col) + 1),
              "", std::move(problem->message));
}

}  // namespace maillon
