// Live reload and the error overlay: pure string building, shared by the server and its tests.
#include "serve/live_reload.h"

#include <cctype>

namespace maillon {

namespace {

// One look for the overlay whether the server injects it or live.js builds it. No double
// quotes: the values go into style="..." attributes as they are.
constexpr std::string_view kOverlayId = "maillon-error-overlay";
constexpr std::string_view kBoxStyle =
    "position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:70vh;overflow:auto;"
    "z-index:2147483647;box-sizing:border-box;background:#fff;color:#1b1b1b;"
    "border:3px solid #b3261e;border-radius:6px;padding:1rem 1.25rem;"
    "box-shadow:0 6px 28px rgba(0,0,0,.4);text-align:left;"
    "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
constexpr std::string_view kTitleStyle =
    "margin:0 0 .5rem;font:inherit;font-weight:700;"
    "color:#b3261e";
constexpr std::string_view kReportStyle =
    "margin:0;font:inherit;white-space:pre-wrap;overflow-wrap:anywhere;background:none;"
    "color:inherit;border:0;padding:0";
constexpr std::string_view kButtonStyle =
    "margin-top:.75rem;font:inherit;padding:.25rem .75rem;background:#fff;color:#1b1b1b;"
    "border:2px solid #1b1b1b;border-radius:4px;cursor:pointer";
constexpr std::string_view kTitle =
    "Maillon could not rebuild the site. Fix the problems below and save; until then the "
    "preview shows the last version that built.";
constexpr std::string_view kClose = "Close";

// A single-quoted JavaScript string literal; '<' is escaped so "</script>" cannot appear.
std::string JsString(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\'': out += "\\'"; break;
      case '\n': out += "\\n"; break;
      case '<': out += "\\x3c"; break;
      default: out += c;
    }
  }
  return out + "'";
}

std::string BuildLiveScript() {
  std::string js =
      "// Maillon preview: live reload, stylesheet refresh and the build error overlay.\n"
      "(function () {\n"
      "  'use strict';\n";
  js += "  var ID = " + JsString(kOverlayId) + ";\n";
  js += "  var BOX = " + JsString(kBoxStyle) + ", TITLE = " + JsString(kTitleStyle) +
        ", REPORT = " + JsString(kReportStyle) + ", BUTTON = " + JsString(kButtonStyle) + ";\n";
  js += "  var TITLE_TEXT = " + JsString(kTitle) + ", CLOSE = " + JsString(kClose) + ";\n";
  js += R"js(  // Where the keyboard was before it went into the overlay: closing the overlay brings it back
  // there, rather than dropping it on the body (the top of the page for the next Tab).
  var returnFocus = null;
  document.addEventListener('focusin', function (event) {
    var box = document.getElementById(ID);
    if (!box || !box.contains(event.target)) returnFocus = event.target;
  });
  function removeOverlay() {
    var old = document.getElementById(ID);
    if (!old) return;
    var hadFocus = old.contains(document.activeElement);
    old.parentNode.removeChild(old);
    if (hadFocus && returnFocus && returnFocus !== document.body && document.contains(returnFocus)) {
      returnFocus.focus();
    }
  }
  function element(tag, style, text) {
    var e = document.createElement(tag);
    e.style.cssText = style;
    if (text !== undefined) e.textContent = text;  // text, never markup: messages quote files
    return e;
  }
  function showOverlay(report) {
    removeOverlay();
    var box = element('div', BOX);
    box.id = ID;
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', 'en');
    box.setAttribute('aria-labelledby', ID + '-title');
    box.tabIndex = 0;  // it scrolls on small screens: the keyboard must be able to scroll it too
    var title = element('p', TITLE, TITLE_TEXT);
    title.id = ID + '-title';
    var close = element('button', BUTTON, CLOSE);
    close.type = 'button';
    close.setAttribute('data-maillon-close', '');
    box.appendChild(title);
    box.appendChild(element('pre', REPORT, report));
    box.appendChild(close);
    document.body.appendChild(box);
  }
  function refreshStylesheets() {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href, location.href);
      url.searchParams.set('maillon', String(Date.now()));
      links[i].href = url.href;
    }
  }
  document.addEventListener('click', function (event) {
    var t = event.target;
    if (t && t.closest && t.closest('[data-maillon-close]')) removeOverlay();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') removeOverlay();
  });
  if (!window.EventSource) return;
  // The site this page was served from (see LiveScriptTag); null on a page without it.
  var script = document.currentScript;
  var generation = (script && script.getAttribute('data-generation')) || null;
  function connect() {
    var source = new EventSource('/__maillon/events');
    source.addEventListener('hello', function (event) {
      // A different site than the one this page came from: it was rebuilt while we were away.
      if (generation !== null && event.data !== generation) location.reload();
      generation = event.data;
    });
    source.addEventListener('reload', function () { location.reload(); });
    source.addEventListener('css', function (event) {
      generation = event.data;
      refreshStylesheets();
      removeOverlay();
    });
    source.addEventListener('error', function (event) {
      // The server's "error" event carries the report; the browser's own has no data.
      if (typeof event.data === 'string') { showOverlay(event.data); return; }
      // Refused (too many streams) or the server is gone: the browser gave up, try later.
      if (source.readyState === 2) { source.close(); setTimeout(connect, 5000); }
    });
  }
  connect();
})();
)js";
  return js;
}

}  // namespace

