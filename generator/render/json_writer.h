// A small streaming JSON writer for the open data and the search index: deterministic output,
// strings escaped per RFC 8259 with UTF-8 kept as it is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/text.h"  // QuoteJson

namespace maillon {


// Writes one JSON value made of nested objects and arrays. Callers pair Begin/End calls and
// give a Key before each member of an object; the writer places commas and indentation.
class JsonWriter {
 public:
  // `indent` spaces per level with a newline after each member, or a compact single line at 0.
  explicit JsonWriter(int indent = 2) : indent_(indent) {}
  // A writer of one value that will stand `depth` containers deep in another writer's document
  // (see Raw): its lines are indented for that place. Take it with TakeFragment.
  static JsonWriter Fragment(int indent, int depth) {
    JsonWriter json(indent);
    json.has_items_.assign(size_t(depth), true);
    json.after_key_ = true;  // no separator before the value itself
    return json;
  }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // The name of the next member of the current object.
  void Key(std::string_view name);

  void String(std::string_view text);
  void Int(long long value);
  void Bool(bool value);
  void Null();
  // A string, or null when the text is empty (optional text fields).
  void StringOrNull(std::string_view text);
  void IntOrNull(const std::optional<int>& value);
  // An array of strings.
  void Strings(const std::vector<std::string>& items);

  // Shorthands for a member: Key(name) then the value.
  void Field(std::string_view name, std::string_view text) {
    Key(name);
    String(text);
  }
  void FieldOrNull(std::string_view name, std::string_view text) {
    Key(name);
    StringOrNull(text);
  }

  // A value written by a Fragment writer of the same indent at this depth, as it is.
  void Raw(std::string_view json);

  // The document, ending with a newline; the writer is empty afterwards.
  std::string Take();
  // A Fragment writer's value, without the newline.
  std::string TakeFragment() { return std::move(out_); }

 private:
  void Open(char bracket);
  void Close(char bracket);
  // Before a value: the comma and the line break that separate it from the previous one.
  void BeforeValue();
  void NewLine();

  int indent_;
  std::string out_;
  std::vector<bool> has_items_;  // per open container: whether it holds a value already
  bool after_key_ = false;
};

}  // namespace maillon
