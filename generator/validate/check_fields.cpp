// Walking YAML against the schema: unknown and missing fields, and the shape of every value.
#include "validate/check_fields.h"

#include <algorithm>
#include <optional>

#include "diag/spellcheck.h"
#include "model/dates.h"
#include "validate/markdown_checks.h"
#include "validate/scalar_checks.h"

namespace maillon {

namespace {

using T = FieldType;

// A value as quoted in a message: its first line, cut when long.
Text Shown(const std::string& text) {
  std::string out = text.substr(0, text.find('\n'));
  if (out.size() > 60) {
    size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "…";
  } else if (out.size() < text.size()) {
    out += "…";
  }
  return Quoted(out);
}

// "got 'demain'", "got a list", "got nothing": the second half of every type message.
Text Got(const Node& value) {
  const Text got(", got ", " ; reçu : ");
  if (value.IsNull()) return got + Text("nothing", "rien");
  if (value.IsScalar()) {
    return got + (value.scalar.empty() ? Text("an empty value", "une valeur vide")
                                       : Shown(value.scalar));
  }
  return got + value.KindName();
}

// "expected a date like 2026-02-19" / "attendu : une date comme 2026-02-19".
Text Expected(const Text& form) { return Text("expected ", "attendu : ") + form; }

// "expected fields as name: value lines (like title: …)", the start of a wrong-shape message.
Text FieldLinesExpected(const FieldSpec& first) {
  const std::string like = first.name + ": " + ExampleValue(first);
  return {"expected fields as name: value lines (like " + like + ")",
          "attendu : des lignes nom: valeur (comme " + like + ")"};
}

bool IsBlank(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// "[a, b]" -> "a": the first item of a list example, to give list items an example of their own.
std::string FirstItem(const std::string& list_example) {
  if (list_example.size() < 2 || list_example.front() != '[') return {};
  std::string inner = list_example.substr(1, list_example.size() - 2);
  if (!inner.empty() && inner.front() == '{') return inner.substr(0, inner.find('}') + 1);
  return inner.substr(0, inner.find(','));
}

// The type of each item of a list field.
FieldType ItemType(FieldType list) {
  switch (list) {
    case T::kSlugList:
    case T::kSlugListOrAll: return T::kSlug;
    case T::kDateList: return T::kDate;
    case T::kObjectList: return T::kObject;
    default: return T::kText;
  }
}

// The spec each item of a list field is checked against. Only messages need it whole: checks
// read the list's spec with ItemType and `required` (see ValueCheck), without this copy.
FieldSpec ItemSpec(const FieldSpec& list) {
  FieldSpec item = list;
  item.required = true;  // "- " with nothing after it is a mistake, not an absent value
  item.example = FirstItem(list.example);
  item.type = ItemType(list.type);
  return item;
}

// The fields of a mapping, less the one named `skip` (none when empty): a Markdown file's body
// field is checked apart, and the mapping is checked as if the schema did not have it.
class FieldList {
 public:
  FieldList(const std::vector<FieldSpec>& fields, std::string_view skip)
      : fields_(fields), skip_(skip) {}
  bool Has(const FieldSpec& f) const { return skip_.empty() || f.name != skip_; }
  bool Skips(std::string_view key) const { return !skip_.empty() && key == skip_; }
  const FieldSpec* Find(std::string_view name) const {
    const FieldSpec* f = FindField(fields_, name);
    return f && Has(*f) ? f : nullptr;
  }
  // The first field, whose example shows what a mapping looks like.
  const FieldSpec& front() const {
    for (const FieldSpec& f : fields_) {
      if (Has(f)) return f;
    }
    return fields_.front();
  }
  const std::vector<FieldSpec>& all() const { return fields_; }

  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    for (const FieldSpec& f : fields_) {
      if (Has(f)) names.push_back(f.name);
    }
    return names;
  }
  std::string JoinedNames() const {
    std::string out;
    for (const FieldSpec& f : fields_) {
      if (Has(f)) out += (out.empty() ? "" : ", ") + f.name;
    }
    return out;
  }

 private:
  const std::vector<FieldSpec>& fields_;
  std::string_view skip_;
};

// Reports problems of one value; carries what every message needs. An item of a list is
// checked against the list's own spec, with the item's type and required; the item spec proper
// (ItemSpec) is only built for a message.
class ValueCheck {
 public:
  ValueCheck(const Node& value, const SourcePos& key_pos, const FieldSpec& field,
             const std::string& path, Diagnostics& diags, bool list_item = false)
      : v_(value),
        field_(field),
        path_(path),
        diags_(diags),
        // An empty value has no text to point at (and after an unquoted '#' its position is
        // past the comment): point at its key.
        pos_(value.IsNull() || value.pos.line == 0 ? key_pos : value.pos),
        list_item_(list_item),
        type_(list_item ? ItemType(field.type) : field.type),
        required_(list_item || field.required) {}

