// Edit distance and suggestions.
#include "diag/spellcheck.h"

#include <algorithm>
#include <cctype>

namespace maillon {

int EditDistance(std::string_view a, std::string_view b, int max_distance) {
  // Optimal string alignment: insertions, deletions, substitutions and swaps of two adjacent
  // letters ("titel" -> "title") each cost one.
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > max_distance) return max_distance + 1;
  std::vector<int> before(m + 1), prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], before[j - 2] + 1);
      }
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > max_distance) return max_distance + 1;
    before.swap(prev);
    prev.swap(cur);
  }
  return prev[m];
}

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::vector<std::string> ClosestMatches(std::string_view word,
                                        const std::vector<std::string>& candidates,
                                        size_t limit) {
  const std::string w = Lower(word);
  const int max_distance = std::max(1, static_cast<int>(w.size()) / 3);
  std::vector<std::pair<int, std::string>> scored;
  for (const std::string& c : candidates) {
    const std::string lc = Lower(c);
    int d = EditDistance(w, lc, max_distance);
    // A candidate that starts with the word, or contains it, is a good hint too ("becan" ->
    // "becancour"), ranked after true near-misses.
    if (d > max_distance && w.size() >= 3 && lc.find(w) != std::string::npos) d = max_distance;
    if (d <= max_distance) scored.emplace_back(d, c);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (auto& [d, c] : scored) {
    if (out.size() >= limit) break;
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

Text DidYouMean(const std::vector<std::string>& matches) {
  if (matches.empty()) return {};
  std::vector<Text> quoted;
  for (const std::string& m : matches) quoted.push_back(Quoted(m));
  return Text("did you mean ", "vouliez-vous dire ") + JoinedOr(quoted) + Text("?", " ?");
}

}  // namespace maillon
