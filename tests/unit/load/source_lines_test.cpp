// DiskSourceLines: the lines shown under messages are the lines the loader numbers.
#include "load/source_lines.h"

#include <doctest/doctest.h>

#include "../support/temp_dir.h"

using namespace maillon;

TEST_CASE("DiskSourceLines ends lines at LF, CRLF and a lone CR, and drops a BOM") {
  test::TempDir tmp;
  tmp.Write("a.md", "\xEF\xBB\xBFun\r\ndeux\rtrois\nquatre");
  const std::string path = (tmp.path() / "a.md").string();
  const SourceLineFn lines = DiskSourceLines();
  CHECK(lines(path, 1) == "un");
  CHECK(lines(path, 2) == "deux");
  CHECK(lines(path, 3) == "trois");
  CHECK(lines(path, 4) == "quatre");
  CHECK(lines(path, 5) == "");
  CHECK(lines(path, 0) == "");
  CHECK(lines((tmp.path() / "absent.md").string(), 1) == "");
}
