// Builds long hostile texts for tests: `s` written `n` times.
#pragma once

#include <string>

namespace maillon::test {

inline std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace maillon::test
