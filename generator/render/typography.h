// French (Québec) typography for text: quotes, apostrophes, non-breaking spaces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/typography_runs.h"

namespace maillon {

// "Il a dit "bonjour" : l'été..." -> "Il a dit « bonjour » : l’été…" with U+00A0 inside the
// guillemets and before ':', U+202F before ';', '!', '?' when a space was typed there, and
// "--" -> "–", "..." -> "…". Plain UTF-8 text in, plain text out (not HTML-escaped).
std::string TypesetFrench(std::string_view text);

// TypesetFrenchRuns for callers that keep the text elsewhere (Markdown nodes) and typeset many
// blocks: runs are added as views and copied once, and the buffers are reused from one block to
// the next. Add the runs of a block in reading order, call Typeset, then read Output(run).
class FrenchRunsTypesetter {
 public:
  // Forgets the runs of the previous block (keeps the memory).
  void Clear();
  void AddText(std::string_view text);
  void AddBreak();
  void AddObject();
  void Typeset();
  // After Typeset: the text typed for run `run` and its new text (empty for breaks, objects).
  std::string_view Input(size_t run) const;
  std::string_view Output(size_t run) const;
  size_t size() const { return kinds_.size(); }

 private:
  std::string text_;  // the runs one after another, a break as "\n", an object as U+FFFC
  std::vector<TypographyRun::Kind> kinds_;
  std::vector<size_t> ends_;  // end of each run in text_
  std::string out_;
  std::vector<size_t> out_ends_;  // end of each run's new text in out_
};

}  // namespace maillon
