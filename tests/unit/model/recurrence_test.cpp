// Expanding weekly and monthly recurrences into occurrences.
#include "model/recurrence.h"

#include <doctest/doctest.h>

#include <vector>

using namespace maillon;

namespace {

Activity MakeActivity(DateTime start, DateTime end) {
  Activity a;
  a.start.value = start;
  a.end.value = end;
  return a;
}

Activity Weekly(Date first) {
  Activity a = MakeActivity({first, {13, 30}}, {first, {15, 30}});
  a.recurrence = Recurrence{};
  a.recurrence->every = Frequency::kWeekly;
  return a;
}

Activity Monthly(Date first, bool by_weekday) {
  Activity a = Weekly(first);
  a.recurrence->every = Frequency::kMonthly;
  a.recurrence->by_weekday = by_weekday;
  return a;
}

std::vector<Date> StartDates(const std::vector<Occurrence>& all) {
  std::vector<Date> out;
  for (const Occurrence& o : all) out.push_back(o.start.date);
  return out;
}

}  // namespace

TEST_CASE("without recurrence there is one occurrence") {
  const Activity a = MakeActivity({{2026, 1, 14}, {13, 30}}, {{2026, 1, 14}, {15, 30}});
  const std::vector<Occurrence> all = ExpandOccurrences(a);
  REQUIRE(all.size() == 1);
  CHECK(all[0].start == a.start.value);
  CHECK(all[0].end == a.end.value);
}

TEST_CASE("weekly until a date, inclusive, keeping the times") {
  Activity a = Weekly({2026, 1, 14});
  a.recurrence->until = Date{2026, 2, 11};
  const std::vector<Occurrence> all = ExpandOccurrences(a);
  CHECK(
      StartDates(all) ==
      std::vector<Date>{{2026, 1, 14}, {2026, 1, 21}, {2026, 1, 28}, {2026, 2, 4}, {2026, 2, 11}});
  for (const Occurrence& o : all) {
    CHECK(o.start.time == Time{13, 30});
    CHECK(o.end == DateTime{o.start.date, {15, 30}});
  }
}

TEST_CASE("weekly across the DST change keeps the wall-clock times") {
  Activity a = Weekly({2026, 3, 1});
  a.recurrence->until = Date{2026, 3, 15};
  const std::vector<Occurrence> all = ExpandOccurrences(a);
  REQUIRE(all.size() == 3);
  CHECK(all[1].start == DateTime{{2026, 3, 8}, {13, 30}});
  CHECK(all[1].end == DateTime{{2026, 3, 8}, {15, 30}});
}

TEST_CASE("an occurrence that ends after midnight ends the next day") {
  Activity a = MakeActivity({{2026, 1, 31}, {22, 0}}, {{2026, 2, 1}, {1, 0}});
  a.recurrence = Recurrence{};
  a.recurrence->count = 2;
  const std::vector<Occurrence> all = ExpandOccurrences(a);
  REQUIRE(all.size() == 2);
  CHECK(all[1].start == DateTime{{2026, 2, 7}, {22, 0}});
  CHECK(all[1].end == DateTime{{2026, 2, 8}, {1, 0}});
}

TEST_CASE("weekly with an interval and a count") {
  Activity a = Weekly({2026, 1, 14});
  a.recurrence->interval = 2;
  a.recurrence->count = 3;
  CHECK(StartDates(ExpandOccurrences(a)) ==
        std::vector<Date>{{2026, 1, 14}, {2026, 1, 28}, {2026, 2, 11}});
}

TEST_CASE("monthly by day skips months without that day") {
  Activity a = Monthly({2026, 1, 31}, false);
  a.recurrence->until = Date{2026, 7, 31};
  CHECK(StartDates(ExpandOccurrences(a)) ==
        std::vector<Date>{{2026, 1, 31}, {2026, 3, 31}, {2026, 5, 31}, {2026, 7, 31}});
}

TEST_CASE("monthly by weekday keeps the rank: the 2nd Tuesday") {
  Activity a = Monthly({2026, 1, 13}, true);
  a.recurrence->until = Date{2026, 4, 30};
  CHECK(StartDates(ExpandOccurrences(a)) ==
        std::vector<Date>{{2026, 1, 13}, {2026, 2, 10}, {2026, 3, 10}, {2026, 4, 14}});
}

TEST_CASE("monthly by weekday: a 5th weekday means the last one") {
  Activity a = Monthly({2026, 1, 29}, true);  // the 5th Thursday of January 2026
  a.recurrence->count = 3;
  CHECK(StartDates(ExpandOccurrences(a)) ==
        std::vector<Date>{{2026, 1, 29}, {2026, 2, 26}, {2026, 3, 26}});
}

TEST_CASE("except dates are skipped; count counts the occurrences that remain") {
  Activity a = Weekly({2026, 1, 14});
  a.recurrence->until = Date{2026, 2, 4};
  a.recurrence->except = {{2026, 1, 28}};
  CHECK(StartDates(ExpandOccurrences(a)) ==
        std::vector<Date>{{2026, 1, 14}, {2026, 1, 21}, {2026, 2, 4}});
  a.recurrence->until.reset();
  a.recurrence->count = 3;
  CHECK(StartDates(ExpandOccurrences(a)) ==
        std::vector<Date>{{2026, 1, 14}, {2026, 1, 21}, {2026, 2, 4}});
}

TEST_CASE("the series stops at kMaxOccurrences and says it was cut") {
  Activity a = Weekly({2026, 1, 14});
  a.recurrence->until = Date{2099, 12, 31};
  bool truncated = false;
  std::vector<Occurrence> all = ExpandOccurrences(a, &truncated);
  CHECK(all.size() == static_cast<size_t>(kMaxOccurrences));
  CHECK(truncated);

  a.recurrence->until.reset();
  a.recurrence->count = kMaxOccurrences;
  all = ExpandOccurrences(a, &truncated);
  CHECK(all.size() == static_cast<size_t>(kMaxOccurrences));
  CHECK_FALSE(truncated);

  a.recurrence->count = kMaxOccurrences + 1;
  all = ExpandOccurrences(a, &truncated);
  CHECK(all.size() == static_cast<size_t>(kMaxOccurrences));
  CHECK(truncated);

  // Unbounded (validation refuses it, but expansion must still end).
  a.recurrence->count.reset();
  CHECK(ExpandOccurrences(a).size() == static_cast<size_t>(kMaxOccurrences));
}

TEST_CASE("a yearly 29th of February ends without running away") {
  Activity a = Monthly({2024, 2, 29}, false);
  a.recurrence->interval = 12;
  a.recurrence->until = Date{2036, 12, 31};
  CHECK(StartDates(ExpandOccurrences(a)) ==
        std::vector<Date>{{2024, 2, 29}, {2028, 2, 29}, {2032, 2, 29}, {2036, 2, 29}});
}
