// ViewValue: building, listing and converting view data.
#include "render/view_value.h"

#include <type_traits>

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

namespace {

// ToMustache for a value whose texts are copied (`Value` is const ViewValue) or moved out of it
// (ViewValue).
template <class Value>
kainjow::mustache::data Convert(Value& value) {
  using kainjow::mustache::data;
  switch (value.kind()) {
    case ViewValue::Kind::kText:
      if constexpr (std::is_const_v<Value>) {
        return data(value.text());
      } else {
        return data(value.TakeText());
      }
    case ViewValue::Kind::kFlag:
      return data(value.flag());
    case ViewValue::Kind::kList: {
      // kainjow copies a list it is given, deeply, and has no move for lists: each item is
      // moved into a placeholder instead (the list is ours, so casting const away is sound).
      // Without this, a list nested n deep was copied n times.
      data list(data::type::list);
      for (auto& item : value.items()) {
        list.push_back(data(false));
        const_cast<data&>(list.list_value().back()) = Convert(item);
      }
      return list;
    }
    case ViewValue::Kind::kObject: {
      data object;
      for (auto& [name, field] : value.fields()) {
        const bool is_list = field.kind() == ViewValue::Kind::kList;
        const bool has_items = !field.items().empty();
        object[name] = Convert(field);
        if (is_list) object["has_" + name] = has_items;
      }
      return object;
    }
  }
  return data(false);
}

}  // namespace

kainjow::mustache::data ToMustache(const ViewValue& value) { return Convert(value); }

kainjow::mustache::data ToMustache(ViewValue&& value) { return Convert(value); }

void CollectKeys(const ViewValue& value, std::set<std::string>& keys) {
  for (const auto& [name, field] : value.fields()) {
    keys.insert(name);
    if (field.kind() == ViewValue::Kind::kList) keys.insert("has_" + name);
    CollectKeys(field, keys);
  }
  for (const ViewValue& item : value.items()) CollectKeys(item, keys);
}

}  // namespace maillon
