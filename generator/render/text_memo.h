// Results of the renderer's costly pure text functions (French typography, Markdown), kept by
// their input: a name shown on a thousand cards is typeset once, and the preview server keeps
// them from one rebuild to the next.
#pragma once

#include <array>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace maillon {

// Input -> output, safe to use from the render threads (the map is split in shards so that
// threads seldom wait for one another).
class TextMemo {
 public:
  // The value stored for `key`, or make()'s result, stored first.
  std::string Get(std::string_view key, const std::function<std::string()>& make);
  // Drops what was not asked for since the previous Sweep: memory stays bounded by one site's
  // texts however long the preview runs.
  void Sweep();
  size_t size();

 private:
  struct Entry {
    std::string value;
    bool used = true;
  };
  // Looked up by string_view without building a string (C++20 heterogeneous lookup).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Shard {
    std::mutex mutex;
    std::unordered_map<std::string, Entry, Hash, std::equal_to<>> entries;
  };
  Shard& ShardFor(std::string_view key);
  std::array<Shard, 16> shards_;
};

// The memos of one renderer: typography of titles and names, Markdown bodies.
struct RenderMemo {
  TextMemo prose;
  TextMemo markdown;
  void Sweep() {
    prose.Sweep();
    markdown.Sweep();
  }
};

}  // namespace maillon
