// A message in English and in French. Messages are made where the problem is found, before
// anyone knows who reads them; the CLI and the preview print them in the site's language.
#pragma once

#include <string>
#include <vector>

namespace maillon {

enum class Language { kEnglish, kFrench };

// "fr", "fr-CA" -> French; anything else English.
Language LanguageOf(const std::string& code);

struct Text {
  std::string en;
  std::string fr;  // empty: not translated (English is shown); see HasFrench

  Text() = default;
  // Text that reads the same in both languages, or not translated yet: a value, a path.
  Text(std::string same) : en(std::move(same)) {}  // NOLINT: implicit on purpose
  Text(const char* same) : en(same) {}              // NOLINT
  Text(std::string english, std::string french) : en(std::move(english)), fr(std::move(french)) {}

  bool empty() const { return en.empty(); }
  bool HasFrench() const { return !fr.empty() || en.empty(); }
  const std::string& In(Language language) const {
    return language == Language::kFrench && !fr.empty() ? fr : en;
  }
};

// Joins two texts in both languages; the result is French when either part is.
Text operator+(const Text& a, const Text& b);
Text& operator+=(Text& a, const Text& b);

// A name or value as each language quotes it: 'manseau' and « manseau ».
Text Quoted(const std::string& value);

// "a, b or c" / "a, b ou c".
Text JoinedOr(const std::vector<Text>& items);
Text JoinedAnd(const std::vector<Text>& items);

// "1 error" / "2 erreurs": `n` and the noun, singular or plural in each language.
Text Counted(size_t n, const char* en_singular, const char* en_plural, const char* fr_singular,
             const char* fr_plural);

}  // namespace maillon