std::string ErrorOverlayHtml(std::string_view report) {
  std::string out;
  out += "<div id=\"" + std::string(kOverlayId) + "\" role=\"alert\" lang=\"en\" ";
  out += "aria-labelledby=\"" + std::string(kOverlayId) + "-title\" ";
  // Focusable: on a small screen the box scrolls, and only a focused box scrolls with the keys.
  out += "tabindex=\"0\" ";
  out += "style=\"" + std::string(kBoxStyle) + "\">";
  out += "<p id=\"" + std::string(kOverlayId) + "-title\" style=\"" + std::string(kTitleStyle) +
         "\">" + HtmlEscape(kTitle) + "</p>";
  out += "<pre style=\"" + std::string(kReportStyle) + "\">" + HtmlEscape(report) + "</pre>";
  out += "<button type=\"button\" data-maillon-close style=\"" + std::string(kButtonStyle) + "\">" +
         std::string(kClose) + "</button></div>";
  return out;
}

std::string InjectBeforeBodyEnd(std::string_view html, std::string_view markup) {
  // The last "</body": an earlier one could sit inside a comment or a script's string.
  constexpr std::string_view kTag = "</body";
  size_t at = std::string_view::npos;
  for (size_t i = html.size() >= kTag.size() ? html.size() - kTag.size() + 1 : 0; i-- > 0;) {
    bool match = true;
    for (size_t k = 0; k < kTag.size() && match; ++k) {
      match = std::tolower(static_cast<unsigned char>(html[i + k])) == kTag[k];
    }
    if (match) {
      at = i;
      break;
    }
  }
  std::string out;
  out.reserve(html.size() + markup.size());
  if (at == std::string_view::npos) {
    out.append(html).append(markup);
  } else {
    out.append(html.substr(0, at)).append(markup).append(html.substr(at));
  }
  return out;
}

std::string LiveScriptTag(std::string_view generation) {
  return "<script src=\"" + std::string(kLiveScriptUrl) + "\" data-generation=\"" +
         HtmlEscape(generation) + "\"></script>";
}

std::string PreviewHtml(std::string_view html, std::string_view build_error,
                        std::string_view generation) {
  std::string markup;
  if (!build_error.empty()) markup = ErrorOverlayHtml(build_error);
  markup += LiveScriptTag(generation);
  return InjectBeforeBodyEnd(html, markup);
}

std::string SseMessage(std::string_view event, std::string_view data) {
  std::string out = "event: " + std::string(event) + "\n";
  size_t start = 0;
  while (true) {
    size_t end = data.find('\n', start);
    std::string_view line = data.substr(start, end == std::string_view::npos ? end : end - start);
    out += "data: ";
    for (char c : line) {
      if (c != '\r') out += c;
    }
    out += "\n";
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out + "\n";
}

const std::string& LiveScript() {
  static const std::string script = BuildLiveScript();
  return script;
}

}  // namespace maillon
