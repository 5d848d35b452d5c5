// ReadFileBytes and ReadFileBytesAt: whole files, errors as text, the size limit.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <string>

#include "../support/temp_dir.h"
#include "load/read_file.h"

using namespace maillon;
using maillon::test::TempDir;

TEST_CASE("ReadFileBytes reads a whole file, also into a buffer holding a longer one") {
  TempDir tmp;
  tmp.Write("a.md", "title: Café\n");
  std::string out = std::string(10000, 'x');
  Text error;
  REQUIRE(ReadFileBytes(tmp.path() / "a.md", out, error));
  CHECK(out == "title: Café\n");
  tmp.Write("empty.md", "");
  REQUIRE(ReadFileBytes(tmp.path() / "empty.md", out, error));
  CHECK(out.empty());
}

TEST_CASE("ReadFileBytes says what went wrong") {
  TempDir tmp;
  std::string out = "old";
  Text error;
  CHECK_FALSE(ReadFileBytes(tmp.path() / "missing.md", out, error));
  CHECK(error.en == "no such file or directory");
  CHECK(out.empty());
  CHECK_FALSE(ReadFileBytes(tmp.path(), out, error));
  CHECK(error.en == "it is a folder, not a file");
}

TEST_CASE("ReadFileBytes refuses a file over the size limit") {
  TempDir tmp;
  tmp.Write("big.md", std::string(kMaxFileBytes + 1, 'a'));
  tmp.Write("limit.md", std::string(kMaxFileBytes, 'a'));
  std::string out;
  Text error;
  CHECK_FALSE(ReadFileBytes(tmp.path() / "big.md", out, error));
  CHECK(error.en == "it is larger than 10 MB, the limit for a content or theme file");
  CHECK(error.fr == "il dépasse 10 Mo, la limite pour un fichier de contenu ou de thème");
  CHECK(out.empty());
  REQUIRE(ReadFileBytes(tmp.path() / "limit.md", out, error));
  CHECK(out.size() == kMaxFileBytes);
}

TEST_CASE("ReadFileBytesAt reads a path relative to an open folder") {
  TempDir tmp;
  tmp.Write("news/x.md", "---\ntitle: X\n---\n");
  const int folder = ::open((tmp.path() / "news").c_str(), O_RDONLY | O_DIRECTORY);
  REQUIRE(folder >= 0);
  std::string out;
  Text error;
  CHECK(ReadFileBytesAt(folder, "x.md", out, error));
  CHECK(out == "---\ntitle: X\n---\n");
  CHECK_FALSE(ReadFileBytesAt(folder, "y.md", out, error));
  CHECK(error.en == "no such file or directory");
  ::close(folder);
}
