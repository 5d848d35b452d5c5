// Node look-ups and names.
#include "load/node.h"

namespace maillon {

const Node* Node::Find(std::string_view key) const {
  for (const MapEntry& e : map) {
    if (e.key == key) return &e.value;
  }
  return nullptr;
}

const char* Node::KindName() const {
  switch (kind) {
    case Kind::kNull: return "nothing";
    case Kind::kScalar: return "a single value";
    case Kind::kMap: return "a mapping (key: value lines)";
    case Kind::kSeq: return "a list";
  }
  return "?";
}

}  // namespace maillon
