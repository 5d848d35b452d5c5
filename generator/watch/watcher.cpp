// Watcher: inotify or polling underneath, debounced batches on top.
#include "watch/watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "watch/inotify_source.h"

namespace maillon {

using std::chrono::steady_clock;

Watcher::Watcher(WatchOptions options) : options_(std::move(options)) {
  for (const WatchRoot& root : options_.roots) {
    dirs_.push_back(root.dir);
    roles_.push_back(root.role);
  }
}

Watcher::~Watcher() {
  inotify_.reset();
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

void Watcher::Start() {
  wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);  // -1 is ignored by poll(): Stop is
                                                        // then noticed at the next timeout
  const char* env = std::getenv("MAILLON_WATCH");
  if (options_.force_polling || (env && std::strcmp(env, "poll") == 0)) {
    StartPolling("polling was asked for");
    return;
  }
  auto source = std::make_unique<InotifySource>(dirs_, wake_fd_);
  std::string error;
  if (!source->Start(&error)) {
    StartPolling(error);
    return;
  }
  inotify_ = std::move(source);
  method_ = WatchMethod::kInotify;
}

void Watcher::StartPolling(const std::string& reason) {
  inotify_.reset();
  method_ = WatchMethod::kPolling;
  fallback_reason_ = reason;
  snapshots_.clear();
  for (const std::string& dir : dirs_) snapshots_.push_back(TakeSnapshot(dir));
  next_poll_ = steady_clock::now() + options_.poll_interval;
}

void Watcher::Collect(steady_clock::time_point deadline, std::vector<RawChange>* out) {
  if (stopped_) return;
  if (!inotify_) {
    CollectByPolling(deadline, out);
    return;
  }
  std::string error;
  if (!inotify_->Wait(deadline, out, &error)) {
    StartPolling("inotify stopped working: " + error);
    // Whatever happened while switching is unknown: ask for a full rebuild.
    for (size_t i = 0; i < dirs_.size(); ++i) {
      out->push_back(RawChange{i, "", ChangeType::kModified});
    }
  }
}

void Watcher::CollectByPolling(steady_clock::time_point deadline, std::vector<RawChange>* out) {
  while (!stopped_) {
    auto now = steady_clock::now();
    if (now >= next_poll_) {
      const size_t before = out->size();
      for (size_t i = 0; i < dirs_.size(); ++i) {
        Snapshot next = TakeSnapshot(dirs_[i]);
        for (RawChange& c : DiffSnapshots(snapshots_[i], next, i)) out->push_back(std::move(c));
        snapshots_[i] = std::move(next);
      }
      next_poll_ = steady_clock::now() + options_.poll_interval;
      if (out->size() != before) return;
      now = steady_clock::now();
    }
    if (now >= deadline) return;
    const auto until = std::min(deadline, next_poll_);
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - now);
    pollfd wake = {wake_fd_, POLLIN, 0};
    if (::poll(&wake, 1, static_cast<int>(std::max<long long>(0, left.count()))) > 0) return;
  }
}

ChangeBatch Watcher::WaitForChanges(std::chrono::milliseconds timeout) {
  const auto deadline = steady_clock::now() + timeout;
  while (!stopped_ && steady_clock::now() < deadline) {
    std::vector<RawChange> raw;
    while (raw.empty() && !stopped_ && steady_clock::now() < deadline) Collect(deadline, &raw);
    if (raw.empty()) break;
    // The first event opens a batch; it closes after a quiet spell or at max_batch.
    const auto batch_end = steady_clock::now() + options_.max_batch;
    while (!stopped_) {
      const auto quiet_end = std::min(steady_clock::now() + options_.debounce, batch_end);
      const size_t before = raw.size();
      while (raw.size() == before && !stopped_ && steady_clock::now() < quiet_end) {
        Collect(quiet_end, &raw);
      }
      if (raw.size() == before || steady_clock::now() >= batch_end) break;
    }
    ChangeBatch batch = MergeChanges(raw, dirs_, roles_);
    if (!batch.empty() || stopped_) return batch;
    // Only scratch files, or changes that cancelled out: keep waiting.
  }
  return {};
}

void Watcher::Stop() {
  stopped_ = true;
  if (wake_fd_ >= 0) {
    const uint64_t one = 1;
    // An eventfd write of 8 bytes cannot be short; the result only matters to the compiler.
    [[maybe_unused]] ssize_t n = ::write(wake_fd_, &one, sizeof one);
  }
}

}  // namespace maillon
