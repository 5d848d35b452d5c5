// CleanText: encoding, NUL and emptiness errors at exact positions; BOM and line-ending clean-up.
#include <doctest/doctest.h>

#include <string>

#include "load/read_file.h"
#include "load/text_checks.h"

using namespace maillon;

namespace {

const SourcePos kFile = FilePos("content/news/x.md");

}  // namespace

TEST_CASE("CleanText keeps valid UTF-8 text as it is") {
  Diagnostics diags;
  auto text = CleanText("title: Café à l'église\n", kFile, diags);
  REQUIRE(text);
  CHECK(*text == "title: Café à l'église\n");
  CHECK(diags.all().empty());
}

TEST_CASE("CleanText removes a UTF-8 BOM") {
  Diagnostics diags;
  auto text = CleanText("\xEF\xBB\xBFtitle: x\n", kFile, diags);
  REQUIRE(text);
  CHECK(*text == "title: x\n");
  CHECK(diags.all().empty());
}

TEST_CASE("CleanText turns CRLF and lone CR into LF") {
  Diagnostics diags;
  auto text = CleanText("a: 1\r\nb: 2\rc: 3\r\n\r\n", kFile, diags);
  REQUIRE(text);
  CHECK(*text == "a: 1\nb: 2\nc: 3\n\n");
  CHECK(diags.all().empty());
}

TEST_CASE("CleanText reports the line and byte column of the first invalid UTF-8 byte") {
  Diagnostics diags;
  // Latin-1 "é" (0xE9) on line 3, after "name: Caf" (9 bytes): column 10. CRLF counts once.
  auto text = CleanText("a: 1\r\nb: 2\nname: Caf\xE9\nx: \xE9\n", kFile, diags);
  CHECK_FALSE(text);
  REQUIRE(diags.all().size() == 1);
  const Diagnostic& d = diags.all()[0];
  CHECK(d.severity == Severity::kError);
  CHECK(d.pos.path() == "content/news/x.md");
  CHECK(d.pos.line == 3);
  CHECK(d.pos.col == 10);
  CHECK(d.field == "");
  CHECK(d.message == "invalid UTF-8 byte 0xE9; save the file as UTF-8");
}

TEST_CASE("CleanText rejects overlong forms, surrogates, truncated and stray bytes") {
  struct Case {
    const char* bytes;
    int col;
    const char* hex;
  };
  const Case cases[] = {
      {"ab\xC0\xAF", 3, "0xC0"},          // overlong '/'
      {"ab\xE0\x80\xAF", 3, "0xE0"},      // overlong 3-byte
      {"ab\xF0\x80\x80\xAF", 3, "0xF0"},  // overlong 4-byte
      {"ab\xED\xA0\x80", 3, "0xED"},      // UTF-16 surrogate U+D800
      {"ab\xF4\x90\x80\x80", 3, "0xF4"},  // above U+10FFFF
      {"abc\xC3", 4, "0xC3"},             // truncated at the end
      {"abc\xE2\x82z", 4, "0xE2"},        // truncated before an ASCII byte
      {"a\x80", 2, "0x80"},               // stray continuation byte
      {"a\xFF", 2, "0xFF"},               // never valid
  };
  for (const Case& c : cases) {
    CAPTURE(c.hex);
    Diagnostics diags;
    CHECK_FALSE(CleanText(c.bytes, kFile, diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].pos.line == 1);
    CHECK(diags.all()[0].pos.col == c.col);
    CHECK(diags.all()[0].message ==
          std::string("invalid UTF-8 byte ") + c.hex + "; save the file as UTF-8");
  }
}

TEST_CASE("CleanText accepts the largest valid code points of each length") {
  Diagnostics diags;
  auto text = CleanText("\x7F \xDF\xBF \xEF\xBF\xBF \xF4\x8F\xBF\xBF \xED\x9F\xBF", kFile, diags);
  CHECK(text);
  CHECK(diags.all().empty());
}

TEST_CASE("CleanText reports a NUL byte at its position") {
  Diagnostics diags;
  const std::string bytes("title: x\nab\0c\n", 14);
  CHECK_FALSE(CleanText(bytes, kFile, diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].pos.line == 2);
  CHECK(diags.all()[0].pos.col == 3);
  CHECK(diags.all()[0].message.find("NUL byte") == 0);
}

TEST_CASE("CleanText says a UTF-16 file is UTF-16") {
  Diagnostics diags;
  CHECK_FALSE(CleanText(std::string("\xFF\xFEt\0i\0", 6), kFile, diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].pos.line == 1);
  CHECK(diags.all()[0].message == "file is encoded as UTF-16; save it as UTF-8");
}

TEST_CASE("CleanText reports an empty or blank file as a file-level error") {
  for (const char* bytes : {"", "  \n\t\r\n", "\xEF\xBB\xBF"}) {
    Diagnostics diags;
    CHECK_FALSE(CleanText(bytes, kFile, diags));
    REQUIRE(diags.all().size() == 1);
    const Diagnostic& d = diags.all()[0];
    CHECK(d.pos.line == 0);
    CHECK(d.field == "");
    CHECK(d.message.find("file is empty; expected ") == 0);
  }
}

TEST_CASE("CleanText refuses a file over the size limit") {
  Diagnostics diags;
  const std::string big(kMaxFileBytes + 1, 'a');
  CHECK_FALSE(CleanText(big, kFile, diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.find("file is larger than 10 MB") == 0);
}

TEST_CASE("CleanText reports a NUL byte and an invalid byte, in the order they appear") {
  Diagnostics diags;
  // CRLF ends line 1 once; the bad byte after 30 ASCII bytes (past the 8-byte fast path).
  const std::string bytes =
      "a: 1\r\n" + std::string(30, 'x') + "\xC3\x28" + std::string("y\0z\n", 4) + "\xFF";
  CHECK_FALSE(CleanText(bytes, kFile, diags));
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.all()[0].pos.line == 2);
  CHECK(diags.all()[0].pos.col == 31);
  CHECK(diags.all()[0].message == "invalid UTF-8 byte 0xC3; save the file as UTF-8");
  CHECK(diags.all()[1].pos.line == 2);
  CHECK(diags.all()[1].pos.col == 34);
  CHECK(diags.all()[1].message.find("NUL byte") == 0);
}

TEST_CASE("CleanTextView views the bytes when only a BOM goes, and copies to change line ends") {
  Diagnostics diags;
  std::string storage;
  const std::string bytes = "\xEF\xBB\xBFtitle: Café\n";
  auto text = CleanTextView(bytes, kFile, diags, storage);
  REQUIRE(text);
  CHECK(*text == "title: Café\n");
  CHECK(text->data() == bytes.data() + 3);
  text = CleanTextView("a: 1\r\nb: 2\r", kFile, diags, storage);
  REQUIRE(text);
  CHECK(*text == "a: 1\nb: 2\n");
  CHECK(text->data() == storage.data());
  CHECK(diags.all().empty());
}
