// The syntax of single values (slugs, URLs, e-mails, colours, dates, times) and, for the common
// mistakes, why a value is wrong and what was probably meant.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/text.h"

#include "model/text.h"  // IsSlug, Slugify

namespace maillon {

// "https://…" or "http://…" with something after the scheme and no spaces.
bool IsAbsoluteUrl(std::string_view text);

// A path on the site: "/soupers/" (but not "//host", a scheme-relative URL).
bool IsSitePath(std::string_view text);

// A file path under content/static/: "images/logo.png" or "/images/logo.png"; no "..", no
// scheme (so no "javascript:"), no backslash.
bool IsStaticFilePath(std::string_view text);

// name@domain.tld, without spaces.
bool IsEmail(std::string_view text);

// "#rgb" or "#rrggbb" in hexadecimal.
bool IsColour(std::string_view text);

// Has at least one digit: phone numbers are free text ("811, option 2", "1 866 APPELLE").
bool LooksLikePhone(std::string_view text);

// An optional sign and decimal digits that fit an int; nothing otherwise.
std::optional<int> ParseWholeNumber(std::string_view text);

// When `text` is shaped like a date (YYYY-MM-DD) but names no real day, why:
// "2026-02-30 is not a valid date (February 2026 has 28 days)"; empty otherwise.
Text InvalidDateReason(std::string_view text);

// When `text` is shaped like a time (HH:MM) but is out of range, why:
// "24:00 is not a valid time (hours go from 00 to 23)"; empty otherwise.
Text InvalidTimeReason(std::string_view text);

// The HH:MM time a French or short spelling means ("9:30" -> "09:30", "17h30" -> "17:30",
// "17 h" -> "17:00"); empty when there is no such reading.
std::string TimeCorrection(std::string_view text);

}  // namespace maillon
