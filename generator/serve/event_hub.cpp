// EventHub: a short numbered log of messages that streams read at their own pace.
#include "serve/event_hub.h"

namespace maillon {

namespace {

constexpr size_t kKeptMessages = 32;

}  // namespace

EventHub::EventHub(size_t max_streams) : max_streams_(max_streams) {}

bool EventHub::OpenStream() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (shut_down_ || open_ >= max_streams_) return false;
  ++open_;
  return true;
}

void EventHub::CloseStream() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (open_ > 0) --open_;
}

size_t EventHub::open_streams() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return open_;
}

void EventHub::Publish(std::string message) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    recent_.push_back(std::move(message));
    if (recent_.size() > kKeptMessages) {
      recent_.pop_front();
      ++first_sequence_;
    }
  }
  changed_.notify_all();
}

std::uint64_t EventHub::NextSequence() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return first_sequence_ + recent_.size();
}

bool EventHub::WaitForMessages(std::uint64_t* next, std::chrono::milliseconds timeout,
                               std::vector<std::string>* out) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, timeout,
                    [&] { return shut_down_ || first_sequence_ + recent_.size() > *next; });
  if (shut_down_) return false;
  if (*next < first_sequence_) *next = first_sequence_;
  for (std::uint64_t s = *next; s < first_sequence_ + recent_.size(); ++s) {
    out->push_back(recent_[s - first_sequence_]);
  }
  *next = first_sequence_ + recent_.size();
  return true;
}

void EventHub::Shutdown() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    shut_down_ = true;
  }
  changed_.notify_all();
}

bool EventHub::is_shut_down() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return shut_down_;
}

}  // namespace maillon
