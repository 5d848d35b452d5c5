// Calendar arithmetic, strict parsing and America/Toronto offsets.
#include "model/dates.h"

#include <doctest/doctest.h>

using namespace maillon;

TEST_CASE("valid dates follow the Gregorian leap rules") {
  CHECK(IsValidDate({2026, 2, 28}));
  CHECK_FALSE(IsValidDate({2026, 2, 29}));
  CHECK(IsValidDate({2024, 2, 29}));
  CHECK(IsValidDate({2000, 2, 29}));
  CHECK_FALSE(IsValidDate({1900, 2, 29}));
  CHECK_FALSE(IsValidDate({2026, 4, 31}));
  CHECK_FALSE(IsValidDate({2026, 13, 1}));
  CHECK_FALSE(IsValidDate({2026, 0, 1}));
  CHECK_FALSE(IsValidDate({2026, 1, 0}));
  CHECK(DaysInMonth(2026, 2) == 28);
  CHECK(DaysInMonth(2028, 2) == 29);
  CHECK(DaysInMonth(2026, 12) == 31);
}

TEST_CASE("weekday and day numbers") {
  CHECK(Weekday({1970, 1, 1}) == 3);    // Thursday
  CHECK(Weekday({1969, 12, 31}) == 2);  // Wednesday, before the epoch
  CHECK(Weekday({2026, 1, 14}) == 2);   // Wednesday
  CHECK(Weekday({2000, 1, 1}) == 5);    // Saturday
  CHECK(Weekday({2026, 3, 8}) == 6);    // Sunday
  CHECK(DaysFromCivil({1970, 1, 1}) == 0);
  CHECK(DaysFromCivil({1969, 12, 31}) == -1);
  CHECK(DaysFromCivil({2000, 3, 1}) == 11017);
  for (long days = -800000; days <= 800000; days += 997) {
    const Date d = CivilFromDays(days);
    REQUIRE(IsValidDate(d));
    REQUIRE(DaysFromCivil(d) == days);
  }
  CHECK(AddDays({2026, 2, 28}, 1) == Date{2026, 3, 1});
  CHECK(AddDays({2026, 1, 1}, -1) == Date{2025, 12, 31});
}

TEST_CASE("adding months keeps the day or gives nothing") {
  CHECK(AddMonths({2026, 1, 31}, 1) == std::nullopt);
  CHECK(AddMonths({2026, 1, 31}, 2) == Date{2026, 3, 31});
  CHECK(AddMonths({2026, 11, 15}, 3) == Date{2027, 2, 15});
  CHECK(AddMonths({2026, 1, 15}, -1) == Date{2025, 12, 15});
  CHECK(AddMonths({2024, 2, 29}, 12) == std::nullopt);
  CHECK(AddMonths({2024, 2, 29}, 48) == Date{2028, 2, 29});
}

TEST_CASE("n-th weekday of a month") {
  CHECK(NthWeekdayOfMonth(2026, 3, 6, 2) == Date{2026, 3, 8});    // DST starts
  CHECK(NthWeekdayOfMonth(2026, 11, 6, 1) == Date{2026, 11, 1});  // DST ends
  CHECK(NthWeekdayOfMonth(2026, 1, 4, -1) == Date{2026, 1, 30});  // last Friday
  CHECK(NthWeekdayOfMonth(2026, 2, 0, 5) == Date{2026, 2, 23});   // no 5th Monday: the last
  CHECK(NthWeekdayOfMonth(2026, 1, 1, 2) == Date{2026, 1, 13});   // 2nd Tuesday
  CHECK(NthWeekdayOfMonth(2026, 1, 1, 0) == std::nullopt);
  CHECK(NthWeekdayOfMonth(2026, 13, 1, 1) == std::nullopt);
}

TEST_CASE("strict ISO dates") {
  CHECK(ParseDate("2026-02-19") == Date{2026, 2, 19});
  CHECK(ParseDate("2024-02-29") == Date{2024, 2, 29});
  CHECK(ParseDate("2026-02-30") == std::nullopt);
  CHECK(ParseDate("2026-13-01") == std::nullopt);
  CHECK(ParseDate("2026-2-19") == std::nullopt);
  CHECK(ParseDate(" 2026-02-19") == std::nullopt);
  CHECK(ParseDate("2026-02-19x") == std::nullopt);
  CHECK(ParseDate("19/02/2026") == std::nullopt);
  CHECK(ParseDate("") == std::nullopt);
}

