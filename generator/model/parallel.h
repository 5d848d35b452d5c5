// Running independent work items on a few threads: the one loop the parallel phases share.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

namespace maillon {

// Calls fn(i) for every i in [0, count) on min(jobs, count) threads (the calling thread alone
// when that is 1); or fn(i, worker), worker in [0, threads), for callers that keep per-thread
// state (each worker is one thread). Items are handed out one at a time, so uneven items balance out; callers
// write each result into slot i of a vector sized beforehand, which keeps output in order
// whatever the thread count. The first exception stops the work and its what() is returned;
// "" when every call returned.
// How many threads ForEachIndex runs `count` items on with `jobs`: at least 1, at most count.
inline size_t WorkerCount(size_t count, int jobs) {
  return std::max<size_t>(1, std::min(count, size_t(std::max(jobs, 1))));
}

template <typename Fn>
std::string ForEachIndex(size_t count, int jobs, const Fn& fn) {
  if (count == 0) return {};
  std::atomic<size_t> next{0};
  std::mutex mutex;
  std::string error;
  auto work = [&](size_t worker) {
    try {
      for (size_t i = next++; i < count; i = next++) {
        if constexpr (std::is_invocable_v<const Fn&, size_t, size_t>) {
          fn(i, worker);
        } else {
          fn(i);
        }
      }
    } catch (const std::exception& e) {
      const std::lock_guard<std::mutex> lock(mutex);
      if (error.empty()) error = e.what();
      next = count;
    }
  };
  const size_t threads = WorkerCount(count, jobs);
  std::vector<std::thread> pool;
  for (size_t w = 1; w < threads; ++w) pool.emplace_back(work, w);
  work(0);  // the calling thread takes its share
  for (std::thread& t : pool) t.join();
  return error;
}

}  // namespace maillon
