// French typography over a block's inline pieces, so quotes and spaces work across emphasis.
#pragma once

#include <string>
#include <vector>

namespace maillon {

// One inline piece of a paragraph or heading, in reading order.
struct TypographyRun {
  enum class Kind {
    kText,    // text to typeset
    kBreak,   // a line break: reads as a space, is never changed
    kObject,  // code, an image, raw HTML: reads as a word, is never changed
  };
  Kind kind = Kind::kText;
  std::string text;  // only for kText
};

// Typesets the runs as one text (see TypesetFrench) and returns one string per run: the new text
// of each kText run, an empty string for the others.
std::vector<std::string> TypesetFrenchRuns(const std::vector<TypographyRun>& runs);

}  // namespace maillon
