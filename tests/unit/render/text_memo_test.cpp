// TextMemo: values kept by key, computed once, swept when unused.
#include "render/text_memo.h"

#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace maillon {
namespace {

TEST_CASE("A value is computed once and then found by its key") {
  TextMemo memo;
  int calls = 0;
  auto make = [&] {
    ++calls;
    return std::string("valeur");
  };
  CHECK(memo.Get("clé", make) == "valeur");
  CHECK(memo.Get("clé", make) == "valeur");
  CHECK(calls == 1);
  CHECK(memo.Get("", [] { return std::string(); }).empty());
  CHECK(memo.Get("", [] { return std::string("autre"); }).empty());
  CHECK(memo.size() == 2);
}

TEST_CASE("Many keys, long and short, all stay found as the tables grow") {
  TextMemo memo;
  auto key = [](int i) { return std::to_string(i) + std::string(i % 50, 'x'); };
  auto value = [](int i) { return "v" + std::to_string(i); };
  bool all_made = true;
  for (int i = 0; i < 5000; ++i) {
    all_made &= memo.Get(key(i), [&] { return value(i); }) == value(i);
  }
  CHECK(all_made);
  CHECK(memo.size() == 5000);
  bool all_found = true;
  for (int i = 0; i < 5000; ++i) {
    all_found &= memo.Get(key(i), [] { return std::string("recalculé"); }) == value(i);
  }
  CHECK(all_found);
}

TEST_CASE("Sweep drops what was not asked for since the previous sweep") {
  TextMemo memo;
  for (int i = 0; i < 100; ++i) memo.Get(std::to_string(i), [&] { return std::to_string(-i); });
  memo.Sweep();  // everything was used: all kept, flags cleared
  CHECK(memo.size() == 100);
  for (int i = 0; i < 100; i += 2) memo.Get(std::to_string(i), [] { return std::string("?"); });
  memo.Sweep();
  CHECK(memo.size() == 50);
  CHECK(memo.Get("4", [] { return std::string("?"); }) == "-4");
  CHECK(memo.Get("5", [] { return std::string("nouveau"); }) == "nouveau");
  memo.Sweep();
  memo.Sweep();
  CHECK(memo.size() == 0);
}

TEST_CASE("Threads share the memo") {
  TextMemo memo;
  std::atomic<int> wrong = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&memo, &wrong] {
      for (int i = 0; i < 2000; ++i) {
        std::string key = "clé " + std::to_string(i);
        if (memo.Get(key, [&] { return key + " typographiée"; }) != key + " typographiée") ++wrong;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(wrong == 0);
  CHECK(memo.size() == 2000);
}

}  // namespace
}  // namespace maillon
