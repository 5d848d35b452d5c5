// Texts made from one content item (its entry in the search index, its row of open data), kept
// across the preview's incremental rebuilds: a site-wide file is then remade by joining kept
// texts, and only the items that changed are made again.
#pragma once

#include <array>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace maillon {

// What an item's text is for; an item may have one of each.
enum class FragmentKind { kSearchEntry, kOpenDataJson, kOpenDataCsv, kCalendarEvents };

// (item, kind) -> text. Items are known by address: whoever changes an item in place must
// Forget it, and Clear everything when the items are made anew. Safe from several threads.
class FragmentMemo {
 public:
  // The text kept for (item, kind), or make()'s result, kept first.
  std::string Get(const void* item, FragmentKind kind, const std::function<std::string()>& make);
  // Drops every text of `item`.
  void Forget(const void* item);
  void Clear();
  size_t size();

 private:
  using Key = std::pair<const void*, FragmentKind>;
  struct KeyHash {
    size_t operator()(const Key& k) const {
      return std::hash<const void*>{}(k.first) * 31 + static_cast<size_t>(k.second);
    }
  };
  struct Shard {
    std::mutex mutex;
    std::unordered_map<Key, std::string, KeyHash> texts;
  };
  Shard& ShardFor(const void* item);
  std::array<Shard, 16> shards_;
};

// FragmentMemo::Get through `memo`, or make() when there is none (a one-off build).
inline std::string MemoFragment(FragmentMemo* memo, const void* item, FragmentKind kind,
                                const std::function<std::string()>& make) {
  return memo ? memo->Get(item, kind, make) : make();
}

}  // namespace maillon
