// "Did you mean ...": the known names closest to a misspelt one, by edit distance.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/text.h"

namespace maillon {

// Levenshtein distance between two byte strings, or max_distance + 1 when it exceeds it.
int EditDistance(std::string_view a, std::string_view b, int max_distance);

// Up to `limit` candidates closest to `word` (case-insensitive, accents kept), closest first;
// only those within a distance that grows with the word's length (about a third of it).
std::vector<std::string> ClosestMatches(std::string_view word,
                                        const std::vector<std::string>& candidates,
                                        size_t limit = 3);

// "did you mean 'a'?" or "did you mean 'a', 'b' or 'c'?" (« vouliez-vous dire « a » ? »); empty
// when `matches` is empty.
Text DidYouMean(const std::vector<std::string>& matches);

}  // namespace maillon
