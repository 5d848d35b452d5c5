// Dates and times in French and English, as pages show them.
#include "render/format_dates.h"

#include <doctest/doctest.h>

#include <string>

namespace maillon {
namespace {

const std::string kNb = "\u00A0";

TEST_CASE("French long dates: lowercase names, 1er for the first") {
  CHECK(FormatDateLong({2026, 3, 3}) == "mardi 3 mars 2026");
  CHECK(FormatDateLong({2027, 3, 1}) == "lundi 1er mars 2027");
  CHECK(FormatDateLong({2026, 1, 1}) == "jeudi 1er janvier 2026");
  CHECK(FormatDateLong({2024, 2, 29}) == "jeudi 29 février 2024");
  CHECK(FormatDateLong({2026, 11, 1}, "fr") == "dimanche 1er novembre 2026");
}

TEST_CASE("English long dates") {
  CHECK(FormatDateLong({2026, 3, 3}, "en") == "Tuesday, March 3, 2026");
  CHECK(FormatDateLong({2027, 3, 1}, "en") == "Monday, March 1, 2027");
  CHECK(FormatDateLong({2026, 3, 8}, "en-CA") == "Sunday, March 8, 2026");
}

TEST_CASE("Short dates and month-year") {
  CHECK(FormatDateShort({2026, 3, 3}) == "3 mars");
  CHECK(FormatDateShort({2026, 8, 1}) == "1er août");
  CHECK(FormatDateShort({2026, 3, 3}, "en") == "March 3");
  CHECK(FormatMonthYear(2026, 12) == "décembre 2026");
  CHECK(FormatMonthYear(2026, 12, "en") == "December 2026");
}

TEST_CASE("Month and weekday names, 0 = Monday; out of range gives empty text") {
  const char* fr[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
  const char* en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (int i = 0; i < 7; ++i) {
    CHECK(WeekdayName(i) == fr[i]);
    CHECK(WeekdayName(i, "en") == en[i]);
  }
  CHECK(MonthName(1) == "janvier");
  CHECK(MonthName(2) == "février");
  CHECK(MonthName(8) == "août");
  CHECK(MonthName(9, "en") == "September");
  CHECK(MonthName(0) == "");
  CHECK(MonthName(13, "en") == "");
  CHECK(WeekdayName(-1) == "");
  CHECK(WeekdayName(7) == "");
}

TEST_CASE("French times: non-breaking spaces, no minutes on the hour") {
  CHECK(FormatTime({17, 30}) == "17" + kNb + "h" + kNb + "30");
  CHECK(FormatTime({17, 0}) == "17" + kNb + "h");
  CHECK(FormatTime({9, 5}) == "9" + kNb + "h" + kNb + "05");
  CHECK(FormatTime({0, 0}) == "0" + kNb + "h");
  CHECK(FormatTime({12, 0}) == "12" + kNb + "h");
}

TEST_CASE("English times: 12-hour clock, noon and midnight as 12:00") {
  CHECK(FormatTime({17, 30}, "en") == "5:30" + kNb + "p.m.");
  CHECK(FormatTime({9, 5}, "en") == "9:05" + kNb + "a.m.");
  CHECK(FormatTime({12, 0}, "en") == "12:00" + kNb + "p.m.");
  CHECK(FormatTime({0, 0}, "en") == "12:00" + kNb + "a.m.");
  CHECK(FormatTime({11, 59}, "en") == "11:59" + kNb + "a.m.");
}

TEST_CASE("Date with time") {
  CHECK(FormatDateTime({{2026, 3, 3}, {17, 30}}) ==
        "mardi 3 mars 2026, 17" + kNb + "h" + kNb + "30");
  CHECK(FormatDateTime({{2027, 3, 1}, {9, 0}}) == "lundi 1er mars 2027, 9" + kNb + "h");
  CHECK(FormatDateTime({{2026, 3, 3}, {17, 30}}, "en") ==
        "Tuesday, March 3, 2026, 5:30" + kNb + "p.m.");
}

TEST_CASE("Time ranges") {
  CHECK(FormatTimeRange({13, 30}, {15, 30}) ==
        "de 13" + kNb + "h" + kNb + "30 à 15" + kNb + "h" + kNb + "30");
  CHECK(FormatTimeRange({17, 0}, {19, 0}) == "de 17" + kNb + "h à 19" + kNb + "h");
  CHECK(FormatTimeRange({13, 30}, {15, 30}, "en") == "from 1:30 to 3:30" + kNb + "p.m.");
  CHECK(FormatTimeRange({11, 0}, {13, 0}, "en") ==
        "from 11:00" + kNb + "a.m. to 1:00" + kNb + "p.m.");
}

TEST_CASE("Dates around the DST change read like any other day") {
  // Formatting is wall-clock only: the spring-forward Sunday needs no special case.
  CHECK(FormatDateTime({{2026, 3, 8}, {2, 30}}) ==
        "dimanche 8 mars 2026, 2" + kNb + "h" + kNb + "30");
}

}  // namespace
}  // namespace maillon
