// CleanText: size, encoding and NUL checks, then BOM removal and line-ending normalisation.
#include "load/text_checks.h"

#include <cstdio>

#include "load/read_file.h"

namespace maillon {

namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid (bad lead byte,
// overlong form, surrogate, code point above U+10FFFF, or a truncated sequence).
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) -> unsigned { return static_cast<unsigned char>(s[k]); };
  auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return k < s.size() && at(k) >= lo && at(k) <= hi;
  };
  const unsigned c = at(i);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c == 0xE0) return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0;        // no overlongs
  if (c == 0xED) return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;  // no surrogates
  if (c >= 0xE1 && c <= 0xEF) return cont(i + 1) && cont(i + 2) ? 3 : 0;
  if (c == 0xF0) return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (c == 0xF4) return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  return 0;  // 0x80-0xC1 (stray continuation, overlong lead) and 0xF5-0xFF
}

std::string HexByte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> CleanText(std::string_view bytes, const SourcePos& file,
                                     Diagnostics& diags) {
  SourcePos whole = MakePos(file.file, 0, 0);
  if (bytes.size() > kMaxFileBytes) {
    diags.Error(whole, "",
                "file is larger than " + std::to_string(kMaxFileBytes / (1024 * 1024)) +
                    " MB; content files are expected to be small text files");
    return std::nullopt;
  }
  // UTF-16 files are a common export from word processors: say so instead of "invalid byte".
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    diags.Error(MakePos(file.file, 1, 1), "", "file is encoded as UTF-16; save it as UTF-8");
    return std::nullopt;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (IsBlank(bytes)) {
    diags.Error(whole, "",
                "file is empty; expected 'key: value' lines (or, in a .md file, front matter "
                "between --- lines and then the text)");
    return std::nullopt;
  }

  // One pass: validate and copy with LF line endings. Lines and columns count as an editor
  // does after normalisation (CRLF and lone CR both end a line; columns in bytes).
  std::string out;
  out.reserve(bytes.size());
  bool bad_utf8 = false, nul = false;
  int line = 1, col = 1;
  for (size_t i = 0; i < bytes.size();) {
    const char c = bytes[i];
    if (c == '\r' || c == '\n') {
      out += '\n';
      i += (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
      ++line;
      col = 1;
      continue;
    }
    if (c == '\0') {
      if (!nul) {
        diags.Error(MakePos(file.file, line, col), "",
                    "NUL byte (0x00) in a text file; this looks like a binary or UTF-16 file, "
                    "save it as UTF-8 text");
        nul = true;
      }
      ++i;
      ++col;
      continue;
    }
    size_t n = Utf8SequenceLength(bytes, i);
    if (n == 0) {
      if (!bad_utf8) {
        diags.Error(MakePos(file.file, line, col), "",
                    "invalid UTF-8 byte " + HexByte(static_cast<unsigned char>(c)) +
                        "; save the file as UTF-8");
        bad_utf8 = true;
      }
      n = 1;
    }
    out.append(bytes.substr(i, n));
    i += n;
    col += static_cast<int>(n);
  }
  if (bad_utf8 || nul) return std::nullopt;
  return out;
}

}  // namespace maillon
