// Request targets to site files: decoding, traversal refused, clean URLs and redirects.
#include "serve/request_path.h"

#include <doctest/doctest.h>

#include <set>

using namespace maillon;

namespace {

const std::set<std::string> kFiles = {
    "index.html", "organismes/index.html", "organismes/cab/index.html", "assets/style.css",
    "404.html",   "static/photo été.jpg"};

Route Lookup(std::string_view target) {
  return RouteRequest(target, [](const std::string& p) { return kFiles.count(p) > 0; });
}

}  // namespace

TEST_CASE("percent-decoding is strict: bad escapes and NUL are refused") {
  CHECK(PercentDecodeStrict("a%20b") == "a b");
  CHECK(PercentDecodeStrict("%C3%A9t%c3%a9") == "été");
  CHECK(PercentDecodeStrict("a+b") == "a+b");
  CHECK(PercentDecodeStrict("%2e%2E") == "..");
  CHECK_FALSE(PercentDecodeStrict("%").has_value());
  CHECK_FALSE(PercentDecodeStrict("%4").has_value());
  CHECK_FALSE(PercentDecodeStrict("%zz").has_value());
  CHECK_FALSE(PercentDecodeStrict("a%00b").has_value());
}

TEST_CASE("request paths are normalised, and traversal in any spelling is refused") {
  CHECK(NormalizeRequestPath("/") == "");
  CHECK(NormalizeRequestPath("/organismes/?page=2#top") == "organismes/");
  CHECK(NormalizeRequestPath("/assets%2fstyle.css") == "assets/style.css");
  CHECK(NormalizeRequestPath("//etc/passwd") == "/etc/passwd");  // names no file of the site
  CHECK(NormalizeRequestPath("/a..b/c.d") == "a..b/c.d");        // dots inside names are fine
  for (const char* bad :
       {"", "organismes/", "*", "http://example.org/", "/../", "/..", "/%2e%2e/", "/%2e%2e%2f",
        "/%2E%2E%2Fetc%2Fpasswd", "/assets/../../../etc/passwd", "/./index.html", "/a/%2e/b",
        "/..%5c..%5cwindows", "/a\\b", "/a%00.html", "/%"}) {
    CAPTURE(bad);
    CHECK_FALSE(NormalizeRequestPath(bad).has_value());
  }
}

TEST_CASE("clean URLs map onto index.html files as in production") {
  Route r = Lookup("/");
  CHECK(r.kind == Route::Kind::kFile);
  CHECK(r.path == "index.html");
  r = Lookup("/organismes/");
  CHECK(r.kind == Route::Kind::kFile);
  CHECK(r.path == "organismes/index.html");
  r = Lookup("/organismes/cab/index.html");
  CHECK(r.kind == Route::Kind::kFile);
  CHECK(r.path == "organismes/cab/index.html");
  r = Lookup("/assets/style.css?v=3");
  CHECK(r.kind == Route::Kind::kFile);
  CHECK(r.path == "assets/style.css");
  r = Lookup("/static/photo%20%C3%A9t%C3%A9.jpg");
  CHECK(r.kind == Route::Kind::kFile);
  CHECK(r.path == "static/photo été.jpg");
}

TEST_CASE("a folder without its slash redirects; unknown paths are not found") {
  Route r = Lookup("/organismes");
  CHECK(r.kind == Route::Kind::kRedirect);
  CHECK(r.path == "/organismes/");
  r = Lookup("/organismes/cab?x=1");
  CHECK(r.kind == Route::Kind::kRedirect);
  CHECK(r.path == "/organismes/cab/");  // the query is dropped, never echoed
  CHECK(Lookup("/nouvelles/").kind == Route::Kind::kNotFound);
  CHECK(Lookup("/assets/").kind == Route::Kind::kNotFound);  // no folder listing
  CHECK(Lookup("//etc/passwd").kind == Route::Kind::kNotFound);
  CHECK(Lookup("/organismes//").kind == Route::Kind::kNotFound);
  CHECK(Lookup("/../etc/passwd").kind == Route::Kind::kBadRequest);
  CHECK(Lookup("/%2e%2e%2fetc/passwd").kind == Route::Kind::kBadRequest);
}

TEST_CASE("a Location header is built only from safe bytes") {
  CHECK(EncodePathForHeader("organismes/cab") == "organismes/cab");
  CHECK(EncodePathForHeader("a b\r\nSet-Cookie: x") == "a%20b%0D%0ASet-Cookie%3A%20x");
  CHECK(EncodePathForHeader("été") == "%C3%A9t%C3%A9");
}
