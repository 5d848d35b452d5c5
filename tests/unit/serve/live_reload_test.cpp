// What the preview adds to pages: the script tag, the escaped error overlay, SSE messages.
#include "serve/live_reload.h"

#include <doctest/doctest.h>

using namespace maillon;

TEST_CASE("HTML escaping covers text and attribute contexts") {
  CHECK(HtmlEscape("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&apos;x&apos;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(HtmlEscape("Bécancour: ok") == "Bécancour: ok");
}

TEST_CASE("the overlay is an alert box whose report is escaped text") {
  const std::string report =
      "content/news/x.md:3:7: error: field 'title': expected text\n"
      "    title: <b>oops</b> & </pre><script>alert(1)</script>\n"
      "          ^";
  const std::string html = ErrorOverlayHtml(report);
  CHECK(html.find("role=\"alert\"") != std::string::npos);
  CHECK(html.find("position:fixed") != std::string::npos);
  CHECK(html.find("monospace") != std::string::npos);
  CHECK(html.find("content/news/x.md:3:7: error: field &apos;title&apos;") != std::string::npos);
  CHECK(html.find("&lt;b&gt;oops&lt;/b&gt; &amp; &lt;/pre&gt;&lt;script&gt;") != std::string::npos);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  // Exactly one <pre> opened and closed: the report cannot end it early.
  CHECK(html.find("</pre>") == html.rfind("</pre>"));
}

TEST_CASE("markup goes before the last </body>, in any letter case, or at the end") {
  CHECK(InjectBeforeBodyEnd("<html><body><p>x</p></body></html>", "<i>") ==
        "<html><body><p>x</p><i></body></html>");
  CHECK(InjectBeforeBodyEnd("<BODY>x</BODY>\n", "<i>") == "<BODY>x<i></BODY>\n");
  CHECK(InjectBeforeBodyEnd("<script>s='</body>'</script></body>", "<i>") ==
        "<script>s='</body>'</script><i></body>");
  CHECK(InjectBeforeBodyEnd("<p>fragment</p>", "<i>") == "<p>fragment</p><i>");
  CHECK(InjectBeforeBodyEnd("", "<i>") == "<i>");
  CHECK(InjectBeforeBodyEnd("</bod", "<i>") == "</bod<i>");
}

TEST_CASE("preview pages get the live-reload tag, and the overlay only after a failure") {
  const std::string page = "<html><body><main>x</main></body></html>";
  const std::string good = PreviewHtml(page, "", "17-2");
  CHECK(good == "<html><body><main>x</main><script src=\"/__maillon/live.js\" "
                "data-generation=\"17-2\"></script></body></html>");
  const std::string bad = PreviewHtml(page, "a.md:1:1: error: <x>", "17-2");
  CHECK(bad.find("maillon-error-overlay") != std::string::npos);
  CHECK(bad.find("a.md:1:1: error: &lt;x&gt;") != std::string::npos);
  CHECK(bad.find("maillon-error-overlay") < bad.find(LiveScriptTag("17-2")));
  CHECK(bad.ends_with("</script></body></html>"));
}

TEST_CASE("SSE messages carry each line of data on its own data: line") {
  CHECK(SseMessage("reload", "g-2") == "event: reload\ndata: g-2\n\n");
  CHECK(SseMessage("error", "a:1:1: error\r\n  x\n  ^") ==
        "event: error\ndata: a:1:1: error\ndata:   x\ndata:   ^\n\n");
  CHECK(SseMessage("css", "") == "event: css\ndata: \n\n");
}

TEST_CASE("live.js listens for every event and cannot close its own script tag") {
  const std::string& js = LiveScript();
  for (const char* needle : {"/__maillon/events", "'reload'", "'css'", "'error'", "'hello'", "role",
                             "textContent", "stylesheet"}) {
    CAPTURE(needle);
    CHECK(js.find(needle) != std::string::npos);
  }
  CHECK(js.find("</script") == std::string::npos);
  CHECK(js.find("innerHTML") == std::string::npos);  // reports are shown as text only
}
