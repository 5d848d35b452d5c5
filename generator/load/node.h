// A YAML document as plain data: scalars, maps and sequences, each with its source position.
// yaml-cpp stops at load/: later phases see only Node.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/source_pos.h"
#include "diag/text.h"

namespace maillon {

struct MapEntry;

struct Node {
  enum class Kind { kNull, kScalar, kMap, kSeq };
  Kind kind = Kind::kNull;
  SourcePos pos;          // where the value starts (1-based line and column)
  std::string scalar;     // kScalar: the text as written (quotes removed)
  bool plain = true;      // kScalar: written without quotes (so `yes`, `12` are not strings)
  std::vector<MapEntry> map;  // kMap, in source order (duplicate keys are reported by the loader)
  std::vector<Node> seq;      // kSeq

  bool IsNull() const { return kind == Kind::kNull; }
  bool IsScalar() const { return kind == Kind::kScalar; }
  bool IsMap() const { return kind == Kind::kMap; }
  bool IsSeq() const { return kind == Kind::kSeq; }
  // The value under `key` in a map, or nullptr.
  const Node* Find(std::string_view key) const;
  // "a string", "a list", "a mapping", "nothing" — for messages.
  Text KindName() const;
};

struct MapEntry {
  std::string key;
  SourcePos key_pos;
  Node value;
};

}  // namespace maillon
