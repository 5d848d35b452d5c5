// Calendar dates and local times in the site's time zone (America/Toronto), without I/O.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace maillon {

struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
};

struct Time {
  int hour = 0, minute = 0;
  auto operator<=>(const Time&) const = default;
};

// A wall-clock time in America/Toronto.
struct DateTime {
  Date date;
  Time time;
  auto operator<=>(const DateTime&) const = default;
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValidDate(const Date& d);
// 0 = Monday ... 6 = Sunday.
int Weekday(const Date& d);
// Days since 1970-01-01 (negative before), and back.
long DaysFromCivil(const Date& d);
Date CivilFromDays(long days);
Date AddDays(const Date& d, long n);
// Adds whole months, keeping the day; nothing when that day does not exist (31 in April).
std::optional<Date> AddMonths(const Date& d, int months);
// The n-th (1-based; 5 or -1 means last) given weekday of a month, if it exists.
std::optional<Date> NthWeekdayOfMonth(int year, int month, int weekday, int n);

// Strict ISO 8601 parsing: "2026-01-14", "13:30", "2026-01-14T13:30" (also "2026-01-14 13:30",
// and seconds ":00"). Nothing when the text is not such a value or names an impossible date.
std::optional<Date> ParseDate(std::string_view text);
std::optional<Time> ParseTime(std::string_view text);
std::optional<DateTime> ParseDateTime(std::string_view text);

std::string ToIso(const Date& d);      // 2026-01-14
std::string ToIso(const Time& t);      // 13:30
std::string ToIso(const DateTime& t);  // 2026-01-14T13:30

// America/Toronto: UTC-5, or UTC-4 from the second Sunday of March 02:00 to the first Sunday
// of November 02:00 (rules in force since 2007). Offset in minutes east of UTC for a local time.
int TorontoUtcOffsetMinutes(const DateTime& local);
// The local time in America/Toronto for a Unix time (seconds since the epoch, UTC).
DateTime TorontoFromUnix(long long unix_seconds);
// The Unix time of a local America/Toronto time.
long long UnixFromToronto(const DateTime& local);
// "-05:00" or "-04:00" for that local time.
std::string TorontoOffsetText(const DateTime& local);

}  // namespace maillon
