// French (Québec) typography: guillemets, apostrophes, non-breaking spaces, ellipses, dashes.
#include "render/typography.h"

#include <string_view>
#include <utility>

#include "render/typography_runs.h"

namespace maillon {
namespace {

constexpr char32_t kNbsp = 0x00A0;        // before ':' and inside guillemets
constexpr char32_t kNarrowNbsp = 0x202F;  // before ';', '!', '?'
constexpr char32_t kObjectMark = 0xFFFC;  // stands for code or an image in the text
constexpr char32_t kOpenQuote = 0x00AB;   // «
constexpr char32_t kCloseQuote = 0x00BB;  // »

constexpr std::string_view kNbspText = "\u00A0";
constexpr std::string_view kNarrowNbspText = "\u202F";

// One code point of the text, with the run it came from and its original bytes (kept as they
// were, so invalid UTF-8 passes through untouched).
struct Unit {
  char32_t cp = 0;
  int run = -1;  // -1 for breaks and objects, which produce no text
  std::string_view bytes;
};

// One piece of output, attributed to a run; run -1 marks a break or object, which spaces are
// never trimmed across.
struct Piece {
  int run = -1;
  char32_t cp = 0;
  std::string_view bytes;
};

// Decodes one UTF-8 sequence at `pos`; an invalid byte decodes as U+FFFD of length 1.
char32_t DecodeUtf8(std::string_view s, size_t pos, size_t* length) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(pos);
  size_t n = 0;
  char32_t cp = 0;
  if (b0 < 0x80) {
    *length = 1;
    return b0;
  } else if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2) {
    n = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0 && b0 <= 0xF4) {
    n = 4;
    cp = b0 & 0x07;
  } else {
    *length = 1;
    return 0xFFFD;
  }
  if (pos + n > s.size()) {
    *length = 1;
    return 0xFFFD;
  }
  for (size_t i = 1; i < n; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      *length = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(pos + i) & 0x3F);
  }
  *length = n;
  return cp;
}

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Latin letters with accents count, so "l'été" and "aujourd'hui" both get ’.
bool IsLetter(char32_t c) {
  if (IsAsciiLetter(c)) return true;
  return c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == kNbsp || c == kNarrowNbsp ||
         c == 0x2009;
}

// A space that typography may replace (typed or already non-breaking).
bool IsInlineSpace(char32_t c) { return c == ' ' || c == kNbsp || c == kNarrowNbsp; }

class FrenchTypesetter {
 public:
  explicit FrenchTypesetter(const std::vector<TypographyRun>& runs) : runs_(runs) {
    for (size_t r = 0; r < runs.size(); ++r) {
      const TypographyRun& run = runs[r];
      if (run.kind == TypographyRun::Kind::kBreak) {
        units_.push_back({'\n', -1, {}});
      } else if (run.kind == TypographyRun::Kind::kObject) {
        units_.push_back({kObjectMark, -1, {}});
      } else {
        std::string_view text = run.text;
        for (size_t pos = 0; pos < text.size();) {
          size_t length = 1;
          char32_t cp = DecodeUtf8(text, pos, &length);
          units_.push_back({cp, static_cast<int>(r), text.substr(pos, length)});
          pos += length;
        }
      }
    }
    verbatim_.assign(units_.size(), false);
  }

  std::vector<std::string> Typeset() {
    ProtectUrls();
    for (size_t i = 0; i < units_.size(); ++i) i = TypesetUnit(i);
    std::vector<std::string> out(runs_.size());
    for (const Piece& piece : pieces_) {
      if (piece.run >= 0) out[piece.run].append(piece.bytes);
    }
    return out;
  }

 private:
  char32_t CpAt(size_t i) const { return i < units_.size() ? units_[i].cp : 0; }
  char32_t CpBefore(size_t i) const { return i > 0 ? units_[i - 1].cp : 0; }
  bool IsTextUnit(size_t i) const { return i < units_.size() && units_[i].run >= 0; }

  void Emit(int run, char32_t cp, std::string_view bytes) { pieces_.push_back({run, cp, bytes}); }
  void EmitUnit(const Unit& u) { pieces_.push_back({u.run, u.cp, u.bytes}); }

