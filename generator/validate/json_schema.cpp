// Content kinds -> JSON Schema draft-07 text, type by type as check_fields.cpp checks values.
#include "validate/json_schema.h"

#include <utility>
#include <vector>

#include "model/text.h"

namespace maillon {

namespace {

using T = FieldType;

// A JSON value that keeps the order of object members, as written.
class Json {
 public:
  static Json Literal(std::string text) {  // a number, true, false or null, as written
    Json j;
    j.literal_ = std::move(text);
    return j;
  }
  static Json String(std::string text) {
    Json j;
    j.string_ = std::move(text);
    j.kind_ = Kind::kString;
    return j;
  }
  static Json Array(std::vector<Json> items = {}) {
    Json j;
    j.kind_ = Kind::kArray;
    j.items_ = std::move(items);
    return j;
  }
  static Json Strings(const std::vector<std::string>& texts) {
    Json j = Array();
    for (const std::string& t : texts) j.items_.push_back(String(t));
    return j;
  }
  static Json Object() {
    Json j;
    j.kind_ = Kind::kObject;
    return j;
  }

  Json& Set(std::string key, Json value) {
    for (auto& [k, v] : members_) {
      if (k == key) {
        v = std::move(value);
        return *this;
      }
    }
    members_.emplace_back(std::move(key), std::move(value));
    return *this;
  }
  // Adds the members of the object `other`, in their order.
  Json& Append(Json other) {
    for (auto& [k, v] : other.members_) Set(std::move(k), std::move(v));
    return *this;
  }
  Json* Get(std::string_view key) {
    for (auto& [k, v] : members_) {
      if (k == key) return &v;
    }
    return nullptr;
  }
  bool IsString() const { return kind_ == Kind::kString; }
  bool IsArray() const { return kind_ == Kind::kArray; }
  void Push(Json value) { items_.push_back(std::move(value)); }

  // Objects one member a line; arrays of plain values on one line ("required", "enum").
  void Write(std::string& out, int indent) const {
    switch (kind_) {
      case Kind::kLiteral: out += literal_; return;
      case Kind::kString: out += QuoteJson(string_); return;
      case Kind::kArray: {
        bool flat = true;
        for (const Json& i : items_) flat = flat && (i.kind_ == Kind::kLiteral || i.IsString());
        out += '[';
        for (size_t n = 0; n < items_.size(); ++n) {
          out += n ? (flat ? ", " : ",") : "";
          if (!flat) out += "\n" + std::string(indent + 2, ' ');
          items_[n].Write(out, indent + 2);
        }
        if (!flat && !items_.empty()) out += "\n" + std::string(indent, ' ');
        out += ']';
        return;
      }
      case Kind::kObject: {
        out += '{';
        for (size_t n = 0; n < members_.size(); ++n) {
          out += n ? ",\n" : "\n";
          out += std::string(indent + 2, ' ');
          out += QuoteJson(members_[n].first);
          out += ": ";
          members_[n].second.Write(out, indent + 2);
        }
        if (!members_.empty()) out += "\n" + std::string(indent, ' ');
        out += '}';
        return;
      }
    }
  }

 private:
  enum class Kind { kLiteral, kString, kArray, kObject };

