// ReadRecorder: a per-thread stack of recorders.
#include "render/read_tracker.h"

#include <algorithm>

namespace maillon {

namespace detail {
thread_local ReadRecorder* current_recorder = nullptr;
}  // namespace detail

ReadRecorder::ReadRecorder() : outer_(detail::current_recorder) {
  detail::current_recorder = this;
}

ReadRecorder::~ReadRecorder() { detail::current_recorder = outer_; }

std::vector<const std::string*> ReadRecorder::Files() {
  std::vector<const std::string*> files = files_;
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace maillon
