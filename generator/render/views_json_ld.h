// schema.org JSON-LD for the views: a small JSON writer safe inside an HTML <script>, and the
// Event and Organization blocks of supper, activity, organisation and home pages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/views.h"

namespace maillon {

// `text` as a JSON string literal (QuoteJson) that is also safe inside an HTML <script>: "</"
// becomes "<\/" and "<!--" becomes "\u003c!--", so that the text cannot end or confuse the
// element it is written in; U+2028 and U+2029 are escaped for old JavaScript parsers.
std::string JsonQuoteForScript(std::string_view text);

// A JSON object written as its members are added, in that order. Empty values are left out:
// schema.org reads an absent property as unknown, an empty one as a wrong value.
class JsonObject {
 public:
  // {"@type": type} when `type` is not empty.
  explicit JsonObject(std::string_view type = "");

  JsonObject& Text(std::string_view key, std::string_view text);
  JsonObject& Integer(std::string_view key, int value);
  JsonObject& Object(std::string_view key, const JsonObject& object);
  JsonObject& List(std::string_view key, const std::vector<JsonObject>& objects);
  JsonObject& TextList(std::string_view key, const std::vector<std::string>& texts);

  // Whether no member but "@type" was added.
  bool empty() const { return !has_members_; }
  // The object as JSON text.
  std::string Json() const { return "{" + members_ + "}"; }

 private:
  void AddRaw(std::string_view key, const std::string& json);

  std::string members_;
  bool has_members_ = false;
};

// The JSON-LD of a supper (a schema.org Event), or false when it has no date: an Event
// without startDate is invalid.
ViewValue SupperJsonLd(const ViewContext& ctx, const Supper& s);
// The JSON-LD of an activity: an Event at its next occurrence (its last one once it is over).
ViewValue ActivityJsonLd(const ViewContext& ctx, const Activity& a);
// The JSON-LD of an organisation (a schema.org Organization).
ViewValue OrganizationJsonLd(const ViewContext& ctx, const Organization& o);
// The JSON-LD of the home page: the publisher (site.yaml `publisher`), or false without one.
ViewValue HomeJsonLd(const ViewContext& ctx);

}  // namespace maillon
