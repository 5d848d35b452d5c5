// Text helpers shared by every phase: slugs and accent folding for French names.
#pragma once

#include <string>
#include <string_view>

namespace maillon {

// True for a slug: lowercase ASCII letters and digits, words joined by single hyphens
// ("sainte-cecile-de-levrard").
bool IsSlug(std::string_view text);

// The slug of a name: accents removed ("é" -> "e", "œ" -> "oe"), lowercase, anything else
// separating words ("Café du Coin" -> "cafe-du-coin"). Empty when no letter or digit is left.
std::string Slugify(std::string_view text);

// Lowercase with Latin accents removed, other characters kept ("École Saint-Éloi" ->
// "ecole saint-eloi"): for sorting names and accent-insensitive matching.
std::string FoldAccents(std::string_view text);

// `text` escaped for HTML and XML 1.0 text and attribute values: & < > " ' as entities;
// control characters XML forbids (below U+0020 but tab, LF and CR) are dropped.
std::string EscapeMarkup(std::string_view text);

// `text` as a JSON string literal, quotes included: '"' and '\' escaped, every control
// character (U+0000-U+001F, U+007F; line feed too) as \u00XX, everything else (UTF-8) as is.
// YAML reads it back as the same text too (a double-quoted scalar).
std::string QuoteJson(std::string_view text);

}  // namespace maillon