  bool Run();

 private:
  // The spec messages describe: the field's, or its list items'.
  const FieldSpec& Spec() {
    if (!list_item_) return field_;
    if (!item_spec_) item_spec_ = ItemSpec(field_);
    return *item_spec_;
  }
  // Checks one item of the list value against `field_`, the list's spec.
  bool CheckItem(const Node& item, const std::string& path) {
    return ValueCheck(item, item.pos.line > 0 ? item.pos : pos_, field_, path, diags_, true).Run();
  }
  bool Fail(const Text& message, const Text& suggestion = {}) {
    diags_.Error(pos_, path_, message, suggestion);
    return false;
  }
  bool FailExpected(const Text& suggestion = {}) {
    return Fail(Expected(ExpectedForm(Spec())) + Got(v_), suggestion);
  }
  // A number or true/false in quotes is text to YAML (and to JSON Schema tools).
  bool FailQuoted() {
    return Fail(Expected(ExpectedForm(Spec())) +
                    Text(", got the quoted text \"", " ; reçu : le texte entre guillemets \"") +
                    v_.scalar + "\"",
                {"remove the quotes", "enlevez les guillemets"});
  }
  bool PlainText();
  bool Int();
  bool Bool();
  bool Date(const std::string& text);
  bool Time();
  bool DateAndTime(const std::string& text);
  bool Url();
  bool List();
  bool Object();

