// FragmentMemo: sharded by item, so that threads seldom wait for one another.
#include "render/fragment_memo.h"

#include <cstdint>

namespace maillon {

FragmentMemo::Shard& FragmentMemo::ShardFor(const void* item) {
  // Items are at least 8-byte aligned: the low bits say nothing.
  return shards_[(reinterpret_cast<std::uintptr_t>(item) >> 4) % shards_.size()];
}

std::string FragmentMemo::Get(const void* item, FragmentKind kind,
                              const std::function<std::string()>& make) {
  Shard& shard = ShardFor(item);
  {
    const std::lock_guard<std::mutex> lock(shard.mutex);
    auto it = shard.texts.find({item, kind});
    if (it != shard.texts.end()) return it->second;
  }
  std::string text = make();
  const std::lock_guard<std::mutex> lock(shard.mutex);
  shard.texts.try_emplace({item, kind}, text);
  return text;
}

void FragmentMemo::Forget(const void* item) {
  Shard& shard = ShardFor(item);
  const std::lock_guard<std::mutex> lock(shard.mutex);
  std::erase_if(shard.texts, [item](const auto& entry) { return entry.first.first == item; });
}

void FragmentMemo::Clear() {
  for (Shard& shard : shards_) {
    const std::lock_guard<std::mutex> lock(shard.mutex);
    shard.texts.clear();
  }
}

size_t FragmentMemo::size() {
  size_t n = 0;
  for (Shard& shard : shards_) {
    const std::lock_guard<std::mutex> lock(shard.mutex);
    n += shard.texts.size();
  }
  return n;
}

}  // namespace maillon
