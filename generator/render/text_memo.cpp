// TextMemo: sharded maps with a used flag for sweeping.
#include "render/text_memo.h"

namespace maillon {

TextMemo::Shard& TextMemo::ShardFor(std::string_view key) {
  // The high bits: the map itself buckets by the low ones.
  return shards_[(Hash{}(key) >> 20) % shards_.size()];
}

std::string TextMemo::Get(std::string_view key, const std::function<std::string()>& make) {
  Shard& shard = ShardFor(key);
  {
    std::lock_guard<std::mutex> lock(shard.mutex);
    auto it = shard.entries.find(key);
    if (it != shard.entries.end()) {
      it->second.used = true;
      return it->second.value;
    }
  }
  // Computed outside the lock: two threads may both compute a text, never block on one.
  std::string value = make();
  std::lock_guard<std::mutex> lock(shard.mutex);
  shard.entries.try_emplace(std::string(key), Entry{value, true});
  return value;
}

void TextMemo::Sweep() {
  for (Shard& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard.mutex);
    std::erase_if(shard.entries, [](const auto& entry) { return !entry.second.used; });
    for (auto& [key, entry] : shard.entries) entry.used = false;
  }
}

size_t TextMemo::size() {
  size_t n = 0;
  for (Shard& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard.mutex);
    n += shard.entries.size();
  }
  return n;
}

}  // namespace maillon
