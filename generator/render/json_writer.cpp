// JSON text for the machine-readable outputs, with its own escaping (not the HTML one).
#include "render/json_writer.h"

#include <cstdio>

namespace maillon {

void JsonWriter::Key(std::string_view name) {
  BeforeValue();
  out_ += QuoteJson(name);
  out_ += indent_ > 0 ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::String(std::string_view text) {
  BeforeValue();
  out_ += QuoteJson(text);
}

void JsonWriter::Int(long long value) {
  BeforeValue();
  out_ += std::to_string(value);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
}

void JsonWriter::StringOrNull(std::string_view text) {
  if (text.empty()) {
    Null();
  } else {
    String(text);
  }
}

void JsonWriter::IntOrNull(const std::optional<int>& value) {
  if (value) {
    Int(*value);
  } else {
    Null();
  }
}

void JsonWriter::Strings(const std::vector<std::string>& items) {
  BeginArray();
  for (const std::string& item : items) String(item);
  EndArray();
}

void JsonWriter::Raw(std::string_view json) {
  BeforeValue();
  out_ += json;
}

std::string JsonWriter::Take() {
  std::string out = std::move(out_);
  out += '\n';
  out_.clear();
  has_items_.clear();
  after_key_ = false;
  return out;
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_ += bracket;
  has_items_.push_back(false);
}

void JsonWriter::Close(char bracket) {
  const bool had_items = !has_items_.empty() && has_items_.back();
  if (!has_items_.empty()) has_items_.pop_back();
  if (had_items) NewLine();  // empty containers stay "[]" and "{}"
  out_ += bracket;
}

void JsonWriter::BeforeValue() {
  if (after_key_) {  // the value of a member follows its key on the same line
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;  // the top-level value
  if (has_items_.back()) out_ += ',';
  has_items_.back() = true;
  NewLine();
}

void JsonWriter::NewLine() {
  if (indent_ <= 0) return;
  out_ += '\n';
  out_.append(has_items_.size() * size_t(indent_), ' ');
}

}  // namespace maillon
