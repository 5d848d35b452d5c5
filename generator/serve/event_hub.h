// Live-reload events from the rebuild thread to every open event stream.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace maillon {

class EventHub {
 public:
  // At most `max_streams` streams may be open at once: each holds a server thread.
  explicit EventHub(size_t max_streams);

  // Reserves a stream slot; false when all are taken or the hub is shut down.
  bool OpenStream();
  // Gives a slot back (once per successful OpenStream).
  void CloseStream();
  size_t open_streams() const;

  // Sends an already formatted SSE message to every stream open now.
  void Publish(std::string message);
  // The sequence number the next message will get: a new stream starts reading there.
  std::uint64_t NextSequence() const;

  // Waits until a message numbered `*next` or later exists, `timeout` passes or the hub shuts
  // down; appends those messages to `out` and advances `*next`. Returns false once shut down.
  bool WaitForMessages(std::uint64_t* next, std::chrono::milliseconds timeout,
                       std::vector<std::string>* out);

  // Wakes every waiting stream for good: the server is stopping.
  void Shutdown();
  bool is_shut_down() const;

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  const size_t max_streams_;
  size_t open_ = 0;
  bool shut_down_ = false;
  // Recent messages; a stream that fell further behind than this skips ahead, losing nothing
  // that matters (the last message decides what the page shows).
  std::deque<std::string> recent_;
  std::uint64_t first_sequence_ = 0;  // sequence number of recent_.front()
};

}  // namespace maillon