  const Node& v_;
  const FieldSpec& field_;
  const std::string& path_;
  Diagnostics& diags_;
  SourcePos pos_;
  bool list_item_;
  FieldType type_;
  bool required_;
  std::optional<FieldSpec> item_spec_;
};

bool ValueCheck::Run() {
  if (v_.IsNull()) {
    // An unquoted colour is a YAML comment: the value silently disappears.
    if (type_ == T::kColour) {
      return FailExpected({"quote the colour: an unquoted # starts a YAML comment",
                           "mettez la couleur entre guillemets : un # sans guillemets commence "
                           "un commentaire YAML"});
    }
    return required_ ? FailExpected() : true;
  }
  const bool needs_scalar = type_ != T::kObject && type_ != T::kObjectList &&
                            type_ != T::kSlugList && type_ != T::kSlugListOrAll &&
                            type_ != T::kStringList && type_ != T::kDateList;
  if (needs_scalar && !v_.IsScalar()) return FailExpected();
  const std::string& s = v_.scalar;
  switch (type_) {
    case T::kText:
    case T::kMarkdown: return PlainText() && CheckMarkdownValue(v_, path_, diags_);
    case T::kPhone: return LooksLikePhone(s) ? true : FailExpected();
    case T::kInt: return Int();
    case T::kBool: return Bool();
    case T::kDate: return Date(s);
    case T::kTime: return Time();
    case T::kDateTime: return DateAndTime(s);
    case T::kDateOrDateTime: return s.size() == 10 ? Date(s) : DateAndTime(s);
    case T::kSlug: {
      if (IsSlug(s)) return true;
      const std::string slug = Slugify(s);
      return FailExpected(slug.empty() || slug == s ? Text() : DidYouMean({slug}));
    }
    case T::kUrl: return Url();
    case T::kEmail: {
      if (IsEmail(s)) return true;
      const bool mailto = s.rfind("mailto:", 0) == 0 && IsEmail(s.substr(7));
      return FailExpected(mailto ? DidYouMean({s.substr(7)}) : Text());
    }
    case T::kColour:
      if (IsColour(s)) return true;
      return FailExpected(IsColour("#" + s) ? DidYouMean({"\"#" + s + "\""}) : Text());
    case T::kEnum: {
      if (std::find(field_.enum_values.begin(), field_.enum_values.end(), s) !=
          field_.enum_values.end()) {
        return true;
      }
      std::string expected;
      for (const std::string& e : field_.enum_values)
        expected += (expected.empty() ? "" : ", ") + e;
      return Fail(Text("unknown " + field_.name + " ", "valeur inconnue ") + Shown(s) +
                      Text("; expected one of " + expected,
                           " ; valeurs possibles : " + expected),
                  DidYouMean(ClosestMatches(s, field_.enum_values)));
    }
    case T::kSlugList:
    case T::kSlugListOrAll:
    case T::kStringList:
    case T::kDateList: return List();
    case T::kObject:
    case T::kObjectList: return Object();
  }
  return true;
}

bool ValueCheck::PlainText() {
  if (required_ && IsBlank(v_.scalar)) return FailExpected();
  return true;
}

bool ValueCheck::Int() {
  const std::optional<int> n = ParseWholeNumber(v_.scalar);
  if (!n) return FailExpected();
  if (!v_.plain) return FailQuoted();
  if (field_.min_value && *n < *field_.min_value) {
    const std::string min = std::to_string(*field_.min_value);
    return Fail({field_.name + " must be at least " + min + ", got " + v_.scalar,
                 "la valeur doit être au moins " + min + " ; reçu : " + v_.scalar});
  }
  return true;
}

bool ValueCheck::Bool() {
  const std::string& s = v_.scalar;
  const bool word =
      s == "true" || s == "false" || s == "True" || s == "False" || s == "TRUE" || s == "FALSE";
  if (word && v_.plain) return true;
  if (word) return FailQuoted();
  std::string lower = s;
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower == "yes" || lower == "oui" || lower == "on" || lower == "vrai" || lower == "y") {
    return FailExpected(DidYouMean({"true"}));
  }
  if (lower == "no" || lower == "non" || lower == "off" || lower == "faux" || lower == "n") {
    return FailExpected(DidYouMean({"false"}));
  }
  return FailExpected();
}

bool ValueCheck::Date(const std::string& text) {
  if (ParseDate(text)) return true;
  const Text reason = InvalidDateReason(text);
  return reason.empty() ? FailExpected() : Fail(reason);
}

bool ValueCheck::Time() {
  if (ParseTime(v_.scalar)) return true;
  const Text reason = InvalidTimeReason(v_.scalar);
  if (!reason.empty()) return Fail(reason);
  const std::string fix = TimeCorrection(v_.scalar);
  return FailExpected(fix.empty() ? Text() : DidYouMean({fix}));
}

bool ValueCheck::DateAndTime(const std::string& text) {
  if (ParseDateTime(text)) return true;
  if (text.size() > 11 && (text[10] == 'T' || text[10] == ' ')) {
    const Text date_reason = InvalidDateReason(text.substr(0, 10));
    if (!date_reason.empty()) return Fail(date_reason);
    const Text time_reason = InvalidTimeReason(text.substr(11));
    if (!time_reason.empty()) return Fail(time_reason);
    const std::string fix = TimeCorrection(text.substr(11));
    if (ParseDate(text.substr(0, 10)) && !fix.empty()) {
      return FailExpected(DidYouMean({text.substr(0, 10) + "T" + fix}));
    }
  }
  if (ParseDate(text)) {
    return FailExpected({"add the time: " + text + "T09:00", "ajoutez l'heure : " + text + "T09:00"});
  }
  const Text reason = InvalidDateReason(text);
  return reason.empty() ? FailExpected() : Fail(reason);
}

bool ValueCheck::Url() {
  const std::string& s = v_.scalar;
  if (IsAbsoluteUrl(s)) return true;
  if (field_.url_form == UrlForm::kSitePath && IsSitePath(s)) return true;
  if (field_.url_form == UrlForm::kFilePath && IsStaticFilePath(s)) return true;
  // "www.manseau.ca": a web address without its scheme.
  const bool bare_domain = !s.empty() && s.find('.') != std::string::npos &&
                           s.find(' ') == std::string::npos && s.find(':') == std::string::npos &&
                           s.front() != '/' && field_.url_form != UrlForm::kFilePath;
  return FailExpected(bare_domain ? DidYouMean({"https://" + s}) : Text());
}

bool ValueCheck::List() {
  if (v_.IsScalar()) {
    if (type_ == T::kSlugListOrAll && v_.scalar == "all") return true;
    const std::string list = "[" + v_.scalar + "]";
    return Fail(Expected(ExpectedForm(Spec())) + Text(", got a single value", " ; reçu : une seule valeur"),
                type_ == T::kSlugListOrAll ? Text("write all, or " + list, "écrivez all, ou " + list)
                                           : Text("write " + list, "écrivez " + list));
  }
  if (!v_.IsSeq()) return FailExpected();
  const FieldType item_type = ItemType(type_);
  bool ok = true;
  for (size_t i = 0; i < v_.seq.size(); ++i) {
    const Node& n = v_.seq[i];
    const std::string path = ItemPath(path_, i);
    if (type_ == T::kSlugListOrAll && n.IsScalar() && n.scalar == "all") {
      diags_.Error(n.pos, path,
                   {"'all' cannot be one item of a list",
                    "« all » ne peut pas être un élément d'une liste"},
                   {"write " + field_.name + ": all, without brackets or '- '",
                    "écrivez " + field_.name + ": all, sans crochets ni « - »"});
      ok = false;
      continue;
    }
    ok = CheckItem(n, path) && ok;
    if (n.IsScalar() && item_type == T::kSlug) {
      for (size_t j = 0; j < i; ++j) {
        if (v_.seq[j].IsScalar() && v_.seq[j].scalar == n.scalar) {
          diags_.Warning(
              n.pos, path,
              Shown(n.scalar) +
                  Text(" is already listed at line " + std::to_string(v_.seq[j].pos.line),
                       " est déjà dans la liste à la ligne " + std::to_string(v_.seq[j].pos.line)));
          break;
        }
      }
    }
  }
  return ok;
}

bool ValueCheck::Object() {
  if (type_ == T::kObject) {
    if (!v_.IsMap()) return FailExpected();
    const int before = diags_.error_count();
    CheckMapping(v_, field_.fields, path_, pos_, diags_);
    return diags_.error_count() == before;
  }
  if (v_.IsMap()) {
    return Fail(Expected(ExpectedForm(Spec())) +
                    Text(", got a single mapping", " ; reçu : un seul groupe de champs"),
                {"start each item with '- '", "commencez chaque élément par « - »"});
  }
  if (!v_.IsSeq()) return FailExpected();
  bool ok = true;
  for (size_t i = 0; i < v_.seq.size(); ++i) {
    ok = CheckItem(v_.seq[i], ItemPath(path_, i)) && ok;
  }
  return ok;
}

void CheckFields(const Node& node, const FieldList& fields, const std::string& path,
                 const SourcePos& missing_pos, Diagnostics& diags) {
  if (!node.IsNull() && !node.IsMap()) {
    const FieldSpec& first = fields.front();
    diags.Error(node.pos, path, FieldLinesExpected(first) + Got(node));
    return;
  }
  // A misspelt required field is one mistake: "unknown field 'titel'; did you mean 'title'?"
  // says it all, without "missing required field 'title'" as well.
  std::vector<std::string> misspelt;
  for (const MapEntry& e : node.map) {
    if (fields.Skips(e.key)) continue;
    if (const FieldSpec* spec = fields.Find(e.key)) {
      CheckValue(e.value, e.key_pos, *spec, FieldPath(path, e.key), diags);
      continue;
    }
    std::vector<std::string> close = ClosestMatches(e.key, fields.Names());
    if (close.size() == 1) misspelt.push_back(close.front());
    Text suggestion = DidYouMean(close);
    if (suggestion.empty() && path.empty() && e.key == "slug") {
      suggestion = {"the file name is the slug: remove this field",
                    "le nom du fichier est l'identifiant : enlevez ce champ"};
    } else if (suggestion.empty()) {
      suggestion = {"expected fields: " + fields.JoinedNames(),
                    "champs possibles : " + fields.JoinedNames()};
    }
    diags.Error(e.key_pos, FieldPath(path, e.key),
                Text("unknown field ", "champ inconnu ") + Shown(e.key), suggestion);
  }
  const SourcePos& at = node.IsMap() ? node.pos : missing_pos;
  for (const FieldSpec& f : fields.all()) {
    if (f.required && fields.Has(f) && !node.Find(f.name) &&
        std::find(misspelt.begin(), misspelt.end(), f.name) == misspelt.end()) {
      diags.Error(at, FieldPath(path, f.name),
                  Text("missing required field '" + f.name + "' (",
                       "ce champ obligatoire manque (") +
                      ExpectedForm(f) + ")");
    }
  }
}

}  // namespace

