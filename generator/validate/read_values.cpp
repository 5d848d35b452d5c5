// Lenient readers from checked YAML into model values.
#include "validate/read_values.h"

#include "validate/scalar_checks.h"

namespace maillon {

namespace {

const Node* Scalar(const Node& map, std::string_view key) {
  const Node* n = map.Find(key);
  return n && n->IsScalar() ? n : nullptr;
}

const Node* Seq(const Node& map, std::string_view key) {
  const Node* n = map.Find(key);
  return n && n->IsSeq() ? n : nullptr;
}

}  // namespace

SourcePos ValuePos(const Node& map, std::string_view key) {
  const Node* n = map.Find(key);
  return n && n->pos.line > 0 ? n->pos : map.pos;
}

std::string ReadText(const Node& map, std::string_view key) {
  const Node* n = Scalar(map, key);
  return n ? n->scalar : std::string();
}

LocatedString ReadSlug(const Node& map, std::string_view key) {
  const Node* n = Scalar(map, key);
  if (!n || !IsSlug(n->scalar)) return LocatedString{{}, ValuePos(map, key)};
  return LocatedString{n->scalar, n->pos};
}

std::optional<int> ReadInt(const Node& map, std::string_view key) {
  const Node* n = Scalar(map, key);
  if (!n || !n->plain) return std::nullopt;
  return ParseWholeNumber(n->scalar);
}

bool ReadBool(const Node& map, std::string_view key, bool fallback) {
  const Node* n = Scalar(map, key);
  if (!n || !n->plain) return fallback;
  if (n->scalar == "true" || n->scalar == "True" || n->scalar == "TRUE") return true;
  if (n->scalar == "false" || n->scalar == "False" || n->scalar == "FALSE") return false;
  return fallback;
}

std::optional<Date> ReadDate(const Node& map, std::string_view key) {
  const Node* n = Scalar(map, key);
  return n ? ParseDate(n->scalar) : std::nullopt;
}

std::optional<Time> ReadTime(const Node& map, std::string_view key) {
  const Node* n = Scalar(map, key);
  return n ? ParseTime(n->scalar) : std::nullopt;
}

std::optional<Located<DateTime>> ReadDateTime(const Node& map, std::string_view key) {
  const Node* n = Scalar(map, key);
  if (!n) return std::nullopt;
  const std::optional<DateTime> t = ParseDateTime(n->scalar);
  if (!t) return std::nullopt;
  return Located<DateTime>{*t, n->pos};
}

std::vector<LocatedString> ReadSlugList(const Node& map, std::string_view key) {
  std::vector<LocatedString> out;
  if (const Node* list = Seq(map, key)) {
    for (const Node& n : list->seq) {
      if (n.IsScalar() && IsSlug(n.scalar) && n.scalar != "all") out.push_back({n.scalar, n.pos});
    }
  }
  return out;
}

std::vector<std::string> ReadStringList(const Node& map, std::string_view key) {
  std::vector<std::string> out;
  if (const Node* list = Seq(map, key)) {
    for (const Node& n : list->seq) {
      if (n.IsScalar()) out.push_back(n.scalar);
    }
  }
  return out;
}

std::vector<Located<Date>> ReadDateList(const Node& map, std::string_view key) {
  std::vector<Located<Date>> out;
  if (const Node* list = Seq(map, key)) {
    for (const Node& n : list->seq) {
      if (!n.IsScalar()) continue;
      if (std::optional<Date> d = ParseDate(n.scalar)) out.push_back({*d, n.pos});
    }
  }
  return out;
}

Contact ReadContact(const Node* node) {
  Contact c;
  if (!node || !node->IsMap()) return c;
  c.name = ReadText(*node, "name");
  c.role = ReadText(*node, "role");
  c.phone = ReadText(*node, "phone");
  c.email = ReadText(*node, "email");
  c.website = ReadText(*node, "website");
  c.address = ReadText(*node, "address");
  c.facebook = ReadText(*node, "facebook");
  return c;
}

Registration ReadRegistration(const Node* node) {
  Registration r;
  if (!node || !node->IsMap()) return r;
  r.phone = ReadText(*node, "phone");
  r.email = ReadText(*node, "email");
  r.url = ReadText(*node, "url");
  r.note = ReadText(*node, "note");
  return r;
}

Markdown ReadBody(const Document& doc, const KindSchema& schema) {
  if (doc.is_markdown) {
    return Markdown{doc.body, MakePos(doc.pos.file, doc.body_line > 0 ? doc.body_line : 1, 1)};
  }
  if (schema.body_field.empty()) return Markdown{{}, doc.pos};
  const Node* n = Scalar(doc.data, schema.body_field);
  if (!n) return Markdown{{}, doc.pos};
  return Markdown{n->scalar, n->pos};
}

}  // namespace maillon
