// Reading checked YAML values into model types. CheckDocument has already reported every
// problem, so an absent or ill-formed value reads as empty (or nothing) without a message.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/document.h"
#include "load/node.h"
#include "model/content.h"
#include "validate/schema.h"

namespace maillon {

// The position of the value under `key`, or of the mapping itself when there is none.
SourcePos ValuePos(const Node& map, std::string_view key);

// A scalar as text; empty when absent or not a scalar.
std::string ReadText(const Node& map, std::string_view key);
// A slug with its position; empty (at the mapping) when absent or not a valid slug.
LocatedString ReadSlug(const Node& map, std::string_view key);
// A plain whole number.
std::optional<int> ReadInt(const Node& map, std::string_view key);
// A plain true or false; `fallback` otherwise.
bool ReadBool(const Node& map, std::string_view key, bool fallback);
std::optional<Date> ReadDate(const Node& map, std::string_view key);
std::optional<Time> ReadTime(const Node& map, std::string_view key);
std::optional<Located<DateTime>> ReadDateTime(const Node& map, std::string_view key);
// The valid slugs of a list, each with its position ("all" is not one).
std::vector<LocatedString> ReadSlugList(const Node& map, std::string_view key);
// The scalar items of a list.
std::vector<std::string> ReadStringList(const Node& map, std::string_view key);
// The valid dates of a list, each with its position.
std::vector<Located<Date>> ReadDateList(const Node& map, std::string_view key);

// A contact or registration mapping (a missing one reads as empty).
Contact ReadContact(const Node* node);
Registration ReadRegistration(const Node* node);

// The long text of an item: the body of a Markdown file, or the schema's body field in YAML.
Markdown ReadBody(const Document& doc, const KindSchema& schema);

}  // namespace maillon
