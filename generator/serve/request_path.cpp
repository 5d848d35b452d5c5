// Request targets: decoding, refusing traversal, and clean-URL lookup.
#include "serve/request_path.h"

namespace maillon {

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsUnreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

}  // namespace

std::optional<std::string> PercentDecodeStrict(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int hi = HexValue(text[i + 1]);
      const int lo = HexValue(text[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    }
    if (c == '\0') return std::nullopt;
    out += c;
  }
  return out;
}

std::optional<std::string> NormalizeRequestPath(std::string_view target) {
  const size_t end = target.find_first_of("?#");
  if (end != std::string_view::npos) target = target.substr(0, end);
  if (!target.starts_with("/")) return std::nullopt;  // "*", absolute-form or garbage
  std::optional<std::string> decoded = PercentDecodeStrict(target.substr(1));
  if (!decoded) return std::nullopt;
  // Checked after decoding: "%2e%2e%2f" is "../" to any file system.
  if (decoded->find('\\') != std::string::npos) return std::nullopt;
  size_t start = 0;
  while (start <= decoded->size()) {
    size_t slash = decoded->find('/', start);
    if (slash == std::string::npos) slash = decoded->size();
    const std::string_view segment(decoded->data() + start, slash - start);
    if (segment == "." || segment == "..") return std::nullopt;
    start = slash + 1;
  }
  return decoded;
}

std::string EncodePathForHeader(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (IsUnreserved(c) || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Route RouteRequest(std::string_view target,
                   const std::function<bool(const std::string&)>& has_file) {
  std::optional<std::string> path = NormalizeRequestPath(target);
  if (!path) return {Route::Kind::kBadRequest, ""};
  if (path->empty() || path->ends_with("/")) {
    std::string index = *path + "index.html";
    if (has_file(index)) return {Route::Kind::kFile, std::move(index)};
    return {Route::Kind::kNotFound, ""};
  }
  if (has_file(*path)) return {Route::Kind::kFile, *path};
  // A folder named without its slash: relative links in its page need the slash to resolve.
  if (has_file(*path + "/index.html")) {
    return {Route::Kind::kRedirect, "/" + EncodePathForHeader(*path) + "/"};
  }
  return {Route::Kind::kNotFound, ""};
}

}  // namespace maillon
