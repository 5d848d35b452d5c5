// Dates and times as residents read them, in French (default) or English.
#pragma once

#include <string>
#include <string_view>

#include "model/dates.h"

namespace maillon {

// fr: "mardi 3 mars 2026"; "1er" for the first of the month. en: "Tuesday, March 3, 2026".
std::string FormatDateLong(const Date& d, std::string_view lang = "fr");
// fr: "3 mars"; en: "March 3".
std::string FormatDateShort(const Date& d, std::string_view lang = "fr");
// fr: "mars 2026"; en: "March 2026".
std::string FormatMonthYear(int year, int month, std::string_view lang = "fr");
// fr: "17 h 30", "17 h"; en: "5:30 p.m."
std::string FormatTime(const Time& t, std::string_view lang = "fr");
// fr: "mardi 3 mars 2026, 17 h 30"
std::string FormatDateTime(const DateTime& t, std::string_view lang = "fr");
// fr: "de 13 h 30 à 15 h 30"; en: "from 1:30 to 3:30 p.m."
std::string FormatTimeRange(const Time& start, const Time& end, std::string_view lang = "fr");
// fr: "mars"; en: "March".
std::string MonthName(int month, std::string_view lang = "fr");
// fr: "mardi"; en: "Tuesday". 0 = Monday.
std::string WeekdayName(int weekday, std::string_view lang = "fr");

}  // namespace maillon
