// PageCache and the hashes it is keyed by.
#include "render/page_cache.h"

#include <iterator>

namespace maillon {

void Fnv1a::Bytes(std::string_view bytes) {
  for (unsigned char c : bytes) {
    hash_ ^= c;
    hash_ *= 1099511628211ull;
  }
}

void Fnv1a::Number(std::uint64_t n) {
  // Byte by byte, low first: the same hash on every platform.
  char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = char((n >> (8 * i)) & 0xff);
  Bytes(std::string_view(bytes, sizeof bytes));
}

void HashViewValue(const ViewValue& value, Fnv1a& hash) {
  hash.Number(static_cast<std::uint64_t>(value.kind()));
  switch (value.kind()) {
    case ViewValue::Kind::kText:
      hash.Text(value.text());
      break;
    case ViewValue::Kind::kFlag:
      hash.Number(value.flag() ? 1 : 0);
      break;
    case ViewValue::Kind::kList:
      hash.Number(value.items().size());
      for (const ViewValue& item : value.items()) HashViewValue(item, hash);
      break;
    case ViewValue::Kind::kObject:
      hash.Number(value.fields().size());
      for (const auto& [key, field] : value.fields()) {
        hash.Text(key);
        HashViewValue(field, hash);
      }
      break;
  }
}

std::uint64_t HashSharedData(const ViewValue& shared) {
  Fnv1a hash;
  HashViewValue(shared, hash);
  return hash.value();
}

bool PageCache::Lookup(const std::string& url, std::uint64_t hash, std::string& html) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = pages_.find(url);
  if (it == pages_.end() || it->second.hash != hash) return false;
  html = it->second.html;
  return true;
}

void PageCache::Store(const std::string& url, std::uint64_t hash, const std::string& html) {
  std::lock_guard<std::mutex> lock(mutex_);
  pages_[url] = Entry{hash, html};
}

void PageCache::Keep(const std::set<std::string>& urls) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::erase_if(pages_, [&](const auto& entry) { return urls.count(entry.first) == 0; });
}

size_t PageCache::size() {
  std::lock_guard<std::mutex> lock(mutex_);
  return pages_.size();
}

}  // namespace maillon