std::string FieldPath(const std::string& parent, std::string_view name) {
  return parent.empty() ? std::string(name) : parent + "." + std::string(name);
}

std::string ItemPath(const std::string& parent, size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

bool CheckValue(const Node& value, const SourcePos& key_pos, const FieldSpec& field,
                const std::string& path, Diagnostics& diags) {
  return ValueCheck(value, key_pos, field, path, diags).Run();
}

void CheckMapping(const Node& node, const std::vector<FieldSpec>& fields, const std::string& path,
                  const SourcePos& missing_pos, Diagnostics& diags) {
  CheckFields(node, FieldList(fields, {}), path, missing_pos, diags);
}

void CheckDocument(const Document& doc, const KindSchema& schema, Diagnostics& diags) {
  const Node& data = doc.data;
  if (schema.is_list_file) {
    if (data.IsNull()) return;  // an empty list
    const FieldSpec& first = schema.fields.front();
    if (!data.IsSeq()) {
      const std::string like = "- " + first.name + ": " + ExampleValue(first);
      diags.Error(data.pos, "",
                  Text("expected a list of items, each starting with '- ' (like " + like + ")",
                       "attendu : une liste d'éléments, chacun commençant par « - » (comme " +
                           like + ")") +
                      Got(data));
      return;
    }
    for (size_t i = 0; i < data.seq.size(); ++i) {
      const Node& item = data.seq[i];
      if (item.IsMap()) {
        CheckMapping(item, schema.fields, ItemPath("", i), item.pos, diags);
      } else {
        diags.Error(item.pos.line > 0 ? item.pos : data.pos, ItemPath("", i),
                    FieldLinesExpected(first) + Got(item));
      }
    }
    return;
  }
  if (!data.IsNull() && !data.IsMap()) {
    CheckMapping(data, schema.fields, "", doc.pos, diags);  // reports the wrong shape
    return;
  }
  if (!doc.is_markdown || schema.body_field.empty()) {
    CheckMapping(data, schema.fields, "", doc.pos, diags);
    return;
  }
  // A Markdown file carries its long text as the body: the YAML field would be a second one.
  // It is reported here, and the rest is checked as if the schema did not have it.
  for (const MapEntry& e : data.map) {
    if (e.key != schema.body_field) continue;
    diags.Error(e.key_pos, e.key,
                {"a Markdown file gives its " + e.key + " as the body, not as a field",
                 "un fichier Markdown donne son " + e.key + " dans le corps, pas dans un champ"},
                {"move this text below the closing '---'",
                 "déplacez ce texte sous la ligne « --- » qui ferme l'en-tête"});
  }
  CheckFields(data, FieldList(schema.fields, schema.body_field), "", doc.pos, diags);
}

}  // namespace maillon
