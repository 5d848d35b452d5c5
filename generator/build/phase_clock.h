// Timing the phases of a build, for MAILLON_TIMINGS=1.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace maillon {

using PhaseTimings = std::vector<std::pair<std::string, double>>;

// Adds the time since the previous lap (or the start) to `timings` under `phase`.
class PhaseClock {
 public:
  explicit PhaseClock(PhaseTimings& timings) : timings_(timings) {}
  void Lap(const char* phase) {
    const auto now = std::chrono::steady_clock::now();
    timings_.emplace_back(phase, std::chrono::duration<double>(now - last_).count());
    last_ = now;
  }

 private:
  PhaseTimings& timings_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// "load 0.12 s, validate 0.03 s, ..." when the environment sets MAILLON_TIMINGS=1, else "".
std::string TimingsText(const PhaseTimings& timings);

}  // namespace maillon
