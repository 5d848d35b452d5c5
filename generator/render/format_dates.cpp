// Dates and times as residents read them: "mardi 3 mars 2026, 17 h 30" or "Tuesday, March 3".
#include "render/format_dates.h"

#include <array>

namespace maillon {
namespace {

// Between a number and "h" and between "h" and the minutes, so a time never breaks over lines.
constexpr std::string_view kNbsp = "\u00A0";

constexpr std::array<std::string_view, 12> kMonthsFr = {
    "janvier", "février", "mars",      "avril",   "mai",      "juin",
    "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
constexpr std::array<std::string_view, 12> kMonthsEn = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdaysFr = {"lundi",    "mardi",  "mercredi", "jeudi",
                                                         "vendredi", "samedi", "dimanche"};
constexpr std::array<std::string_view, 7> kWeekdaysEn = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// "en", "en-CA", "EN" read as English; anything else is the site's default, French.
bool IsEnglish(std::string_view lang) {
  return lang.size() >= 2 && (lang[0] == 'e' || lang[0] == 'E') &&
         (lang[1] == 'n' || lang[1] == 'N') &&
         (lang.size() == 2 || lang[2] == '-' || lang[2] == '_');
}

std::string TwoDigits(int n) {
  std::string s = std::to_string(n);
  return s.size() < 2 ? "0" + s : s;
}

std::string DayFr(int day) { return day == 1 ? "1er" : std::to_string(day); }

// 12-hour clock without the meridiem: 0 -> 12, 13 -> 1.
int Hour12(int hour) {
  int h = hour % 12;
  return h == 0 ? 12 : h;
}

std::string_view Meridiem(int hour) { return hour < 12 ? "a.m." : "p.m."; }

std::string ClockEn(const Time& t) {
  return std::to_string(Hour12(t.hour)) + ":" + TwoDigits(t.minute);
}

}  // namespace

std::string MonthName(int month, std::string_view lang) {
  if (month < 1 || month > 12) return "";
  return std::string(IsEnglish(lang) ? kMonthsEn[month - 1] : kMonthsFr[month - 1]);
}

std::string WeekdayName(int weekday, std::string_view lang) {
  if (weekday < 0 || weekday > 6) return "";
  return std::string(IsEnglish(lang) ? kWeekdaysEn[weekday] : kWeekdaysFr[weekday]);
}

std::string FormatDateLong(const Date& d, std::string_view lang) {
  std::string weekday = WeekdayName(Weekday(d), lang);
  if (IsEnglish(lang)) {
    return weekday + ", " + MonthName(d.month, lang) + " " + std::to_string(d.day) + ", " +
           std::to_string(d.year);
  }
  return weekday + " " + DayFr(d.day) + " " + MonthName(d.month, lang) + " " +
         std::to_string(d.year);
}

std::string FormatDateShort(const Date& d, std::string_view lang) {
  if (IsEnglish(lang)) return MonthName(d.month, lang) + " " + std::to_string(d.day);
  return DayFr(d.day) + " " + MonthName(d.month, lang);
}

std::string FormatMonthYear(int year, int month, std::string_view lang) {
  return MonthName(month, lang) + " " + std::to_string(year);
}

std::string FormatTime(const Time& t, std::string_view lang) {
  if (IsEnglish(lang)) return ClockEn(t) + std::string(kNbsp) + std::string(Meridiem(t.hour));
  std::string text = std::to_string(t.hour) + std::string(kNbsp) + "h";
  if (t.minute != 0) text += std::string(kNbsp) + TwoDigits(t.minute);
  return text;
}

std::string FormatDateTime(const DateTime& t, std::string_view lang) {
  return FormatDateLong(t.date, lang) + ", " + FormatTime(t.time, lang);
}

std::string FormatTimeRange(const Time& start, const Time& end, std::string_view lang) {
  if (IsEnglish(lang)) {
    // "from 1:30 to 3:30 p.m.": the meridiem once when both times share it.
    bool same_half = (start.hour < 12) == (end.hour < 12);
    std::string from = same_half ? ClockEn(start) : FormatTime(start, lang);
    return "from " + from + " to " + FormatTime(end, lang);
  }
  return "de " + FormatTime(start, lang) + " à " + FormatTime(end, lang);
}

}  // namespace maillon
