// Slugs and accent folding.
#include "model/text.h"

#include <cstdio>

namespace maillon {
namespace {

// Decodes one UTF-8 sequence; an invalid byte reads as U+FFFD, length 1.
char32_t DecodeUtf8(std::string_view s, size_t pos, size_t* length) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = b(pos);
  size_t n = b0 < 0x80             ? 1
             : (b0 & 0xE0) == 0xC0 ? 2
             : (b0 & 0xF0) == 0xE0 ? 3
             : (b0 & 0xF8) == 0xF0 ? 4
                                   : 0;
  *length = 1;
  if (n == 1) return b0;
  if (n == 0 || pos + n > s.size()) return 0xFFFD;
  char32_t cp = b0 & (0x7F >> n);
  for (size_t i = 1; i < n; ++i) {
    if ((b(pos + i) & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (b(pos + i) & 0x3F);
  }
  *length = n;
  return cp;
}

// The ASCII spelling of a Latin letter with its accent removed, lowercase; "" for others.
std::string_view FoldLatin(char32_t c) {
  if (c < 0x80) {
    static constexpr std::string_view kDigits = "0123456789";
    static constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz";
    if (c >= '0' && c <= '9') return kDigits.substr(c - '0', 1);
    if (c >= 'a' && c <= 'z') return kLetters.substr(c - 'a', 1);
    if (c >= 'A' && c <= 'Z') return kLetters.substr(c - 'A', 1);
    return "";
  }
  // Latin-1 letters, 0xC0..0xFF; "" marks × and ÷. Upper and lower case fold alike.
  static constexpr std::string_view kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[c - 0xC0];
  // Latin Extended-A (Polish, Czech, Turkish… names), by ranges of the same base letter.
  struct Range {
    char32_t first, last;
    std::string_view ascii;
  };
  static constexpr Range kExtendedA[] = {
      {0x100, 0x105, "a"}, {0x106, 0x10D, "c"},  {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
      {0x11C, 0x123, "g"}, {0x124, 0x127, "h"},  {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
      {0x134, 0x135, "j"}, {0x136, 0x138, "k"},  {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
      {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
      {0x162, 0x167, "t"}, {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
      {0x179, 0x17E, "z"}};
  for (const Range& range : kExtendedA) {
    if (c >= range.first && c <= range.last) return range.ascii;
  }
  return "";
}

}  // namespace

bool IsSlug(std::string_view text) {
  if (text.empty() || text.front() == '-' || text.back() == '-') return false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '-') {
      if (text[i - 1] == '-') return false;
    } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
      return false;
    }
  }
  return true;
}

std::string Slugify(std::string_view text) {
  std::string slug;
  bool pending_dash = false;
  for (size_t pos = 0; pos < text.size();) {
    size_t length = 1;
    char32_t cp = DecodeUtf8(text, pos, &length);
    pos += length;
    std::string_view folded = FoldLatin(cp);
    if (folded.empty()) {
      pending_dash = true;
      continue;
    }
    if (pending_dash && !slug.empty()) slug.push_back('-');
    pending_dash = false;
    slug.append(folded);
  }
  return slug;
}

std::string FoldAccents(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t length = 1;
    char32_t cp = DecodeUtf8(text, pos, &length);
    std::string_view folded = FoldLatin(cp);
    if (folded.empty()) {
      out.append(text.substr(pos, length));
    } else {
      out.append(folded);
    }
    pos += length;
  }
  return out;
}

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
          out += c;
        }
    }
  }
  return out;
}

std::string QuoteJson(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
      out += escaped;
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

}  // namespace maillon
