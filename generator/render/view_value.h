// The data a view hands to a template: text, flags, lists and objects, as a plain tree that can
// be listed (for the template lint) and converted once to kainjow Mustache data.
#pragma once

#include <kainjow/mustache.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace maillon {

class ViewValue {
 public:
  enum class Kind { kObject, kText, kFlag, kList };

  ViewValue() = default;  // an empty object
  ViewValue(std::string text) : kind_(Kind::kText), text_(std::move(text)) {}
  ViewValue(const char* text) : kind_(Kind::kText), text_(text) {}
  ViewValue(bool flag) : kind_(Kind::kFlag), flag_(flag) {}

  static ViewValue List() {
    ViewValue v;
    v.kind_ = Kind::kList;
    return v;
  }
  // Text when `text` is not empty, otherwise false: an optional field that a template tests
  // with {{#field}}. Missing keys must never be left out: Mustache would look them up in the
  // enclosing objects and print the page's value instead.
  static ViewValue TextOrFalse(std::string text) {
    if (text.empty()) return ViewValue(false);
    return ViewValue(std::move(text));
  }

  Kind kind() const { return kind_; }
  // Moves the text out (the value keeps its kind, with an empty text).
  std::string TakeText() { return std::move(text_); }
  const std::string& text() const { return text_; }
  bool flag() const { return flag_; }
  // The field `key` of an object, created (as an empty object) when absent.
  ViewValue& operator[](const std::string& key);
  // The field `key`, or nullptr.
  const ViewValue* Find(const std::string& key) const;
  // Appends an item to a list.
  void Push(ViewValue item) { items_.push_back(std::move(item)); }
  const std::vector<ViewValue>& items() const { return items_; }
  const std::vector<std::pair<std::string, ViewValue>>& fields() const { return fields_; }
  std::vector<ViewValue>& items() { return items_; }
  std::vector<std::pair<std::string, ViewValue>>& fields() { return fields_; }
  bool empty_list() const { return kind_ == Kind::kList && items_.empty(); }
  size_t size() const { return items_.size(); }

 private:
  Kind kind_ = Kind::kObject;
  bool flag_ = false;
  std::string text_;
  std::vector<ViewValue> items_;                           // kList
  std::vector<std::pair<std::string, ViewValue>> fields_;  // kObject, in insertion order
};

// The same tree as kainjow Mustache data. Every list field `x` of an object also gives a flag
// `has_x` (true when the list has items), so that a template can wrap a list in <ul> only when
// there is something to list: Mustache itself cannot test a list without iterating it.
kainjow::mustache::data ToMustache(const ViewValue& value);
// The same, taking the texts out of `value` rather than copying them (a page's view is
// converted once: its bodies are the largest part of the page).
kainjow::mustache::data ToMustache(ViewValue&& value);

// Adds every object key of the tree (at any depth) to `keys`, `has_x` flags included.
void CollectKeys(const ViewValue& value, std::set<std::string>& keys);

}  // namespace maillon
