// InotifySource: inotify events on folder trees turned into RawChanges.
#include "watch/inotify_source.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iterator>

namespace maillon {

namespace fs = std::filesystem;

namespace {

// Close-write and modify both: `echo >> file` sends only modify, editors mostly close-write.
// Attribute changes catch `touch`, which volunteers use to force a rebuild.
constexpr uint32_t kMask = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB |
                           IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

// How often roots that vanished (a branch switch, `rm -rf content`) are looked for again.
constexpr auto kRootRetry = std::chrono::milliseconds(500);

std::string Join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + "/" + b;
}

}  // namespace

InotifySource::InotifySource(std::vector<std::string> roots, int wake_fd)
    : roots_(std::move(roots)), root_watched_(roots_.size(), false), wake_fd_(wake_fd) {}

InotifySource::~InotifySource() {
  if (fd_ >= 0) ::close(fd_);
}

bool InotifySource::Start(std::string* error) {
  fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) {
    *error = std::string("inotify is unavailable (") + std::strerror(errno) + ")";
    return false;
  }
  std::vector<RawChange> ignored;  // files present at start are not changes
  for (size_t i = 0; i < roots_.size(); ++i) {
    if (!AddTree(i, "", false, &ignored, error)) return false;
  }
  return true;
}

bool InotifySource::AddTree(size_t root, const std::string& relative, bool report_files,
                            std::vector<RawChange>* out, std::string* error) {
  const std::string path = Join(roots_[root], relative);
  const int wd = ::inotify_add_watch(fd_, path.c_str(), kMask);
  if (wd < 0) {
    const int e = errno;
    // Gone again, or not a folder: nothing to watch there, and nothing lost.
    if (e == ENOENT || e == ENOTDIR || e == EACCES) return true;
    *error = "cannot watch " + path + " (" + std::strerror(e) + ")";
    if (e == ENOSPC) error->append("; raise fs.inotify.max_user_watches");
    return false;
  }
  watches_[wd] = Watched{root, relative};
  if (relative.empty()) root_watched_[root] = true;

  std::error_code ec;
  fs::directory_iterator it(path, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::error_code ec2;
    // symlink_status: a link to a folder is not followed, so a link loop cannot recurse.
    const bool folder = fs::is_directory(it->symlink_status(ec2));
    if (folder) {
      if (name.starts_with(".")) continue;  // hidden folders (.git) never hold site files
      if (!AddTree(root, Join(relative, name), report_files, out, error)) return false;
    } else {
      const bool is_new = files_.emplace(root, Join(relative, name)).second;
      if (report_files && is_new) {
        out->push_back(RawChange{root, Join(relative, name), ChangeType::kCreated});
      }
    }
  }
  return true;
}

void InotifySource::ForgetTree(size_t root, const std::string& relative) {
  for (auto it = watches_.begin(); it != watches_.end();) {
    const Watched& w = it->second;
    const bool below =
        relative.empty() || w.relative == relative || w.relative.starts_with(relative + "/");
    if (w.root == root && below) {
      ::inotify_rm_watch(fd_, it->first);
      if (w.relative.empty()) root_watched_[root] = false;
      it = watches_.erase(it);
    } else {
      ++it;
    }
  }
  for (auto it = files_.begin(); it != files_.end();) {
    const bool below = relative.empty() || it->second.starts_with(relative + "/");
    it = it->first == root && below ? files_.erase(it) : std::next(it);
  }
}

bool InotifySource::RetryMissingRoots(std::vector<RawChange>* out, std::string* error) {
  for (size_t i = 0; i < roots_.size(); ++i) {
    if (root_watched_[i]) continue;
    std::error_code ec;
    if (!fs::is_directory(roots_[i], ec)) continue;
    if (!AddTree(i, "", true, out, error)) return false;
    if (root_watched_[i]) out->push_back(RawChange{i, "", ChangeType::kCreated});
  }
  return true;
}

bool InotifySource::ReadEvents(std::vector<RawChange>* out, std::string* error) {
  alignas(inotify_event) char buffer[64 * 1024];
  while (true) {
    const ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) return true;
      *error = std::string("reading inotify events failed (") + std::strerror(errno) + ")";
      return false;
    }
    if (n == 0) return true;
    for (ssize_t offset = 0; offset < n;) {
      const auto* ev = reinterpret_cast<const inotify_event*>(buffer + offset);
      offset += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
      if (ev->mask & IN_Q_OVERFLOW) {
        // Events were lost: only a full rebuild is safe.
        for (size_t i = 0; i < roots_.size(); ++i) {
          out->push_back(RawChange{i, "", ChangeType::kModified});
        }
        continue;
      }
      auto found = watches_.find(ev->wd);
      if (found == watches_.end()) continue;  // a watch already forgotten
      const Watched w = found->second;
      if (ev->mask & IN_IGNORED) {
        watches_.erase(found);
        if (w.relative.empty()) root_watched_[w.root] = false;
        continue;
      }
      if (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
        // A sub-folder's removal is reported by its parent; only a root's matters here.
        if (w.relative.empty()) {
          ForgetTree(w.root, "");
          out->push_back(RawChange{w.root, "", ChangeType::kRemoved});
        }
        continue;
      }
      const std::string name = ev->len > 0 ? std::string(ev->name) : std::string();
      if (name.empty()) continue;
      const std::string relative = Join(w.relative, name);
      if (ev->mask & IN_ISDIR) {
        if (ev->mask & (IN_CREATE | IN_MOVED_TO)) {
          if (!name.starts_with(".") && !AddTree(w.root, relative, true, out, error)) {
            return false;
          }
        } else if (ev->mask & (IN_DELETE | IN_MOVED_FROM)) {
          // Files of a folder moved away send no event of their own: report the folder.
          ForgetTree(w.root, relative);
          out->push_back(RawChange{w.root, relative, ChangeType::kRemoved});
        }
        continue;
      }
      ChangeType type = ChangeType::kModified;
      if (ev->mask & (IN_CREATE | IN_MOVED_TO)) {
        if (files_.emplace(w.root, relative).second) type = ChangeType::kCreated;
      } else if (ev->mask & (IN_DELETE | IN_MOVED_FROM)) {
        files_.erase({w.root, relative});
        type = ChangeType::kRemoved;
      }
      out->push_back(RawChange{w.root, relative, type});
    }
  }
}

bool InotifySource::Wait(std::chrono::steady_clock::time_point deadline,
                         std::vector<RawChange>* out, std::string* error) {
  using std::chrono::steady_clock;
  while (true) {
    const bool missing =
        std::find(root_watched_.begin(), root_watched_.end(), false) != root_watched_.end();
    auto until = deadline;
    if (missing) until = std::min(until, steady_clock::now() + kRootRetry);
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(until - steady_clock::now());
    pollfd fds[2] = {{fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
    const int ready = ::poll(fds, 2, static_cast<int>(std::max<long long>(0, left.count())));
    if (ready < 0) {
      if (errno == EINTR) continue;
      *error = std::string("waiting for inotify events failed (") + std::strerror(errno) + ")";
      return false;
    }
    if (fds[1].revents) return true;  // woken: the caller is stopping
    if (fds[0].revents) return ReadEvents(out, error);
    if (missing) {
      const size_t before = out->size();
      if (!RetryMissingRoots(out, error)) return false;
      if (out->size() != before) return true;
    }
    if (steady_clock::now() >= deadline) return true;
  }
}

}  // namespace maillon
