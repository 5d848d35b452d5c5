// Expanding an activity's recurrence into dated occurrences.
#pragma once

#include <vector>

#include "model/content.h"

namespace maillon {

// At most this many occurrences per activity: a typo in `until` must not blow up a build.
inline constexpr int kMaxOccurrences = 520;

// Every occurrence of the activity in date order: the first one at `start`/`end`, then one per
// period of its recurrence up to `until` (inclusive) or `count`, skipping `except` dates and
// days that do not exist (the 31st in April). Without recurrence, the single occurrence.
std::vector<Occurrence> ExpandOccurrences(const Activity& activity);
// The same, and sets `*truncated` when the series went on past kMaxOccurrences and was cut.
std::vector<Occurrence> ExpandOccurrences(const Activity& activity, bool* truncated);

}  // namespace maillon
