// Writing a new content file from the schema: every field of the kind, filled or commented out.
#include "validate/scaffold.h"

#include <algorithm>

#include "validate/yaml_value.h"

namespace maillon {

namespace {

using T = FieldType;

// Where descriptions start on field lines, so that they read as a column.
constexpr size_t kCommentColumn = 40;

bool IsNested(const FieldSpec& f) { return f.type == T::kObject || f.type == T::kObjectList; }

// Dates take today's date even commented out: an example in the past would make an activity's
// `until` fall before its start once filled in, and its `except` miss the series.
bool IsDate(const FieldSpec& f) {
  return f.type == T::kDate || f.type == T::kDateTime || f.type == T::kDateOrDateTime ||
         f.type == T::kDateList;
}

// The example as content writes it: times quoted, as docs/CONTENT.md shows them.
std::string Example(const FieldSpec& f) {
  const std::string example = ExampleValue(f);
  return f.type == T::kTime && !example.starts_with("\"") ? "\"" + example + "\"" : example;
}

// Characters, not bytes, for aligning comments after accented values.
size_t DisplayWidth(std::string_view s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string Capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

class Scaffold {
 public:
  Scaffold(const KindSchema& kind, const ScaffoldOptions& options) : kind_(kind), o_(options) {}

  std::string Text() {
    const bool fr = o_.french;
    if (o_.markdown) out_ += "---\n";
    if (!o_.schema_path.empty()) out_ += "# yaml-language-server: $schema=" + o_.schema_path + "\n";
    out_ += "# " + Capitalized(fr ? kind_.description_fr : kind_.description) + ".\n";
    out_ += fr ? "# Les lignes en commentaire (#) sont des champs facultatifs : retirez le # pour "
                 "en remplir un.\n# Guide des champs : docs/CONTENT.md. Pour vérifier : maillon "
                 "check\n"
               : "# Commented-out lines (#) are optional fields: remove the # to fill one in.\n"
                 "# Field guide: docs/CONTENT.md. To check: maillon check\n";
    if (o_.markdown) {
      out_ += fr ? "# Le texte, en Markdown, s'écrit sous le second ---.\n"
                 : "# The text, in Markdown, goes below the second ---.\n";
    }
    Fields(kind_.fields, "", 0, -1, false);
    if (o_.markdown) {
      const std::string body = Body();
      out_ += "---\n" + (body.empty() ? "" : "\n" + body);
    }
    return out_;
  }

 private:
  // The body of a Markdown file: the body field's value if given, else nothing (a note in it
  // would be published: the open data carry the Markdown as it is).
  std::string Body() const {
    if (kind_.body_field.empty()) return "";
    auto it = o_.values.find(kind_.body_field);
    return it == o_.values.end() ? "" : it->second + "\n";
  }

  bool Given(const std::string& path) const { return o_.values.count(path) > 0; }
  bool GivenBelow(const std::string& path) const {
    auto it = o_.values.lower_bound(path + ".");
    return it != o_.values.end() && it->first.starts_with(path + ".");
  }
  // Filled in rather than commented out (outside a commented-out block).
  bool Active(const FieldSpec& f, const std::string& path) const {
    return f.required || Given(path) || GivenBelow(path);
  }

  // The fields of one mapping at `indent`. `commented_at`: the column of the "# " of the
  // commented-out block they are in, or -1. An item of a list starts with "- "; its filled
  // fields come first (a commented-out line cannot carry the "- "), and an item with none
  // gets its first field filled, so that it is not empty.
  void Fields(const std::vector<FieldSpec>& fields, const std::string& prefix, int indent,
              int commented_at, bool is_item) {
    std::vector<const FieldSpec*> order;
    for (const FieldSpec& f : fields) {
      if (prefix.empty() && o_.markdown && f.name == kind_.body_field) continue;  // the body
      order.push_back(&f);
    }
    const FieldSpec* forced = nullptr;
    if (is_item && commented_at < 0) {
      std::stable_partition(order.begin(), order.end(),
                            [&](const FieldSpec* f) { return Active(*f, prefix + f->name); });
      if (!order.empty() && !Active(*order.front(), prefix + order.front()->name)) {
        forced = order.front();
      }
    }
    if (is_item) pending_dash_ = true;
    for (const FieldSpec* f : order) Field(*f, prefix + f->name, indent, commented_at, f == forced);
  }

  void Field(const FieldSpec& f, const std::string& path, int indent, int commented_at,
             bool forced) {
    const bool active = commented_at < 0 && (forced || Active(f, path));
    const int at = active ? -1 : (commented_at >= 0 ? commented_at : indent);
    if (auto it = o_.values.find(path); it != o_.values.end()) {
      Line(indent, at, f.name + ": " + YamlValue(f, it->second), Comment(f));
      return;
    }
    if (IsNested(f)) {
      Line(indent, at, f.name + ":", Comment(f));
      if (f.type == T::kObject) Fields(f.fields, path + ".", indent + 2, at, false);
      if (f.type == T::kObjectList) Fields(f.fields, path + ".", indent + 4, at, true);
      return;
    }
    Line(indent, at, f.name + ": " + (active || IsDate(f) ? DefaultValue(f, path) : Example(f)),
         Comment(f));
  }

  void Line(int indent, int commented_at, const std::string& text, const std::string& comment) {
    std::string line = commented_at >= 0 ? std::string(commented_at, ' ') + "# " +
                                               std::string(indent - commented_at, ' ')
                                         : std::string(indent, ' ');
    if (pending_dash_) {  // the first line of a list item
      line.replace(line.size() - 2, 2, "- ");
      pending_dash_ = false;
    }
    line += text;
    const size_t width = DisplayWidth(line);
    line += width + 2 <= kCommentColumn ? std::string(kCommentColumn - width, ' ') : "  ";
    out_ += line + "# " + comment + "\n";
  }

  // A filled-in value nobody gave: the title from the slug, today, an existing reference, or
  // the example.
  std::string DefaultValue(const FieldSpec& f, const std::string& path) const {
    const bool top = path.find('.') == std::string::npos;
    switch (f.type) {
      case T::kText:
        if (top && (f.name == "title" || f.name == "name")) {
          return YamlString(TitleFromSlug(o_.slug));
        }
        break;
      case T::kDate:
      case T::kDateOrDateTime: return ToIso(o_.today);
      case T::kDateList: return "[" + ToIso(o_.today) + "]";
      case T::kDateTime: {
        const std::string example = ExampleValue(f);
        return ToIso(o_.today) + "T" + (example.size() > 11 ? example.substr(11) : "09:00");
      }
      case T::kSlug:
        if (!f.refers_to.empty()) return ReferenceDefault(f);
        break;
      case T::kSlugListOrAll: return "all";
      default: break;
    }
    return Example(f);
  }

  // The file's own slug when it names an existing item (a municipality's supper schedule),
  // else the example when it exists, else the first existing slug.
  std::string ReferenceDefault(const FieldSpec& f) const {
    const std::string example = ExampleValue(f);
    auto it = o_.existing.find(f.refers_to);
    if (it == o_.existing.end() || it->second.empty()) return example;
    const std::vector<std::string>& slugs = it->second;
    auto has = [&](const std::string& s) {
      return std::find(slugs.begin(), slugs.end(), s) != slugs.end();
    };
    if (has(o_.slug)) return o_.slug;
    if (has(example)) return example;
    return *std::min_element(slugs.begin(), slugs.end());
  }

  // "son titre (obligatoire)", "où elle a lieu (obligatoire; nom d'un fichier de
  // municipalities/)", "where it stands (default: planned)".
  std::string Comment(const FieldSpec& f) const {
    const bool fr = o_.french;
    std::string text = fr && !f.description_fr.empty() ? f.description_fr : f.description;
    std::vector<std::string> notes;
    if (f.required) notes.push_back(fr ? "obligatoire" : "required");
    if (!f.refers_to.empty()) {
      const KindSchema* folder = SchemaForDocument(f.refers_to, "");
      notes.push_back(folder ? (fr ? "nom d'un fichier de " : "a file name in ") + f.refers_to + "/"
                             : (fr ? "un slug de " : "a slug in ") + f.refers_to + ".yaml");
    }
    if (f.type == T::kEnum && !f.enum_values.empty() &&
        text.find(f.enum_values.front()) == std::string::npos) {
      std::string values;
      for (const std::string& v : f.enum_values) values += (values.empty() ? "" : " | ") + v;
      notes.push_back(values);
    }
    if (!f.default_value.empty()) {
      notes.push_back((fr ? "par défaut : " : "default: ") + f.default_value);
    }
    for (size_t i = 0; i < notes.size(); ++i) {
      text += (i ? "; " : " (") + notes[i] + (i + 1 == notes.size() ? ")" : "");
    }
    return text;
  }

  const KindSchema& kind_;
  const ScaffoldOptions& o_;
  std::string out_;
  bool pending_dash_ = false;
};

void CollectPaths(const std::vector<FieldSpec>& fields, const std::string& prefix,
                  std::vector<std::string>& out) {
  for (const FieldSpec& f : fields) {
    out.push_back(prefix + f.name);
    CollectPaths(f.fields, prefix + f.name + ".", out);
  }
}

}  // namespace

std::string ScaffoldText(const KindSchema& kind, const ScaffoldOptions& options) {
  return Scaffold(kind, options).Text();
}

const FieldSpec* FieldAtPath(const KindSchema& kind, std::string_view path) {
  const std::vector<FieldSpec>* fields = &kind.fields;
  const FieldSpec* found = nullptr;
  while (true) {
    const size_t dot = path.find('.');
    found = FindField(*fields, path.substr(0, dot));
    if (!found || dot == std::string_view::npos) return found;
    fields = &found->fields;  // empty for a field without fields: the next lookup fails
    path.remove_prefix(dot + 1);
  }
}

std::vector<std::string> FieldPaths(const KindSchema& kind) {
  std::vector<std::string> out;
  CollectPaths(kind.fields, "", out);
  return out;
}

std::string TitleFromSlug(std::string_view slug) {
  std::string title(slug);
  std::replace(title.begin(), title.end(), '-', ' ');
  return Capitalized(title);
}

}  // namespace maillon
