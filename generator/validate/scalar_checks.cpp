// Syntax checks for single values and the explanations behind the common mistakes.
#include "validate/scalar_checks.h"

#include <cstdio>

#include "model/dates.h"

namespace maillon {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHex(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool HasSpace(std::string_view text) {
  for (char c : text) {
    if (IsSpace(c)) return true;
  }
  return false;
}

// The value of a short run of digits already checked with AllDigits.
int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// The ASCII letters for a Latin-1 letter encoded as UTF-8 "\xC3 <byte>"; empty if none.

std::string TwoDigits(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

// "February 2026" / "février 2026".
Text MonthAndYear(int month, int year) {
  static const char* kEnglish[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
  static const char* kFrench[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                  "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  if (month < 1 || month > 12) return {};
  const std::string y = " " + std::to_string(year);
  return {kEnglish[month - 1] + y, kFrench[month - 1] + y};
}

}  // namespace

bool IsAbsoluteUrl(std::string_view text) {
  for (std::string_view scheme : {"https://", "http://"}) {
    if (text.substr(0, scheme.size()) == scheme) {
      return text.size() > scheme.size() && text[scheme.size()] != '/' && !HasSpace(text);
    }
  }
  return false;
}

bool IsSitePath(std::string_view text) {
  return !text.empty() && text[0] == '/' && (text.size() == 1 || text[1] != '/') &&
         !HasSpace(text) && text.find('\\') == std::string_view::npos;
}

bool IsStaticFilePath(std::string_view text) {
  if (text.empty() || text.back() == '/' || text.find(':') != std::string_view::npos ||
      text.find('\\') != std::string_view::npos || text.substr(0, 2) == "//") {
    return false;
  }
  // No ".." segment: the file must stay inside content/static/.
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('/', start);
    if (end == std::string_view::npos) end = text.size();
    if (text.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return true;
}

bool IsEmail(std::string_view text) {
  const size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos ||
      HasSpace(text)) {
    return false;
  }
  const std::string_view domain = text.substr(at + 1);
  const size_t dot = domain.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() &&
         domain.front() != '-' && domain.find("..") == std::string_view::npos &&
         text.find(':') == std::string_view::npos;
}

bool IsColour(std::string_view text) {
  if ((text.size() != 4 && text.size() != 7) || text[0] != '#') return false;
  for (size_t i = 1; i < text.size(); ++i) {
    if (!IsHex(text[i])) return false;
  }
  return true;
}

bool LooksLikePhone(std::string_view text) {
  for (char c : text) {
    if (IsDigit(c)) return true;
  }
  return false;
}

std::optional<int> ParseWholeNumber(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (!AllDigits(text) || text.size() > 10) return std::nullopt;
  long long value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  if (negative) value = -value;
  if (value > 2147483647LL || value < -2147483648LL) return std::nullopt;
  return static_cast<int>(value);
}

Text InvalidDateReason(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !AllDigits(text.substr(0, 4)) ||
      !AllDigits(text.substr(5, 2)) || !AllDigits(text.substr(8, 2))) {
    return {};
  }
  const int year = Number(text.substr(0, 4));
  const int month = Number(text.substr(5, 2));
  const int day = Number(text.substr(8, 2));
  const Text head = Text(std::string(text)) + Text(" is not a valid date", " n'est pas une date valide");
  if (month < 1 || month > 12) {
    return head + Text(" (months go from 01 to 12)", " (les mois vont de 01 à 12)");
  }
  if (day < 1 || day > DaysInMonth(year, month)) {
    const std::string days = std::to_string(DaysInMonth(year, month));
    return head + " (" + MonthAndYear(month, year) +
           Text(" has " + days + " days)", " a " + days + " jours)");
  }
  return {};
}

Text InvalidTimeReason(std::string_view text) {
  if ((text.size() != 5 && text.size() != 8) || text[2] != ':' || !AllDigits(text.substr(0, 2)) ||
      !AllDigits(text.substr(3, 2))) {
    return {};
  }
  const Text head = Text(std::string(text)) + Text(" is not a valid time", " n'est pas une heure valide");
  if (Number(text.substr(0, 2)) > 23) {
    return head + Text(" (hours go from 00 to 23)", " (les heures vont de 00 à 23)");
  }
  if (Number(text.substr(3, 2)) > 59) {
    return head + Text(" (minutes go from 00 to 59)", " (les minutes vont de 00 à 59)");
  }
  if (text.size() == 8 && (text[5] != ':' || text.substr(6) != "00")) {
    return head + Text(" (seconds, if given, must be :00)",
                       " (les secondes, si elles sont données, doivent être :00)");
  }
  return {};
}

std::string TimeCorrection(std::string_view text) {
  // Hours: one or two digits; then ':' or 'h' (French, with optional spaces); then minutes.
  size_t i = 0;
  while (i < text.size() && IsDigit(text[i])) ++i;
  if (i == 0 || i > 2) return {};
  const int hour = Number(text.substr(0, i));
  std::string_view rest = text.substr(i);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.empty() || (rest.front() != ':' && rest.front() != 'h' && rest.front() != 'H')) {
    return {};
  }
  const bool french = rest.front() != ':';
  rest.remove_prefix(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  int minute = 0;
  if (rest.size() == 2 && AllDigits(rest)) {
    minute = Number(rest);
  } else if (!(rest.empty() && french)) {
    return {};
  }
  if (hour > 23 || minute > 59) return {};
  return TwoDigits(hour) + ":" + TwoDigits(minute);
}

}  // namespace maillon
