// Results of the renderer's costly pure text function (Markdown), kept by their input: the
// preview server keeps them from one rebuild to the next.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

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
  // One stored text. Key and value share one allocation, and the slot holds the hash and sizes:
  // a lookup reads the slot and that one block (hundreds of thousands of lookups per build, most
  // of them cache misses in a node-based map).
  struct Slot {
    size_t hash = 0;
    std::unique_ptr<char[]> data;  // key bytes then value bytes; null for a free slot
    size_t key_size = 0;
    size_t value_size = 0;
    bool used = false;
    std::string_view key() const { return {data.get(), key_size}; }
    std::string_view value() const { return {data.get() + key_size, value_size}; }
  };
  // Open addressing with linear probing; a power-of-two number of slots, at most half full.
  struct Shard {
    std::mutex mutex;
    std::vector<Slot> slots;
    size_t count = 0;
    Slot* Find(size_t hash, std::string_view key);
    void Insert(Slot slot);
  };
  Shard& ShardFor(size_t hash);
  std::array<Shard, 16> shards_;
};

// The memos of one renderer: Markdown bodies. (Titles and names are typeset anew each time:
// at some 80 ns a text, faster than looking them up.)
struct RenderMemo {
  TextMemo markdown;
  void Sweep() { markdown.Sweep(); }
};

}  // namespace maillon
