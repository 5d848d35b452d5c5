// Node look-ups and names.
#include "load/node.h"

namespace maillon {

const Node* Node::Find(std::string_view key) const {
  for (const MapEntry& e : map) {
    if (e.key == key) return &e.value;
  }
  return nullptr;
}

Text Node::KindName() const {
  switch (kind) {
    case Kind::kNull: return {"nothing", "rien"};
    case Kind::kScalar: return {"a single value", "une seule valeur"};
    case Kind::kMap: return {"a mapping (key: value lines)", "des lignes clé: valeur"};
    case Kind::kSeq: return {"a list", "une liste"};
  }
  return "?";
}

}  // namespace maillon
