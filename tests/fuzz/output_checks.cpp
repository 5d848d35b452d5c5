// CheckInertHtml and CheckJson: small scanners, strict where the theme's own output is known.
#include "output_checks.h"

#include <cctype>
#include <string>
#include <vector>

namespace maillon::fuzz {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Attribute {
  std::string name;  // lowercase
  std::string value;
};

// The attributes of the tag whose name ends at `i`; `i` ends past its '>'.
std::vector<Attribute> ReadAttributes(std::string_view html, size_t& i) {
  std::vector<Attribute> attributes;
  auto space = [&](size_t k) {
    return k < html.size() && std::isspace(static_cast<unsigned char>(html[k]));
  };
  while (i < html.size()) {
    while (space(i) || (i < html.size() && html[i] == '/')) ++i;
    if (i >= html.size() || html[i] == '>') break;
    const size_t name_start = i;
    while (i < html.size() && !space(i) && html[i] != '=' && html[i] != '>' && html[i] != '/') ++i;
    if (i == name_start) ++i;  // a stray character
    Attribute a{Lower(html.substr(name_start, i - name_start)), ""};
    while (space(i)) ++i;
    if (i < html.size() && html[i] == '=') {
      ++i;
      while (space(i)) ++i;
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        const size_t end = html.find(html[i], i + 1);
        const size_t stop = end == std::string_view::npos ? html.size() : end;
        a.value = std::string(html.substr(i + 1, stop - i - 1));
        i = stop + 1;
      } else {
        const size_t start = i;
        while (i < html.size() && !space(i) && html[i] != '>') ++i;
        a.value = std::string(html.substr(start, i - start));
      }
    }
    attributes.push_back(std::move(a));
  }
  ++i;
  return attributes;
}

// An attribute value as a browser reads a URL in it: character references decoded, controls and
// blanks dropped, lowercase.
std::string UrlAsRead(std::string_view value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    unsigned code = static_cast<unsigned char>(value[i]);
    if (value[i] == '&') {
      const size_t semi = value.find(';', i);
      const std::string ref =
          Lower(value.substr(i + 1, semi == std::string_view::npos ? 0 : semi - i - 1));
      if (ref.size() > 1 && ref[0] == '#') {
        code = static_cast<unsigned>(ref[1] == 'x' ? std::strtoul(ref.c_str() + 2, nullptr, 16)
                                                   : std::strtoul(ref.c_str() + 1, nullptr, 10));
        i = semi;
      } else if (ref == "colon" || ref == "tab" || ref == "newline") {
        code = ref == "colon" ? ':' : ' ';
        i = semi;
      }
    }
    if (code <= 0x20 || code == 0x7F) continue;
    out += static_cast<char>(code < 0x80 ? std::tolower(static_cast<int>(code)) : '?');
  }
  return out;
}

bool DangerousUrl(const std::string& url) {
  if (url.rfind("javascript:", 0) == 0 || url.rfind("vbscript:", 0) == 0) return true;
  if (url.rfind("data:", 0) != 0) return false;
  for (const char* image :
       {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"}) {
    if (url.rfind(image, 0) == 0) return false;
  }
  return true;
}

std::string Around(std::string_view html, size_t at) {
  const size_t from = at < 40 ? 0 : at - 40;
  return "'" + std::string(html.substr(from, 120)) + "'";
}

}  // namespace

std::string CheckInertHtml(std::string_view html, bool raw_html_allowed) {
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    size_t i = at + 1;
    while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i]))) ++i;
    if (i == at + 1) continue;  // not a start tag
    const std::string tag = Lower(html.substr(at + 1, i - at - 1));
    const std::vector<Attribute> attributes = ReadAttributes(html, i);
    if (tag == "iframe" || tag == "object" || tag == "embed" || tag == "frame" || tag == "base") {
      return "a <" + tag + "> element: " + Around(html, at);
    }
    if (tag == "script") {
      // The theme's own scripts are files of the site: a relative src, without a scheme.
      const bool external = !attributes.empty() && attributes[0].name == "src" &&
                            attributes[0].value.find(':') == std::string::npos;
      const bool json = !attributes.empty() && attributes[0].name == "type" &&
                        (attributes[0].value == "application/ld+json" ||
                         attributes[0].value == "application/json");
      if (!external && !json) return "a script that is not the theme's: " + Around(html, at);
      // The script ends at the first "</script", and "<!--" in it could move that end (HTML's
      // escaped script states): the theme's JSON must run whole up to there.
      const size_t end = Lower(html.substr(i)).find("</script");
      if (end == std::string::npos) return "an unclosed script: " + Around(html, at);
      const std::string_view text = html.substr(i, end);
      if (text.find("<!--") != std::string_view::npos)
        return "'<!--' in a script: " + Around(html, at);
      const std::string json_problem = json ? CheckJson(text) : "";
      if (!json_problem.empty()) return "a script's JSON cut short: " + json_problem;
      if (external && text.find_first_not_of(" \n\t") != std::string_view::npos) {
        return "text in an external script: " + Around(html, at);
      }
    }
    if (raw_html_allowed) continue;
    for (const Attribute& a : attributes) {
      if (a.name.size() > 2 && a.name.rfind("on", 0) == 0) {
        return "an event-handler attribute " + a.name + ": " + Around(html, at);
      }
      if ((a.name == "href" || a.name == "src" || a.name == "action" || a.name == "formaction" ||
           a.name == "xlink:href") &&
          DangerousUrl(UrlAsRead(a.value))) {
        return "a dangerous URL in " + a.name + ": " + Around(html, at);
      }
    }
  }
  return "";
}