  // Number of replaceable spaces at the end of the output (never across a break or object).
  size_t TrailingSpaces() const {
    size_t n = 0;
    while (n < pieces_.size()) {
      const Piece& p = pieces_[pieces_.size() - 1 - n];
      if (p.run < 0 || !IsInlineSpace(p.cp)) break;
      ++n;
    }
    return n;
  }

  // The code point just before `skip` trailing pieces, or 0 at the start.
  char32_t OutputCpBefore(size_t skip) const {
    return pieces_.size() > skip ? pieces_[pieces_.size() - 1 - skip].cp : 0;
  }

  void DropTrailing(size_t n) { pieces_.resize(pieces_.size() - n); }

  // Leaves URLs and host names alone: a word holding "://" or "www." (minus the quotes and
  // punctuation around it) is copied as typed.
  void ProtectUrls() {
    size_t i = 0;
    while (i < units_.size()) {
      if (IsSpace(units_[i].cp)) {
        ++i;
        continue;
      }
      size_t start = i;
      std::string word;
      while (i < units_.size() && !IsSpace(units_[i].cp)) {
        char32_t c = units_[i].cp;
        word.push_back(c < 0x80 ? static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c) : '?');
        ++i;
      }
      if (word.find("://") == std::string::npos && word.find("www.") == std::string::npos) {
        continue;
      }
      size_t end = i;
      const std::u32string_view leading = U"\"'«([<";
      const std::u32string_view trailing = U"\"'».,;:!?>]";
      while (start < end && leading.find(units_[start].cp) != std::u32string_view::npos) ++start;
      bool has_open_paren = false;
      for (size_t k = start; k < end; ++k) has_open_paren |= units_[k].cp == '(';
      while (end > start && (trailing.find(units_[end - 1].cp) != std::u32string_view::npos ||
                             (units_[end - 1].cp == ')' && !has_open_paren))) {
        --end;
      }
      for (size_t k = start; k < end; ++k) verbatim_[k] = true;
    }
  }

  // A straight '"' opens after a space or an opening bracket and before a word; closes after a
  // word and before a space or punctuation; otherwise it alternates with the last quote.
  bool OpensQuote(size_t i) const {
    char32_t prev = CpBefore(i);
    char32_t next = CpAt(i + 1);
    const std::u32string_view opening = U"([{–—-«";
    const std::u32string_view closing = U".,;:!?)]}»…";
    bool prev_boundary =
        prev == 0 || IsSpace(prev) || opening.find(prev) != std::u32string_view::npos;
    bool next_boundary =
        next == 0 || IsSpace(next) || closing.find(next) != std::u32string_view::npos;
    if (prev_boundary && !next_boundary) return true;
    if (!prev_boundary && next_boundary) return false;
    return !quote_open_;
  }

  // Skips typed spaces after position i; returns the index of the last skipped unit.
  size_t SkipSpacesAfter(size_t i) const {
    while (IsTextUnit(i + 1) && IsInlineSpace(units_[i + 1].cp)) ++i;
    return i;
  }

  void OpenQuote(size_t i) {
    Emit(units_[i].run, kOpenQuote, "«");
    Emit(units_[i].run, kNbsp, kNbspText);
    quote_open_ = true;
  }

  void CloseQuote(size_t i) {
    DropTrailing(TrailingSpaces());
    char32_t before = OutputCpBefore(0);
    if (before != 0 && before != '\n') Emit(units_[i].run, kNbsp, kNbspText);
    Emit(units_[i].run, kCloseQuote, "»");
    quote_open_ = false;
  }

  // Replaces the typed space before punctuation by `space`; adds none where none was typed.
  void SpaceBeforePunctuation(size_t i, char32_t space, std::string_view space_text) {
    size_t n = TrailingSpaces();
    if (n > 0 && OutputCpBefore(n) != 0) {
      DropTrailing(n);
      Emit(units_[i].run, space, space_text);
    }
    EmitUnit(units_[i]);
  }

  // "17 h 30", "25 $", "10 %": the number and its unit stay on one line.
  size_t UnitAfterNumber(size_t i) {
    size_t n = TrailingSpaces();
    char32_t c = units_[i].cp;
    bool standalone = c != 'h' || (!IsLetter(CpAt(i + 1)) && !IsDigit(CpAt(i + 1)));
    if (n == 0 || !standalone || !IsDigit(OutputCpBefore(n))) {
      EmitUnit(units_[i]);
      return i;
    }
    DropTrailing(n);
    Emit(units_[i].run, kNbsp, kNbspText);
    EmitUnit(units_[i]);
    if (c == 'h') {
      size_t last = SkipSpacesAfter(i);
      if (last > i && IsTextUnit(last + 1) && IsDigit(units_[last + 1].cp)) {
        Emit(units_[i].run, kNbsp, kNbspText);
        return last;
      }
    }
    return i;
  }

  // Typesets the unit at i (and possibly the ones after it); returns the last index consumed.
  size_t TypesetUnit(size_t i) {
    const Unit& u = units_[i];
    if (u.run < 0) {
      pieces_.push_back({-1, u.cp, {}});
      return i;
    }
    if (verbatim_[i]) {
      EmitUnit(u);
      return i;
    }
    switch (u.cp) {
      case '"':
        if (OpensQuote(i)) {
          OpenQuote(i);
          return SkipSpacesAfter(i);
        }
        CloseQuote(i);
        return i;
      case kOpenQuote: {
        EmitUnit(u);
        quote_open_ = true;
        size_t last = SkipSpacesAfter(i);
        char32_t next = CpAt(last + 1);
        if (next != 0 && next != '\n') Emit(u.run, kNbsp, kNbspText);
        return last;
      }
      case kCloseQuote: {
        DropTrailing(TrailingSpaces());
        char32_t before = OutputCpBefore(0);
        if (before != 0 && before != '\n') Emit(u.run, kNbsp, kNbspText);
        EmitUnit(u);
        quote_open_ = false;
        return i;
      }
      case '\'':
        if (IsLetter(CpBefore(i)) && IsLetter(CpAt(i + 1))) {
          Emit(u.run, 0x2019, "’");
        } else {
          EmitUnit(u);
        }
        return i;
      case ':':
        SpaceBeforePunctuation(i, kNbsp, kNbspText);
        return i;
      case ';':
      case '!':
      case '?':
        SpaceBeforePunctuation(i, kNarrowNbsp, kNarrowNbspText);
        return i;
      case '.':
        if (IsTextUnit(i + 2) && CpAt(i + 1) == '.' && CpAt(i + 2) == '.' && !verbatim_[i + 1] &&
            !verbatim_[i + 2]) {
          Emit(u.run, 0x2026, "…");
          return i + 2;
        }
        EmitUnit(u);
        return i;
      case '-': {
        size_t end = i;
        while (IsTextUnit(end + 1) && units_[end + 1].cp == '-' && !verbatim_[end + 1]) ++end;
        size_t count = end - i + 1;
        if (count == 2) {
          Emit(u.run, 0x2013, "–");
        } else if (count == 3) {
          Emit(u.run, 0x2014, "—");
        } else {
          for (size_t k = i; k <= end; ++k) EmitUnit(units_[k]);
        }
        return end;
      }
      case 'h':
      case '%':
      case '$':
      case 0x20AC:  // €
        return UnitAfterNumber(i);
      default:
        EmitUnit(u);
        return i;
    }
  }

  const std::vector<TypographyRun>& runs_;
  std::vector<Unit> units_;
  std::vector<bool> verbatim_;
  std::vector<Piece> pieces_;
  bool quote_open_ = false;
};

}  // namespace

std::vector<std::string> TypesetFrenchRuns(const std::vector<TypographyRun>& runs) {
  return FrenchTypesetter(runs).Typeset();
}

std::string TypesetFrench(std::string_view text) {
  std::vector<TypographyRun> runs(1);
  runs[0].text = std::string(text);
  return std::move(TypesetFrenchRuns(runs)[0]);
}

}  // namespace maillon