TEST_CASE("strict ISO times") {
  CHECK(ParseTime("17:30") == Time{17, 30});
  CHECK(ParseTime("00:00") == Time{0, 0});
  CHECK(ParseTime("23:59") == Time{23, 59});
  CHECK(ParseTime("17:30:00") == Time{17, 30});
  CHECK(ParseTime("17:30:15") == std::nullopt);
  CHECK(ParseTime("24:00") == std::nullopt);
  CHECK(ParseTime("17:60") == std::nullopt);
  CHECK(ParseTime("7:30") == std::nullopt);
  CHECK(ParseTime("17h30") == std::nullopt);
  CHECK(ParseTime("17:30 ") == std::nullopt);
}

TEST_CASE("strict ISO date-times") {
  const DateTime expected{{2026, 1, 14}, {13, 30}};
  CHECK(ParseDateTime("2026-01-14T13:30") == expected);
  CHECK(ParseDateTime("2026-01-14 13:30") == expected);
  CHECK(ParseDateTime("2026-01-14T13:30:00") == expected);
  CHECK(ParseDateTime("2026-01-14T13:30Z") == std::nullopt);
  CHECK(ParseDateTime("2026-01-14") == std::nullopt);
  CHECK(ParseDateTime("2026-01-14T24:00") == std::nullopt);
  CHECK(ParseDateTime("2026-02-30T10:00") == std::nullopt);
  CHECK(ParseDateTime("2026-01-14t13:30") == std::nullopt);
}

TEST_CASE("ISO text") {
  CHECK(ToIso(Date{2026, 1, 4}) == "2026-01-04");
  CHECK(ToIso(Time{9, 5}) == "09:05");
  CHECK(ToIso(DateTime{{2026, 11, 1}, {13, 30}}) == "2026-11-01T13:30");
}

TEST_CASE("Toronto offsets around the March change (2026-03-08 02:00)") {
  CHECK(TorontoUtcOffsetMinutes({{2026, 3, 7}, {12, 0}}) == -300);
  CHECK(TorontoUtcOffsetMinutes({{2026, 3, 8}, {1, 59}}) == -300);
  // 02:00-02:59 does not exist; read as standard time, it lands at 03:xx daylight time.
  CHECK(TorontoUtcOffsetMinutes({{2026, 3, 8}, {2, 30}}) == -300);
  CHECK(TorontoUtcOffsetMinutes({{2026, 3, 8}, {3, 0}}) == -240);
  CHECK(TorontoOffsetText({{2026, 3, 8}, {1, 0}}) == "-05:00");
  CHECK(TorontoOffsetText({{2026, 7, 1}, {12, 0}}) == "-04:00");
  const long long change = 1772953200;  // 2026-03-08T07:00:00Z
  CHECK(TorontoFromUnix(change - 60) == DateTime{{2026, 3, 8}, {1, 59}});
  CHECK(TorontoFromUnix(change) == DateTime{{2026, 3, 8}, {3, 0}});
  CHECK(UnixFromToronto({{2026, 3, 8}, {3, 0}}) == change);
  CHECK(UnixFromToronto({{2026, 3, 8}, {1, 59}}) == change - 60);
}

TEST_CASE("Toronto offsets around the November change (2026-11-01 02:00)") {
  CHECK(TorontoUtcOffsetMinutes({{2026, 11, 1}, {0, 59}}) == -240);
  // 01:00-01:59 happens twice; the first (daylight) one is meant.
  CHECK(TorontoUtcOffsetMinutes({{2026, 11, 1}, {1, 30}}) == -240);
  CHECK(TorontoUtcOffsetMinutes({{2026, 11, 1}, {2, 0}}) == -300);
  CHECK(TorontoUtcOffsetMinutes({{2026, 12, 25}, {12, 0}}) == -300);
  const long long change = 1793512800;  // 2026-11-01T06:00:00Z
  CHECK(TorontoFromUnix(change - 60) == DateTime{{2026, 11, 1}, {1, 59}});
  CHECK(TorontoFromUnix(change) == DateTime{{2026, 11, 1}, {1, 0}});
  CHECK(TorontoFromUnix(change + 3600) == DateTime{{2026, 11, 1}, {2, 0}});
  CHECK(UnixFromToronto({{2026, 11, 1}, {1, 30}}) == change - 1800);
}

TEST_CASE("Unix time round trip") {
  CHECK(UnixFromToronto({{2026, 1, 14}, {13, 30}}) == 1768415400);
  CHECK(TorontoFromUnix(1768415400) == DateTime{{2026, 1, 14}, {13, 30}});
  CHECK(TorontoFromUnix(0) == DateTime{{1969, 12, 31}, {19, 0}});
  // Every quarter hour of two years, except the skipped hour in March, comes back unchanged.
  for (long long t = UnixFromToronto({{2026, 1, 1}, {0, 0}});
       t < UnixFromToronto({{2028, 1, 1}, {0, 0}}); t += 900) {
    const DateTime local = TorontoFromUnix(t);
    REQUIRE(UnixFromToronto(local) == t - (TorontoFromUnix(t - 3600) == local ? 3600 : 0));
  }
}
