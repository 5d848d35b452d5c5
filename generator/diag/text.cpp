// Bilingual message texts.
#include "diag/text.h"

namespace maillon {

Language LanguageOf(const std::string& code) {
  return code.size() >= 2 && (code[0] == 'f' || code[0] == 'F') && (code[1] == 'r' || code[1] == 'R')
             ? Language::kFrench
             : Language::kEnglish;
}

Text operator+(const Text& a, const Text& b) {
  Text out;
  out.en = a.en + b.en;
  if (!a.fr.empty() || !b.fr.empty()) out.fr = a.In(Language::kFrench) + b.In(Language::kFrench);
  return out;
}

Text& operator+=(Text& a, const Text& b) {
  a = a + b;
  return a;
}

// Plain spaces inside the French quotes: terminals and editors show messages, and people search
// them as they type them.
Text Quoted(const std::string& value) { return {"'" + value + "'", "« " + value + " »"}; }

namespace {

Text Joined(const std::vector<Text>& items, const Text& last_separator) {
  Text out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? last_separator : Text(", ");
    out += items[i];
  }
  return out;
}

}  // namespace

Text JoinedOr(const std::vector<Text>& items) { return Joined(items, {" or ", " ou "}); }
Text JoinedAnd(const std::vector<Text>& items) { return Joined(items, {" and ", " et "}); }

Text Counted(size_t n, const char* en_singular, const char* en_plural, const char* fr_singular,
             const char* fr_plural) {
  const std::string number = std::to_string(n);
  // French uses the singular for 0 and 1; English only for 1.
  return {number + " " + (n == 1 ? en_singular : en_plural),
          number + " " + (n <= 1 ? fr_singular : fr_plural)};
}

}  // namespace maillon
