// Civil-calendar arithmetic, strict ISO 8601 parsing and America/Toronto offsets.
#include "model/dates.h"

#include <cstdio>

namespace maillon {

namespace {

// Floor division: C++ truncates toward zero, calendars need toward minus infinity.
long long FloorDiv(long long a, long long b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `width` digits at `pos` of `text`; nothing if any is not a digit.
std::optional<int> Digits(std::string_view text, size_t pos, size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (!IsDigit(text[i])) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::string Pad(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

// DST start and end as Unix times (UTC) for `year`: 02:00 EST on the second Sunday of March,
// 02:00 EDT on the first Sunday of November.
long long DstStartUtc(int year) {
  Date d = *NthWeekdayOfMonth(year, 3, 6, 2);
  return DaysFromCivil(d) * 86400LL + 7 * 3600;
}
long long DstEndUtc(int year) {
  Date d = *NthWeekdayOfMonth(year, 11, 6, 1);
  return DaysFromCivil(d) * 86400LL + 6 * 3600;
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(const Date& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= DaysInMonth(d.year, d.month);
}

int Weekday(const Date& d) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  long days = DaysFromCivil(d);
  return static_cast<int>(((days + 3) % 7 + 7) % 7);
}

// Howard Hinnant's days_from_civil: eras of 400 years starting on March 1st, so the leap day
// falls at the end of each year of the era.
long DaysFromCivil(const Date& d) {
  const long y = static_cast<long>(d.year) - (d.month <= 2 ? 1 : 0);
  const long era = static_cast<long>(FloorDiv(y, 400));
  const long yoe = y - era * 400;                           // [0, 399]
  const long mp = d.month > 2 ? d.month - 3 : d.month + 9;  // March = 0
  const long doy = (153 * mp + 2) / 5 + d.day - 1;          // [0, 365]
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;   // [0, 146096]
  return era * 146097 + doe - 719468;
}

// Howard Hinnant's civil_from_days, the inverse of DaysFromCivil.
Date CivilFromDays(long days) {
  const long z = days + 719468;
  const long era = static_cast<long>(FloorDiv(z, 146097));
  const long doe = z - era * 146097;                                       // [0, 146096]
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const long mp = (5 * doy + 2) / 153;                                     // [0, 11]
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

Date AddDays(const Date& d, long n) { return CivilFromDays(DaysFromCivil(d) + n); }

std::optional<Date> AddMonths(const Date& d, int months) {
  const long index = static_cast<long>(d.year) * 12 + (d.month - 1) + months;
  Date out{static_cast<int>(FloorDiv(index, 12)),
           static_cast<int>(index - FloorDiv(index, 12) * 12) + 1, d.day};
  if (!IsValidDate(out)) return std::nullopt;
  return out;
}

std::optional<Date> NthWeekdayOfMonth(int year, int month, int weekday, int n) {
  if (month < 1 || month > 12 || weekday < 0 || weekday > 6 || n == 0 || n < -1 || n > 5) {
    return std::nullopt;
  }
  if (n == 5 || n == -1) {
    const Date last{year, month, DaysInMonth(year, month)};
    const int back = (Weekday(last) - weekday + 7) % 7;
    return AddDays(last, -back);
  }
  const Date first{year, month, 1};
  const int ahead = (weekday - Weekday(first) + 7) % 7;
  return Date{year, month, 1 + ahead + 7 * (n - 1)};  // weeks 1-4 always fit in any month
}

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = Digits(text, 0, 4), m = Digits(text, 5, 2), d = Digits(text, 8, 2);
  if (!y || !m || !d) return std::nullopt;
  Date out{*y, *m, *d};
  if (!IsValidDate(out)) return std::nullopt;
  return out;
}

std::optional<Time> ParseTime(std::string_view text) {
  if (text.size() != 5 && text.size() != 8) return std::nullopt;
  if (text[2] != ':') return std::nullopt;
  auto h = Digits(text, 0, 2), m = Digits(text, 3, 2);
  if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
  // Seconds are accepted for ISO compatibility but must be zero: the model has minutes only.
  if (text.size() == 8 && (text[5] != ':' || Digits(text, 6, 2) != 0)) return std::nullopt;
  return Time{*h, *m};
}

std::optional<DateTime> ParseDateTime(std::string_view text) {
  if (text.size() < 16 || (text[10] != 'T' && text[10] != ' ')) return std::nullopt;
  auto date = ParseDate(text.substr(0, 10));
  auto time = ParseTime(text.substr(11));
  if (!date || !time) return std::nullopt;
  return DateTime{*date, *time};
}

std::string ToIso(const Date& d) {
  return Pad(d.year, 4) + "-" + Pad(d.month, 2) + "-" + Pad(d.day, 2);
}

std::string ToIso(const Time& t) { return Pad(t.hour, 2) + ":" + Pad(t.minute, 2); }

std::string ToIso(const DateTime& t) { return ToIso(t.date) + "T" + ToIso(t.time); }

int TorontoUtcOffsetMinutes(const DateTime& local) {
  const int year = local.date.year;
  const DateTime start{*NthWeekdayOfMonth(year, 3, 6, 2), Time{2, 0}};
  const DateTime end{*NthWeekdayOfMonth(year, 11, 6, 1), Time{2, 0}};
  // The skipped hour (02:00-02:59 in March) does not exist: read it as standard time, which
  // moves it forward to 03:xx EDT as calendars do. The repeated hour in November (01:00-01:59)
  // is read as its first occurrence, still daylight time.
  const DateTime gap_end{start.date, Time{3, 0}};
  if (local >= gap_end && local < end) return -4 * 60;
  return -5 * 60;
}

DateTime TorontoFromUnix(long long unix_seconds) {
  const int utc_year = CivilFromDays(static_cast<long>(FloorDiv(unix_seconds, 86400))).year;
  const bool dst = unix_seconds >= DstStartUtc(utc_year) && unix_seconds < DstEndUtc(utc_year);
  const long long local = unix_seconds + (dst ? -4 : -5) * 3600LL;
  const long long days = FloorDiv(local, 86400);
  const long long secs = local - days * 86400;
  return DateTime{CivilFromDays(static_cast<long>(days)),
                  Time{static_cast<int>(secs / 3600), static_cast<int>(secs % 3600 / 60)}};
}

long long UnixFromToronto(const DateTime& local) {
  const long long wall =
      DaysFromCivil(local.date) * 86400LL + local.time.hour * 3600LL + local.time.minute * 60LL;
  return wall - TorontoUtcOffsetMinutes(local) * 60LL;
}

std::string TorontoOffsetText(const DateTime& local) {
  return TorontoUtcOffsetMinutes(local) == -4 * 60 ? "-04:00" : "-05:00";
}

}  // namespace maillon
