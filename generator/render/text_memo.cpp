// TextMemo: sharded open-addressing tables with a used flag for sweeping.
#include "render/text_memo.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace maillon {
namespace {

size_t HashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }

}  // namespace

TextMemo::Shard& TextMemo::ShardFor(size_t hash) {
  // The high bits: the table itself uses the low ones.
  return shards_[(hash >> 20) % shards_.size()];
}

TextMemo::Slot* TextMemo::Shard::Find(size_t hash, std::string_view key) {
  if (slots.empty()) return nullptr;
  const size_t mask = slots.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots[i];
    if (!slot.data) return nullptr;
    if (slot.hash == hash && slot.key() == key) return &slot;
  }
}

void TextMemo::Shard::Insert(Slot slot) {
  if (2 * (count + 1) > slots.size()) {
    std::vector<Slot> old =
        std::exchange(slots, std::vector<Slot>(std::max<size_t>(64, 2 * slots.size())));
    count = 0;
    for (Slot& s : old) {
      if (s.data) Insert(std::move(s));
    }
  }
  const size_t mask = slots.size() - 1;
  size_t i = slot.hash & mask;
  while (slots[i].data) i = (i + 1) & mask;
  slots[i] = std::move(slot);
  ++count;
}

std::string TextMemo::Get(std::string_view key, const std::function<std::string()>& make) {
  const size_t hash = HashOf(key);
  Shard& shard = ShardFor(hash);
  {
    std::lock_guard<std::mutex> lock(shard.mutex);
    if (Slot* slot = shard.Find(hash, key)) {
      slot->used = true;
      return std::string(slot->value());
    }
  }
  // Computed outside the lock: two threads may both compute a text, never block on one.
  std::string value = make();
  Slot slot;
  slot.hash = hash;
  slot.key_size = key.size();
  slot.value_size = value.size();
  slot.used = true;
  slot.data = std::make_unique_for_overwrite<char[]>(key.size() + value.size());
  std::memcpy(slot.data.get(), key.data(), key.size());
  std::memcpy(slot.data.get() + key.size(), value.data(), value.size());
  std::lock_guard<std::mutex> lock(shard.mutex);
  if (!shard.Find(hash, key)) shard.Insert(std::move(slot));
  return value;
}

void TextMemo::Sweep() {
  for (Shard& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard.mutex);
    std::vector<Slot> old = std::exchange(shard.slots, {});
    shard.count = 0;
    for (Slot& slot : old) {
      if (!slot.data || !slot.used) continue;
      slot.used = false;
      shard.Insert(std::move(slot));
    }
  }
}

size_t TextMemo::size() {
  size_t n = 0;
  for (Shard& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard.mutex);
    n += shard.count;
  }
  return n;
}

}  // namespace maillon
