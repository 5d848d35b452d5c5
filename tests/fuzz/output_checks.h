// What the whole-build fuzz target asserts about rendered files: no markup the content could
// have injected, and JSON that parses. Each check returns what is wrong, or "".
#pragma once

#include <string>
#include <string_view>

namespace maillon::fuzz {

// An HTML page holds no script but the theme's (<script src=...> a relative path, and whole JSON
// in <script type="application/...json">, without "<!--"), no iframe, object, embed, frame or
// base element; unless `raw_html_allowed` (site.yaml's unsafe_html), no event-handler attribute
// (on...=) and no javascript:, vbscript: or data: (but images) URL in an attribute.
std::string CheckInertHtml(std::string_view html, bool raw_html_allowed);

// `text` is one well-formed JSON value.
std::string CheckJson(std::string_view text);

}  // namespace maillon::fuzz
