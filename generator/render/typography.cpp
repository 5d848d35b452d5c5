// French (Québec) typography: guillemets, apostrophes, non-breaking spaces, ellipses, dashes.
#include "render/typography.h"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <utility>

namespace maillon {
namespace {

using Kind = TypographyRun::Kind;

constexpr char32_t kNbsp = 0x00A0;        // before ':' and inside guillemets
constexpr char32_t kNarrowNbsp = 0x202F;  // before ';', '!', '?'
constexpr char32_t kObjectMark = 0xFFFC;  // stands for code or an image in the text
constexpr char32_t kOpenQuote = 0x00AB;   // «
constexpr char32_t kCloseQuote = 0x00BB;  // »
constexpr char32_t kEuro = 0x20AC;

constexpr std::string_view kNbspText = "\u00A0";
constexpr std::string_view kNarrowNbspText = "\u202F";
constexpr std::string_view kBreakText = "\n";
constexpr std::string_view kObjectText = "\uFFFC";

// ASCII bytes no rule looks at: runs of them are copied as typed in one go. The others, and
// every non-ASCII byte, are looked at one code point at a time.
constexpr std::array<bool, 256> kPlainBytes = [] {
  std::array<bool, 256> plain{};
  for (int b = 0; b < 0x80; ++b) plain[b] = true;
  for (char c : std::string_view("\"':;!?.-h%$")) plain[static_cast<unsigned char>(c)] = false;
  return plain;
}();

struct CodePoint {
  char32_t cp = 0;
  size_t length = 0;
};

// Decodes one UTF-8 sequence at `pos`; an invalid byte decodes as U+FFFD of length 1.
CodePoint DecodeUtf8(std::string_view s, size_t pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(pos);
  size_t n = 0;
  char32_t cp = 0;
  if (b0 < 0x80) {
    return {b0, 1};
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
    return {0xFFFD, 1};
  }
  if (pos + n > s.size()) return {0xFFFD, 1};
  for (size_t i = 1; i < n; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (byte(pos + i) & 0x3F);
  }
  return {cp, n};
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

// Code points some rule looks at; any other one is copied as typed.
bool HasRule(char32_t c) { return c < 0x80 || c == kOpenQuote || c == kCloseQuote || c == kEuro; }

// Whether some word could hold "://" or "www." (see FindUrls): most texts have neither.
bool MayHoldUrl(std::string_view text) {
  if (text.find("://") != std::string_view::npos) return true;
  for (size_t dot = text.find('.', 3); dot != std::string_view::npos;
       dot = text.find('.', dot + 1)) {
    if ((text[dot - 1] | 0x20) == 'w' && (text[dot - 2] | 0x20) == 'w' &&
        (text[dot - 3] | 0x20) == 'w') {
      return true;
    }
  }
  return false;
}

// Typesets the runs of one block as one text, in one pass over its bytes. The text is made of
// units (code points, decoded within their run so that invalid UTF-8 passes through as typed);
// a break reads as '\n' and an object as U+FFFC. Output goes to one string; each piece of output
// belongs to the run of the unit that made it, so run r's new text ends at out_ends[r].
class FrenchTypesetter {
 public:
  FrenchTypesetter(std::string_view text, std::span<const Kind> kinds,
                   std::span<const size_t> ends, std::string* out, std::span<size_t> out_ends)
      : text_(text), kinds_(kinds), ends_(ends), out_(*out), out_ends_(out_ends) {}

  void Typeset() {
    out_.clear();
    out_.reserve(text_.size() + text_.size() / 8);  // room for a few wider characters
    FindUrls();
    run_ = 0;
    size_t pos = 0;
    while (pos < text_.size()) {
      EnterRunAt(pos);
      if (kinds_[run_] == Kind::kText) {
        pos = TypesetText(pos);
      } else {
        // A break or object: no text, but spaces are never trimmed across it.
        char32_t cp = kinds_[run_] == Kind::kBreak ? '\n' : kObjectMark;
        before_ = cp;
        trailing_start_ = out_.size();
        prev_ = cp;
        pos = ends_[run_];
      }
    }
    for (; run_ < kinds_.size(); ++run_) out_ends_[run_] = out_.size();
  }

 private:
  // Runs that end at or before `pos` are done: their new text ends here.
  void EnterRunAt(size_t pos) {
    while (ends_[run_] <= pos) out_ends_[run_++] = out_.size();
  }

  // The end of the run holding `pos` (at or after the current run).
  size_t RunEndAt(size_t pos) const {
    size_t r = run_;
    while (ends_[r] <= pos) ++r;
    return ends_[r];
  }

  // The unit at `pos`; U+0000 of length 0 past the end.
  CodePoint UnitAt(size_t pos) const {
    if (pos >= text_.size()) return {};
    auto b = static_cast<unsigned char>(text_[pos]);
    if (b < 0x80) return {b, 1};
    return DecodeUtf8(text_.substr(0, RunEndAt(pos)), pos);
  }

  bool IsVerbatim(size_t pos) const {
    for (const auto& [start, end] : verbatim_) {
      if (pos < start) return false;
      if (pos < end) return true;
    }
    return false;
  }

  // Leaves URLs and host names alone: a word holding "://" or "www." (minus the quotes and
  // punctuation around it) is copied as typed.
  void FindUrls() {
    verbatim_.clear();
    if (!MayHoldUrl(text_)) return;
    struct WordUnit {
      char32_t cp;
      size_t pos;
    };
    std::vector<WordUnit> word;
    std::string lower;
    run_ = 0;
    size_t pos = 0;
    while (pos < text_.size()) {
      while (ends_[run_] <= pos) ++run_;
      CodePoint u = UnitAt(pos);
      if (IsSpace(u.cp)) {
        pos += u.length;
        continue;
      }
      word.clear();
      lower.clear();
      while (pos < text_.size()) {
        while (ends_[run_] <= pos) ++run_;
        u = UnitAt(pos);
        if (IsSpace(u.cp)) break;
        char32_t c = u.cp;
        word.push_back({c, pos});
        lower.push_back(c < 0x80 ? static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c) : '?');
        pos += u.length;
      }
      if (lower.find("://") == std::string::npos && lower.find("www.") == std::string::npos) {
        continue;
      }
      size_t start = 0;
      size_t end = word.size();
      const std::u32string_view leading = U"\"'«([<";
      const std::u32string_view trailing = U"\"'».,;:!?>]";
      while (start < end && leading.find(word[start].cp) != std::u32string_view::npos) ++start;
      bool has_open_paren = false;
      for (size_t k = start; k < end; ++k) has_open_paren |= word[k].cp == '(';
      while (end > start && (trailing.find(word[end - 1].cp) != std::u32string_view::npos ||
                             (word[end - 1].cp == ')' && !has_open_paren))) {
        --end;
      }
      if (start < end) {
        verbatim_.push_back({word[start].pos, end < word.size() ? word[end].pos : pos});
      }
    }
  }

  // Typesets the text run holding `pos` from there; returns where the next unit starts, which
  // a rule looking ahead may have put in a later run.
  size_t TypesetText(size_t pos) {
    const size_t end = ends_[run_];
    while (pos < end) {
      size_t plain = pos;
      while (pos < end && kPlainBytes[static_cast<unsigned char>(text_[pos])]) ++pos;
      if (pos > plain) CopyPlain(plain, pos);
      if (pos < end) pos = TypesetUnit(pos);
    }
    return pos;
  }

  // Copies ASCII that no rule changes, keeping track of its trailing spaces.
  void CopyPlain(size_t start, size_t end) {
    out_.append(text_.substr(start, end - start));
    prev_ = static_cast<unsigned char>(text_[end - 1]);
    size_t last = end;
    while (last > start && text_[last - 1] == ' ') --last;
    if (last > start) {
      before_ = static_cast<unsigned char>(text_[last - 1]);
      trailing_start_ = out_.size() - (end - last);
    }
  }

  // Appends one piece of output: a replaceable space extends the trailing spaces, anything else
  // becomes what is before them.
  void Emit(char32_t cp, std::string_view bytes) {
    out_.append(bytes);
    if (!IsInlineSpace(cp)) {
      before_ = cp;
      trailing_start_ = out_.size();
    }
  }

  bool HasTrailingSpaces() const { return trailing_start_ < out_.size(); }

  void DropTrailingSpaces() {
    const size_t size = trailing_start_;
    out_.resize(size);
    // The spaces may have ended earlier runs ("oui " then "!").
    for (size_t r = run_; r > 0 && out_ends_[r - 1] > size; --r) out_ends_[r - 1] = size;
  }

  // Skips typed spaces from `pos`; returns where they end and sets *last to the last one.
  size_t InlineSpacesEnd(size_t pos, char32_t* last) const {
    for (CodePoint u = UnitAt(pos); IsInlineSpace(u.cp); u = UnitAt(pos)) {
      *last = u.cp;
      pos += u.length;
    }
    return pos;
  }

  // A straight '"' opens after a space or an opening bracket and before a word; closes after a
  // word and before a space or punctuation; otherwise it alternates with the last quote.
  bool OpensQuote(char32_t prev, size_t next_pos) const {
    char32_t next = UnitAt(next_pos).cp;
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

  void CloseQuote(std::string_view quote) {
    DropTrailingSpaces();
    if (before_ != 0 && before_ != '\n') Emit(kNbsp, kNbspText);
    Emit(kCloseQuote, quote);
    quote_open_ = false;
  }

  // Replaces the typed space before punctuation by `space`; adds none where none was typed.
  void SpaceBeforePunctuation(char32_t space, std::string_view space_text) {
    if (HasTrailingSpaces() && before_ != 0) {
      DropTrailingSpaces();
      Emit(space, space_text);
    }
  }

  // "17 h 30", "25 $", "10 %": the number and its unit stay on one line.
  size_t UnitAfterNumber(CodePoint u, size_t pos) {
    const size_t next = pos + u.length;
    const std::string_view bytes = text_.substr(pos, u.length);
    if (!HasTrailingSpaces() || !IsDigit(before_)) {
      Emit(u.cp, bytes);
      return next;
    }
    if (u.cp == 'h') {
      char32_t after = UnitAt(next).cp;
      if (IsLetter(after) || IsDigit(after)) {  // a word or "17 h30": not a unit
        Emit(u.cp, bytes);
        return next;
      }
    }
    DropTrailingSpaces();
    Emit(kNbsp, kNbspText);
    Emit(u.cp, bytes);
    if (u.cp == 'h') {
      char32_t last_space = 0;
      size_t digit = InlineSpacesEnd(next, &last_space);
      if (digit > next && IsDigit(UnitAt(digit).cp)) {
        Emit(kNbsp, kNbspText);
        prev_ = last_space;
        return digit;
      }
    }
    return next;
  }

  // Typesets the unit at `pos` (and possibly the ones after it); returns where the next starts.
  size_t TypesetUnit(size_t pos) {
    const CodePoint u = UnitAt(pos);
    const size_t next = pos + u.length;
    const std::string_view bytes = text_.substr(pos, u.length);
    const char32_t prev = prev_;
    prev_ = u.cp;  // the cases that consume more units set it to the last one
    if (!HasRule(u.cp) || IsVerbatim(pos)) {
      Emit(u.cp, bytes);
      return next;
    }
    switch (u.cp) {
      case '"':
        if (OpensQuote(prev, next)) {
          Emit(kOpenQuote, "«");
          Emit(kNbsp, kNbspText);
          quote_open_ = true;
          return InlineSpacesEnd(next, &prev_);
        }
        CloseQuote("»");
        return next;
      case kOpenQuote: {
        Emit(u.cp, bytes);
        quote_open_ = true;
        size_t after = InlineSpacesEnd(next, &prev_);
        char32_t c = UnitAt(after).cp;
        if (c != 0 && c != '\n') Emit(kNbsp, kNbspText);
        return after;
      }
      case kCloseQuote:
        CloseQuote(bytes);
        return next;
      case '\'':
        if (IsLetter(prev) && IsLetter(UnitAt(next).cp)) {
          Emit(0x2019, "’");
        } else {
          Emit(u.cp, bytes);
        }
        return next;
      case ':':
        SpaceBeforePunctuation(kNbsp, kNbspText);
        Emit(u.cp, bytes);
        return next;
      case ';':
      case '!':
      case '?':
        SpaceBeforePunctuation(kNarrowNbsp, kNarrowNbspText);
        Emit(u.cp, bytes);
        return next;
      case '.':
        if (UnitAt(next).cp == '.' && UnitAt(next + 1).cp == '.' && !IsVerbatim(next) &&
            !IsVerbatim(next + 1)) {
          Emit(0x2026, "…");
          return next + 2;
        }
        Emit(u.cp, bytes);
        return next;
      case '-': {
        size_t end = next;
        while (UnitAt(end).cp == '-' && !IsVerbatim(end)) ++end;
        size_t count = end - pos;
        if (count == 2) {
          Emit(0x2013, "–");
        } else if (count == 3) {
          Emit(0x2014, "—");
        } else {
          // Left as typed, each dash in its own run.
          for (size_t start = pos; start < end;) {
            EnterRunAt(start);
            size_t stop = std::min(end, ends_[run_]);
            Emit(u.cp, text_.substr(start, stop - start));
            start = stop;
          }
        }
        return end;
      }
      case 'h':
      case '%':
      case '$':
      case kEuro:
        return UnitAfterNumber(u, pos);
      default:
        Emit(u.cp, bytes);
        return next;
    }
  }

  const std::string_view text_;
  const std::span<const Kind> kinds_;
  const std::span<const size_t> ends_;
  std::string& out_;
  const std::span<size_t> out_ends_;  // as many as runs
  std::vector<std::pair<size_t, size_t>> verbatim_;  // byte ranges of URLs, in order
  size_t run_ = 0;             // the run being typeset
  char32_t prev_ = 0;          // the unit before the one being typeset (0 at the start)
  char32_t before_ = 0;        // the last output piece that is not a replaceable space, or 0
  size_t trailing_start_ = 0;  // where the replaceable spaces at the end of out_ start
  bool quote_open_ = false;
};

}  // namespace

void FrenchRunsTypesetter::Clear() {
  text_.clear();
  kinds_.clear();
  ends_.clear();
}

void FrenchRunsTypesetter::AddText(std::string_view text) {
  text_.append(text);
  kinds_.push_back(Kind::kText);
  ends_.push_back(text_.size());
}

void FrenchRunsTypesetter::AddBreak() {
  text_.append(kBreakText);
  kinds_.push_back(Kind::kBreak);
  ends_.push_back(text_.size());
}

void FrenchRunsTypesetter::AddObject() {
  text_.append(kObjectText);
  kinds_.push_back(Kind::kObject);
  ends_.push_back(text_.size());
}

void FrenchRunsTypesetter::Typeset() {
  out_ends_.resize(kinds_.size());
  FrenchTypesetter(text_, kinds_, ends_, &out_, out_ends_).Typeset();
}

std::string_view FrenchRunsTypesetter::Input(size_t run) const {
  if (kinds_[run] != Kind::kText) return {};
  size_t start = run == 0 ? 0 : ends_[run - 1];
  return std::string_view(text_).substr(start, ends_[run] - start);
}

std::string_view FrenchRunsTypesetter::Output(size_t run) const {
  size_t start = run == 0 ? 0 : out_ends_[run - 1];
  return std::string_view(out_).substr(start, out_ends_[run] - start);
}

std::vector<std::string> TypesetFrenchRuns(const std::vector<TypographyRun>& runs) {
  FrenchRunsTypesetter typesetter;
  for (const TypographyRun& run : runs) {
    switch (run.kind) {
      case Kind::kText:
        typesetter.AddText(run.text);
        break;
      case Kind::kBreak:
        typesetter.AddBreak();
        break;
      case Kind::kObject:
        typesetter.AddObject();
        break;
    }
  }
  typesetter.Typeset();
  std::vector<std::string> out(runs.size());
  for (size_t r = 0; r < runs.size(); ++r) {
    if (runs[r].kind == Kind::kText) out[r] = typesetter.Output(r);
  }
  return out;
}

std::string TypesetFrench(std::string_view text) {
  const Kind kind = Kind::kText;
  const size_t end = text.size();
  size_t out_end = 0;
  std::string out;
  FrenchTypesetter(text, {&kind, 1}, {&end, 1}, &out, {&out_end, 1}).Typeset();
  return out;
}

}  // namespace maillon
