// Expanding an activity's weekly or monthly recurrence into dated occurrences.
#include "model/recurrence.h"

#include <algorithm>

namespace maillon {

namespace {

// Far more periods than kMaxOccurrences could need even when most are skipped (the 29th of
// February every year), so a loop that only skips still ends.
constexpr int kMaxPeriods = 10000;

long WallMinutes(const DateTime& t) {
  return DaysFromCivil(t.date) * 1440L + t.time.hour * 60L + t.time.minute;
}

DateTime FromWallMinutes(long minutes) {
  const long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  const long rest = minutes - days * 1440;
  return DateTime{CivilFromDays(days),
                  Time{static_cast<int>(rest / 60), static_cast<int>(rest % 60)}};
}

// The date of period `k` (0 is the start), or nothing when that period has no such day.
std::optional<Date> PeriodDate(const Date& start, const Recurrence& r, int k) {
  const int step = std::max(1, r.interval) * k;
  if (r.every == Frequency::kWeekly) return AddDays(start, 7L * step);
  if (!r.by_weekday) return AddMonths(start, step);
  // "The 2nd Tuesday": the rank of the start date's weekday in its month; a 5th one only
  // exists in some months, so it means "the last".
  const int rank = (start.day - 1) / 7 + 1;
  const std::optional<Date> month = AddMonths(Date{start.year, start.month, 1}, step);
  if (!month) return std::nullopt;
  return NthWeekdayOfMonth(month->year, month->month, Weekday(start), rank == 5 ? -1 : rank);
}

}  // namespace

std::vector<Occurrence> ExpandOccurrences(const Activity& activity) {
  bool truncated = false;
  return ExpandOccurrences(activity, &truncated);
}

std::vector<Occurrence> ExpandOccurrences(const Activity& activity, bool* truncated) {
  *truncated = false;
  const DateTime& start = activity.start.value;
  // Wall-clock duration, so that 13:30-15:30 stays 13:30-15:30 across a DST change.
  const long duration = WallMinutes(activity.end.value) - WallMinutes(start);
  if (!activity.recurrence) return {Occurrence{start, activity.end.value}};

  const Recurrence& r = *activity.recurrence;
  std::vector<Occurrence> out;
  for (int k = 0; k < kMaxPeriods; ++k) {
    if (r.count && static_cast<int>(out.size()) >= *r.count) break;
    const std::optional<Date> date = PeriodDate(start.date, r, k);
    if (!date) continue;  // the 31st in April: that month has no occurrence
    if (date->year > 9999) break;
    if (r.until && *date > *r.until) break;
    if (std::find(r.except.begin(), r.except.end(), *date) != r.except.end()) continue;
    if (static_cast<int>(out.size()) >= kMaxOccurrences) {
      *truncated = true;
      break;
    }
    const DateTime begin{*date, start.time};
    out.push_back(Occurrence{begin, FromWallMinutes(WallMinutes(begin) + duration)});
  }
  return out;
}

}  // namespace maillon
