// The debounced file watcher: content and theme folders in, batches of changes by kind out.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "watch/change_set.h"
#include "watch/snapshot.h"

namespace maillon {

class InotifySource;

struct WatchRoot {
  std::string dir;  // as the user wrote it; changes are reported under this spelling
  RootRole role = RootRole::kContent;
};

struct WatchOptions {
  std::vector<WatchRoot> roots;
  // A batch ends once no event came for this long: a save that touches several files, or an
  // editor's write-then-rename, becomes one rebuild.
  std::chrono::milliseconds debounce{25};
  // A batch never waits longer than this, so a file written continuously still rebuilds.
  std::chrono::milliseconds max_batch{1000};
  // How often the polling fallback compares snapshots.
  std::chrono::milliseconds poll_interval{500};
  // Poll even where inotify works (network folders, tests); MAILLON_WATCH=poll does the same.
  bool force_polling = false;
};

enum class WatchMethod { kInotify, kPolling };

class Watcher {
 public:
  explicit Watcher(WatchOptions options);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  // Starts watching: inotify when it works, polling otherwise. Never fails (a missing folder is
  // watched for when it appears); why polling was chosen is in fallback_reason().
  void Start();
  WatchMethod method() const { return method_; }
  const std::string& fallback_reason() const { return fallback_reason_; }

  // Waits up to `timeout` for changes, then gathers the rest of the batch (see
  // WatchOptions::debounce). Returns an empty batch on timeout or once Stop() was called.
  // Call from one thread at a time.
  ChangeBatch WaitForChanges(std::chrono::milliseconds timeout);

  // Makes a waiting WaitForChanges, and every later one, return at once. Safe from any thread.
  void Stop();
  bool stopped() const { return stopped_; }

 private:
  // Collects raw changes until `deadline`; switches to polling if inotify fails meanwhile.
  void Collect(std::chrono::steady_clock::time_point deadline, std::vector<RawChange>* out);
  void CollectByPolling(std::chrono::steady_clock::time_point deadline,
                        std::vector<RawChange>* out);
  void StartPolling(const std::string& reason);

  WatchOptions options_;
  std::vector<std::string> dirs_;
  std::vector<RootRole> roles_;
  WatchMethod method_ = WatchMethod::kPolling;
  std::string fallback_reason_;
  std::unique_ptr<InotifySource> inotify_;
  std::vector<Snapshot> snapshots_;
  std::chrono::steady_clock::time_point next_poll_;
  int wake_fd_ = -1;
  std::atomic<bool> stopped_{false};
};

}  // namespace maillon
