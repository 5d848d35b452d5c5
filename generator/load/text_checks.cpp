// CleanText: size, encoding and NUL checks, then BOM removal and line-ending normalisation.
#include "load/text_checks.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>

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

// Offset of the first byte that does not start a valid UTF-8 sequence, or npos. ASCII, most of
// the text, is skipped eight bytes at a time, straight to the next non-ASCII byte.
size_t FirstInvalidUtf8(std::string_view s) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  size_t i = 0;
  while (i < s.size()) {
    std::uint64_t word;
    if (i + sizeof word <= s.size()) {
      std::memcpy(&word, s.data() + i, sizeof word);
      const std::uint64_t high = word & kHighBits;
      if (high == 0) {
        i += sizeof word;
        continue;
      }
      // The lowest set bit is the first non-ASCII byte in memory on a little-endian machine.
      if constexpr (std::endian::native == std::endian::little) {
        i += static_cast<size_t>(std::countr_zero(high)) / 8;
      }
    }
    const size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

// The position of byte `offset` as an editor shows it after normalisation: CRLF and lone CR
// both end a line; columns in bytes. Only computed for a message, so a second pass is fine.
SourcePos PosOfByte(std::string_view s, size_t offset, const SourcePos& file) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (s[i] != '\r' && s[i] != '\n') continue;
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
    ++line;
    line_start = i + 1;
  }
  return MakePos(file.file, line, static_cast<int>(offset - line_start) + 1);
}

// `s` with CRLF and lone CR turned into LF, into `out`.
void NormaliseLineEndings(std::string_view s, std::string& out) {
  out.clear();
  out.reserve(s.size());
  size_t start = 0;
  for (size_t cr = s.find('\r'); cr != std::string_view::npos; cr = s.find('\r', start)) {
    out.append(s.substr(start, cr - start));
    out += '\n';
    start = cr + 1;
    if (start < s.size() && s[start] == '\n') ++start;
  }
  out.append(s.substr(start));
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

std::optional<std::string_view> CleanTextView(std::string_view bytes, const SourcePos& file,
                                              Diagnostics& diags, std::string& storage) {
  SourcePos whole = MakePos(file.file, 0, 0);
  if (bytes.size() > kMaxFileBytes) {
    diags.Error(whole, "",
                Text("file is larger than " + std::to_string(kMaxFileBytes / (1024 * 1024)) +
                         " MB; content files are expected to be small text files",
                     "le fichier dépasse " + std::to_string(kMaxFileBytes / (1024 * 1024)) +
                         " Mo ; les fichiers de contenu sont de petits fichiers texte"));
    return std::nullopt;
  }
  // UTF-16 files are a common export from word processors: say so instead of "invalid byte".
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    diags.Error(MakePos(file.file, 1, 1), "",
                {"file is encoded as UTF-16; save it as UTF-8",
                 "le fichier est encodé en UTF-16 ; enregistrez-le en UTF-8"});
    return std::nullopt;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (IsBlank(bytes)) {
    diags.Error(whole, "",
                {"file is empty; expected 'key: value' lines (or, in a .md file, front matter "
                 "between --- lines and then the text)",
                 "le fichier est vide ; attendu : des lignes « clé: valeur » (ou, dans un "
                 "fichier .md, un en-tête entre deux lignes --- puis le texte)"});
    return std::nullopt;
  }

  // Valid text is checked with fast scans; positions are worked out only for the first NUL and
  // the first invalid UTF-8 byte, reported in the order they appear.
  const void* nul_at = std::memchr(bytes.data(), '\0', bytes.size());
  const size_t nul = nul_at ? static_cast<size_t>(static_cast<const char*>(nul_at) - bytes.data())
                            : std::string_view::npos;
  const size_t bad = FirstInvalidUtf8(bytes);
  for (size_t at : {std::min(nul, bad), std::max(nul, bad)}) {
    if (at == std::string_view::npos) break;
    if (at == nul) {
      diags.Error(PosOfByte(bytes, at, file), "",
                  {"NUL byte (0x00) in a text file; this looks like a binary or UTF-16 file, "
                   "save it as UTF-8 text",
                   "octet NUL (0x00) dans un fichier texte ; on dirait un fichier binaire ou "
                   "UTF-16, enregistrez-le en texte UTF-8"});
    } else {
      diags.Error(PosOfByte(bytes, at, file), "",
                  Text("invalid UTF-8 byte " + HexByte(static_cast<unsigned char>(bytes[at])) +
                           "; save the file as UTF-8",
                       "octet UTF-8 invalide " + HexByte(static_cast<unsigned char>(bytes[at])) +
                           " ; enregistrez le fichier en UTF-8"));
    }
  }
  if (nul != std::string_view::npos || bad != std::string_view::npos) return std::nullopt;
  if (bytes.find('\r') == std::string_view::npos) return bytes;
  NormaliseLineEndings(bytes, storage);
  return std::string_view(storage);
}

std::optional<std::string> CleanText(std::string_view bytes, const SourcePos& file,
                                     Diagnostics& diags) {
  std::string storage;
  const std::optional<std::string_view> text = CleanTextView(bytes, file, diags, storage);
  if (!text) return std::nullopt;
  if (text->data() == storage.data()) return storage;
  return std::string(*text);
}

}  // namespace maillon
