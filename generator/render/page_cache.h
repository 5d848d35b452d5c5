// Rendered pages kept across preview rebuilds, reused when what they come from is unchanged.
#pragma once

#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "load/theme.h"
#include "render/view_value.h"

namespace maillon {

// A deterministic 64-bit FNV-1a hash, fed piece by piece. Every piece is length-prefixed or
// tagged, so that ("ab", "c") and ("a", "bc") hash differently.
class Fnv1a {
 public:
  void Bytes(std::string_view bytes);
  void Number(std::uint64_t n);
  void Text(std::string_view text) {
    Number(text.size());
    Bytes(text);
  }
  std::uint64_t value() const { return hash_; }

 private:
  std::uint64_t hash_ = 14695981039346656037ull;
};

// The hash of a view tree: kinds, keys (in order), texts, flags and list lengths.
void HashViewValue(const ViewValue& value, Fnv1a& hash);

// The hash of the data all pages share (interface texts, site title, help lines...); with the
// page's layouts (TemplateSet::SourceHash) and its own view, what its HTML depends on.
std::uint64_t HashSharedData(const ViewValue& shared);

// URL -> (hash of what the page was rendered from, HTML). Owned by the preview server and
// handed to RenderSite through RenderOptions; safe to use from the render threads.
class PageCache {
 public:
  // The HTML stored for `url` under `hash`, into `html`; false when absent or stale.
  bool Lookup(const std::string& url, std::uint64_t hash, std::string& html);
  void Store(const std::string& url, std::uint64_t hash, const std::string& html);
  // Drops the pages whose URL is not in `urls` (pages that no longer exist).
  void Keep(const std::set<std::string>& urls);
  size_t size();

  // What the last RenderSite did: pages rendered with Mustache, pages taken from the cache.
  size_t rendered = 0;
  size_t reused = 0;
  std::set<std::string> rendered_urls;  // which pages were rendered, to tell what a change cost

 private:
  struct Entry {
    std::uint64_t hash = 0;
    std::string html;
  };
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> pages_;
};

}  // namespace maillon
