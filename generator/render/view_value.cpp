// ViewValue: building, listing and converting view data.
#include "render/view_value.h"

namespace maillon {

ViewValue& ViewValue::operator[](const std::string& key) {
  for (auto& [name, value] : fields_) {
    if (name == key) return value;
  }
  fields_.emplace_back(key, ViewValue());
  return fields_.back().second;
}

const ViewValue* ViewValue::Find(const std::string& key) const {
  for (const auto& [name, value] : fields_) {
    if (name == key) return &value;
  }
  return nullptr;
}

kainjow::mustache::data ToMustache(const ViewValue& value) {
  using kainjow::mustache::data;
  switch (value.kind()) {
    case ViewValue::Kind::kText:
      return data(value.text());
    case ViewValue::Kind::kFlag:
      return data(value.flag());
    case ViewValue::Kind::kList: {
      // kainjow copies a list it is given, deeply, and has no move for lists: each item is
      // moved into a placeholder instead (the list is ours, so casting const away is sound).
      // Without this, a list nested n deep was copied n times.
      data list(data::type::list);
      for (const ViewValue& item : value.items()) {
        list.push_back(data(false));
        const_cast<data&>(list.list_value().back()) = ToMustache(item);
      }
      return list;
    }
    case ViewValue::Kind::kObject: {
      data object;
      for (const auto& [name, field] : value.fields()) {
        object[name] = ToMustache(field);
        if (field.kind() == ViewValue::Kind::kList) object["has_" + name] = !field.items().empty();
      }
      return object;
    }
  }
  return data(false);
}

void CollectKeys(const ViewValue& value, std::set<std::string>& keys) {
  for (const auto& [name, field] : value.fields()) {
    keys.insert(name);
    if (field.kind() == ViewValue::Kind::kList) keys.insert("has_" + name);
    CollectKeys(field, keys);
  }
  for (const ViewValue& item : value.items()) CollectKeys(item, keys);
}

}  // namespace maillon
