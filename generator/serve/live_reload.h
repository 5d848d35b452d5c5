// What the preview adds to pages: the live-reload script, the build error overlay, SSE messages.
#pragma once

#include <string>
#include <string_view>

#include "model/text.h"

namespace maillon {

// The preview's own URLs; the site never uses the "__maillon" folder.
inline constexpr std::string_view kLiveScriptUrl = "/__maillon/live.js";
inline constexpr std::string_view kEventsUrl = "/__maillon/events";

// The tag injected before </body> of every HTML page the preview serves. It names the site
// `generation` the page comes from: a page whose site was rebuilt between its loading and its
// script connecting reloads at once instead of missing that rebuild.
std::string LiveScriptTag(std::string_view generation);

// HTML escaping is EscapeMarkup (model/text.h).
inline std::string HtmlEscape(std::string_view text) { return EscapeMarkup(text); }

// The error overlay: a fixed box with role="alert" showing `report` (the diagnostics as the
// terminal prints them) in monospace, HTML-escaped. live.js builds the same box from an
// "error" event.
std::string ErrorOverlayHtml(std::string_view report);

// `html` with `markup` inserted before its last </body> (any letter case), or appended when the
// page has none.
std::string InjectBeforeBodyEnd(std::string_view html, std::string_view markup);

// A page as the preview serves it: the live-reload tag for `generation`, preceded by the error
// overlay when `build_error` (the last failed rebuild's report) is not empty.
std::string PreviewHtml(std::string_view html, std::string_view build_error,
                        std::string_view generation);

// One Server-Sent Events message: "event: NAME", one "data:" line per line of `data` (carriage
// returns dropped: they would end a line too), then a blank line.
std::string SseMessage(std::string_view event, std::string_view data);

// The source of /__maillon/live.js: opens the event stream, reloads on "reload", refreshes
// stylesheets on "css", shows the overlay on "error", and reloads when it reconnects to a server
// whose site changed meanwhile ("hello" carries the site's generation).
const std::string& LiveScript();

}  // namespace maillon
