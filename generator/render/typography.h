// French (Québec) typography for text: quotes, apostrophes, non-breaking spaces.
#pragma once

#include <string>
#include <string_view>

namespace maillon {

// "Il a dit "bonjour" : l'été..." -> "Il a dit « bonjour » : l’été…" with U+00A0 inside the
// guillemets and before ':', U+202F before ';', '!', '?' when a space was typed there, and
// "--" -> "–", "..." -> "…". Plain UTF-8 text in, plain text out (not HTML-escaped).
std::string TypesetFrench(std::string_view text);

}  // namespace maillon