namespace {

// A JSON reader that only says whether the text is JSON; nesting with an explicit stack.
class JsonCheck {
 public:
  explicit JsonCheck(std::string_view text) : s_(text) {}

  std::string Run() {
    std::vector<char> open;  // '[' or '{' of the values being read
    bool expect_value = true;
    while (true) {
      Blank();
      if (expect_value) {
        if (i_ >= s_.size()) return Fail("a value is missing");
        const char c = s_[i_];
        if (c == '[' || c == '{') {
          open.push_back(c);
          ++i_;
          Blank();
          if (i_ < s_.size() && s_[i_] == (c == '[' ? ']' : '}')) {
            open.pop_back();
            ++i_;
            expect_value = false;
            if (open.empty()) break;
            continue;
          }
          if (c == '{' && !Key()) return Fail("a key is expected");
          continue;
        }
        if (!Scalar()) return Fail("a value is malformed");
        expect_value = false;
        if (open.empty()) break;
        continue;
      }
      if (i_ >= s_.size()) return Fail("a ']' or '}' is missing");
      const char c = s_[i_++];
      if (c == ',') {
        expect_value = true;
        if (open.back() == '{') {
          Blank();
          if (!Key()) return Fail("a key is expected");
        }
      } else if (c == (open.back() == '[' ? ']' : '}')) {
        open.pop_back();
        if (open.empty()) break;
      } else {
        return Fail("',' or the closing bracket is expected");
      }
    }
    Blank();
    return i_ == s_.size() ? "" : Fail("text after the value");
  }

 private:
  void Blank() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r'))
      ++i_;
  }
  std::string Fail(const std::string& why) const {
    return "invalid JSON (" + why + ") at byte " + std::to_string(i_) + ": '" +
           std::string(s_.substr(i_ < 30 ? 0 : i_ - 30, 60)) + "'";
  }
  bool Key() {
    if (!String()) return false;
    Blank();
    if (i_ >= s_.size() || s_[i_] != ':') return false;
    ++i_;
    return true;
  }
  bool String() {
    if (i_ >= s_.size() || s_[i_] != '"') return false;
    for (++i_; i_ < s_.size(); ++i_) {
      const unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c < 0x20) return false;  // a raw control character
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c != '\\') continue;
      if (++i_ >= s_.size()) return false;
      if (s_[i_] == 'u') {
        for (int k = 0; k < 4; ++k) {
          if (++i_ >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[i_]))) return false;
        }
      } else if (std::string_view("\"\\/bfnrt").find(s_[i_]) == std::string_view::npos) {
        return false;
      }
    }
    return false;
  }
  bool Scalar() {
    if (s_[i_] == '"') return String();
    for (std::string_view word : {"true", "false", "null"}) {
      if (s_.substr(i_, word.size()) == word) {
        i_ += word.size();
        return true;
      }
    }
    const size_t start = i_;
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    const size_t digits = i_;
    while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
    if (i_ == digits || (s_[digits] == '0' && i_ - digits > 1)) return false;
    if (i_ < s_.size() && s_[i_] == '.') {
      const size_t frac = ++i_;
      while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
      if (i_ == frac) return false;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      const size_t exp = i_;
      while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
      if (i_ == exp) return false;
    }
    return i_ > start;
  }

  std::string_view s_;
  size_t i_ = 0;
};

}  // namespace

std::string CheckJson(std::string_view text) { return JsonCheck(text).Run(); }

}  // namespace maillon::fuzz