  Kind kind_ = Kind::kLiteral;
  std::string literal_ = "null";
  std::string string_;
  std::vector<Json> items_;
  std::vector<std::pair<std::string, Json>> members_;
};

// The parts of the patterns, as scalar_checks.cpp and model/dates.cpp read values.
// Days 29 to 31 only in the months that have them; February 29 in every year (leap years
// are left to the validator).
constexpr const char* kDate =
    "[0-9]{4}-((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-9])|(0[13-9]|1[0-2])-30|(0[13578]|1[02])-31)";
constexpr const char* kTime = "([01][0-9]|2[0-3]):[0-5][0-9](:00)?";
constexpr const char* kAbsoluteUrl = "https?://[^/ \\t\\n\\r][^ \\t\\n\\r]*";
// A path on the site, but not "//host".
constexpr const char* kSitePath = "/([^/ \\t\\n\\r\\\\][^ \\t\\n\\r\\\\]*)?";
// A file under content/static/: no "//" start, no ".." segment, no ':' or '\', no final '/'.
constexpr const char* kStaticFile = "(?!//)(?!(.*/)?\\.\\.(/|$))[^:\\\\]*[^:\\\\/]";

Json TypeNamed(const char* name) { return Json::Object().Set("type", Json::String(name)); }

Json Pattern(Json schema, const std::string& pattern) {
  return schema.Set("pattern", Json::String(pattern));
}

// Plain scalars: YAML 1.2 reads 12 as a number and true as a boolean, which text fields take.
Json TextSchema(bool required) {
  Json s = Json::Object().Set("type", Json::Strings({"string", "number", "boolean"}));
  // A required text cannot be blank (a number or boolean never is).
  return required ? Pattern(std::move(s), "\\S") : s;
}

Json ObjectSchema(const std::vector<FieldSpec>& fields);

// What one value of `type` may be; `required` for what may not be blank (list items are).
Json ValueSchema(const FieldSpec& f, FieldType type, bool required) {
  switch (type) {
    case T::kText:
    case T::kMarkdown: return TextSchema(required);
    case T::kInt: {
      Json s = TypeNamed("integer");
      if (f.min_value) s.Set("minimum", Json::Literal(std::to_string(*f.min_value)));
      return s;
    }
    case T::kBool: return TypeNamed("boolean");
    case T::kPhone:
      return Pattern(Json::Object().Set("type", Json::Strings({"string", "number"})),
                     ValuePattern(type));
    case T::kDate:
    case T::kTime:
    case T::kDateTime:
    case T::kDateOrDateTime:
    case T::kSlug:
    case T::kEmail:
    case T::kColour:
    case T::kUrl: return Pattern(TypeNamed("string"), ValuePattern(type, f.url_form));
    case T::kEnum: return Json::Object().Set("enum", Json::Strings(f.enum_values));
    case T::kSlugList: return TypeNamed("array").Set("items", ValueSchema(f, T::kSlug, true));
    case T::kSlugListOrAll: {
      // "all" alone, or a list of slugs none of which is "all".
      Json item = ValueSchema(f, T::kSlug, true);
      item.Set("not", Json::Object().Set("const", Json::String("all")));
      return Json::Object().Set("anyOf",
                                Json::Array({Json::Object().Set("const", Json::String("all")),
                                             TypeNamed("array").Set("items", std::move(item))}));
    }
    case T::kStringList: return TypeNamed("array").Set("items", TextSchema(true));
    case T::kDateList: return TypeNamed("array").Set("items", ValueSchema(f, T::kDate, true));
    case T::kObject: return ObjectSchema(f.fields);
    case T::kObjectList: return TypeNamed("array").Set("items", ObjectSchema(f.fields));
  }
  return Json::Object();
}

// Lets an optional field be written with nothing after it (`summary:`), as the validator does.
void AllowNull(Json& s) {
  if (Json* type = s.Get("type")) {
    if (type->IsString()) *type = Json::Array({std::move(*type)});
    type->Push(Json::String("null"));
  } else if (Json* values = s.Get("enum")) {
    values->Push(Json::Literal("null"));
  } else if (Json* any = s.Get("anyOf")) {
    any->Push(TypeNamed("null"));
  }
}

std::string Description(const std::string& fr, const std::string& en) {
  if (fr.empty()) return en;
  return fr + " — " + en;
}

// The documented default, typed as the field is.
Json DefaultValue(const FieldSpec& f) {
  if (f.type == T::kInt || f.type == T::kBool) return Json::Literal(f.default_value);
  return Json::String(f.default_value);
}

Json FieldSchema(const FieldSpec& f) {
  Json s =
      Json::Object().Set("description", Json::String(Description(f.description_fr, f.description)));
  Json value = ValueSchema(f, f.type, f.required);
  // An unquoted colour is a YAML comment: the validator refuses the empty value it leaves.
  if (!f.required && f.type != T::kColour) AllowNull(value);
  // The description first, for whoever reads the file; then the value's own keywords.
  s.Append(std::move(value));
  if (!f.default_value.empty()) s.Set("default", DefaultValue(f));
  return s;
}

Json ObjectSchema(const std::vector<FieldSpec>& fields) {
  Json properties = Json::Object();
  std::vector<std::string> required;
  for (const FieldSpec& f : fields) {
    properties.Set(f.name, FieldSchema(f));
    if (f.required) required.push_back(f.name);
  }
  Json s = TypeNamed("object");
  s.Set("properties", std::move(properties));
  if (!required.empty()) s.Set("required", Json::Strings(required));
  // Unknown fields are errors (check_fields.cpp), usually misspellings.
  s.Set("additionalProperties", Json::Literal("false"));
  return s;
}

}  // namespace

std::string ValuePattern(FieldType type, UrlForm url_form) {
  const std::string date = kDate, time = kTime;
  switch (type) {
    case T::kDate: return "^" + date + "$";
    case T::kTime: return "^" + time + "$";
    case T::kDateTime: return "^" + date + "[T ]" + time + "$";
    case T::kDateOrDateTime: return "^" + date + "([T ]" + time + ")?$";
    case T::kSlug: return "^[a-z0-9]+(-[a-z0-9]+)*$";
    case T::kEmail:
      return "^[^@ \\t\\n\\r:]+@(?!-)(?!.*\\.\\.)[^@ \\t\\n\\r:]+\\.[^@ \\t\\n\\r:.]+$";
    case T::kColour: return "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$";
    case T::kPhone: return "[0-9]";  // free text with at least one digit
    case T::kUrl: {
      std::string alternatives = kAbsoluteUrl;
      if (url_form == UrlForm::kSitePath) alternatives += std::string("|") + kSitePath;
      if (url_form == UrlForm::kFilePath) alternatives += std::string("|") + kStaticFile;
      return "^(" + alternatives + ")$";
    }
    default: return "";
  }
}

std::string JsonSchemaFileName(const KindSchema& kind) { return kind.kind + ".schema.json"; }

std::string JsonSchemaText(const KindSchema& kind) {
  Json root = Json::Object();
  root.Set("$schema", Json::String("http://json-schema.org/draft-07/schema#"));
  root.Set("$comment",
           Json::String("Generated by `maillon schema` from generator/validate/schema.cpp; do "
                        "not edit. Content guide: docs/CONTENT.md"));
  root.Set("title", Json::String(kind.kind));
  root.Set("description", Json::String(Description(kind.description_fr, kind.description)));
  Json object = ObjectSchema(kind.fields);
  if (kind.is_list_file) {
    // An empty file is an empty list.
    root.Set("type", Json::Strings({"array", "null"}));
    root.Set("items", std::move(object));
  } else {
    root.Append(std::move(object));
  }
  std::string out;
  root.Write(out, 0);
  return out + "\n";
}

}  // namespace maillon
