// Values as YAML text: plain when it reads back the same, quoted otherwise.
#include "validate/yaml_value.h"

#include <cstdio>
#include <vector>

namespace maillon {

namespace {

using T = FieldType;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// What YAML 1.1 or 1.2 reads as something other than a string when plain: null, booleans
// (yes/no too, for older readers), numbers, .inf and .nan.
bool ReadsAsNonString(std::string_view s) {
  std::string lower(s);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (std::string_view word : {"~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
                                ".inf", "-.inf", "+.inf", ".nan"}) {
    if (lower == word) return true;
  }
  // A number: sign, digits, point, exponent (0x and 0o forms start with a digit too).
  size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  if (i < s.size() && s[i] == '.') ++i;
  return i < s.size() && IsDigit(s[i]) &&
         s.find_first_not_of("0123456789.eE+-_xXoOabcdefABCDEF:", i) == std::string_view::npos;
}

// Whether `s` can be written plain (in block context, or inside [ ] with `in_flow`).
bool PlainIsSafe(std::string_view s, bool in_flow) {
  if (s.empty() || Trim(s).size() != s.size()) return false;
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
    if (in_flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) return false;
  }
  const char first = s.front();
  const std::string_view indicators = "-?:,[]{}#&*!|>'\"%@`";
  // "-", "?" and ":" may start a plain scalar when a non-space follows ("-3", "-abc").
  const bool dash_like = (first == '-' || first == '?' || first == ':') && s.size() > 1 &&
                         s[1] != ' ' && !(in_flow && first != '-');
  if (indicators.find(first) != std::string_view::npos && !dash_like) return false;
  return s.find(": ") == std::string_view::npos && s.find(" #") == std::string_view::npos &&
         s.back() != ':';
}

// "a, b" -> "[a, b]", each item written for a flow list.
std::string FlowList(std::string_view text) {
  std::vector<std::string_view> items;
  while (!text.empty()) {
    const size_t comma = text.find(',');
    items.push_back(Trim(text.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    out += (i ? ", " : "") + YamlString(items[i], true);
  }
  return out + "]";
}

}  // namespace

std::string DoubleQuoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out += c;  // UTF-8 as it is
        }
    }
  }
  return out + "\"";
}

std::string YamlString(std::string_view text, bool in_flow) {
  if (PlainIsSafe(text, in_flow) && !ReadsAsNonString(text)) return std::string(text);
  return DoubleQuoted(text);
}

std::string YamlValue(const FieldSpec& field, std::string_view text) {
  const std::string_view trimmed = Trim(text);
  switch (field.type) {
    case T::kObject:
    case T::kObjectList: return std::string(trimmed);
    case T::kSlugList:
    case T::kSlugListOrAll:
    case T::kStringList:
    case T::kDateList:
      if (trimmed.starts_with("[")) return std::string(trimmed);
      if (field.type == T::kSlugListOrAll && trimmed == "all") return "all";
      return trimmed.empty() ? "[]" : FlowList(trimmed);
    case T::kInt:
    case T::kBool: return PlainIsSafe(text, false) ? std::string(text) : DoubleQuoted(text);
    case T::kTime:
    case T::kColour: return DoubleQuoted(text);
    case T::kDate:
    case T::kDateTime:
    case T::kDateOrDateTime:
      // Plain, as the content writes them: an editor reading YAML 1.2 sees a string.
      return PlainIsSafe(text, false) ? std::string(text) : DoubleQuoted(text);
    default: return YamlString(text);
  }
}

}  // namespace maillon
