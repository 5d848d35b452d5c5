// Linux inotify on whole folder trees: a watch per folder, added as folders appear.
#pragma once

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "watch/change_set.h"

namespace maillon {

class InotifySource {
 public:
  // `roots` are folders to watch recursively; `wake_fd` is polled too, to cut a wait short.
  InotifySource(std::vector<std::string> roots, int wake_fd);
  ~InotifySource();
  InotifySource(const InotifySource&) = delete;
  InotifySource& operator=(const InotifySource&) = delete;

  // Creates the inotify instance and watches every folder of every existing root. Returns
  // false with `error` set when inotify is unavailable or out of watches.
  bool Start(std::string* error);

  // Waits until events arrive, `deadline` passes or `wake_fd` becomes readable, and appends the
  // events read to `out`. Returns false with `error` set when watching can no longer be trusted
  // (a new folder could not be watched, read failed): the caller falls back to polling.
  bool Wait(std::chrono::steady_clock::time_point deadline, std::vector<RawChange>* out,
            std::string* error);

 private:
  struct Watched {
    size_t root = 0;
    std::string relative;  // folder under the root; "" for the root
  };

  // Watches `relative` under root `root` and every folder below it. With `report_files`, files
  // already there are reported as created: they may have been written before the watch existed.
  bool AddTree(size_t root, const std::string& relative, bool report_files,
               std::vector<RawChange>* out, std::string* error);
  // Forgets the watches of a folder moved away or removed, and of every folder below it.
  void ForgetTree(size_t root, const std::string& relative);
  // Re-watches roots that were removed and came back; reports them as created.
  bool RetryMissingRoots(std::vector<RawChange>* out, std::string* error);
  bool ReadEvents(std::vector<RawChange>* out, std::string* error);

  std::vector<std::string> roots_;
  std::vector<bool> root_watched_;
  int wake_fd_ = -1;
  int fd_ = -1;
  std::map<int, Watched> watches_;  // watch descriptor -> folder
  // Files known to exist, so a rename over one (an atomic save) reads as a modification.
  std::set<std::pair<size_t, std::string>> files_;
};

}  // namespace maillon
