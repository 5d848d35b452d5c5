// schema.org JSON-LD: Event for suppers and activities, Organization for organisations and the
// portal's publisher. Search engines and calendar tools read it; residents never see it.
#include "render/read_tracker.h"
#include "render/views_json_ld.h"

#include "model/text.h"
#include "render/json_writer.h"
#include "render/routes.h"
#include "render/views_common.h"

namespace maillon {

namespace {

constexpr std::string_view kSchema = "https://schema.org";

// The JSON-LD block handed to the template: the object with its @context, as one line.
ViewValue Block(const JsonObject& object) {
  std::string json = object.Json();
  // The @context goes first, where readers expect it: splice it after the opening brace.
  json.insert(1, "\"@context\":" + JsonQuoteForScript(kSchema) + ",");
  return ViewValue(std::move(json));
}

std::string IsoWithOffset(const DateTime& t) { return ToIso(t) + TorontoOffsetText(t); }

const Organization* FindOrganization(const ViewContext& ctx, std::string_view slug) {
  auto it = ctx.site.organizations.find(std::string(slug));
  return it == ctx.site.organizations.end() ? nullptr : it->second;
}

// Its own website when it has one, otherwise its page on the portal.
std::string OrganizationUrlFor(const ViewContext& ctx, const Organization& o) {
  return o.contact.website.empty() ? PublicUrl(ctx, OrganizationUrl(o.slug)) : o.contact.website;
}

JsonObject OrganizationRef(const ViewContext& ctx, const Organization& o) {
  NoteRead(o.pos);
  JsonObject org("Organization");
  org.Text("name", Prose(ctx, o.name)).Text("url", OrganizationUrlFor(ctx, o));
  return org;
}

// Who organises what the portal announces itself: the publisher, or else the portal.
JsonObject PortalOrganizer(const ViewContext& ctx) {
  const Site& site = ctx.site.content->site;
  if (const Organization* o = FindOrganization(ctx, site.publisher.value)) {
    return OrganizationRef(ctx, *o);
  }
  JsonObject org("Organization");
  org.Text("name", Prose(ctx, site.title)).Text("url", PublicUrl(ctx, HomeUrl()));
  return org;
}

JsonObject City(const ViewContext& ctx, std::string_view slug) {
  JsonObject city("City");
  city.Text("name", MunicipalityName(ctx, slug));
  return city;
}

// A Place in Québec: the venue (or the municipality when the venue is not known yet). An
// address written "À confirmer" (the content guide's convention) is left out: readers would
// take it for a street.
JsonObject Location(const ViewContext& ctx, std::string_view venue, std::string_view address,
                    std::string_view municipality_slug) {
  const std::string town = MunicipalityName(ctx, municipality_slug);
  const bool unknown = FoldAccents(address) == FoldAccents(ctx.texts.Get("tentative"));
  JsonObject postal("PostalAddress");
  postal.Text("streetAddress", unknown ? "" : address)
      .Text("addressLocality", town)
      .Text("addressRegion", "QC")
      .Text("addressCountry", "CA");
  JsonObject place("Place");
  place.Text("name", venue.empty() ? town : Prose(ctx, venue)).Object("address", postal);
  return place;
}

// The members every Event has: status, attendance mode, place, organiser, page.
JsonObject Event(std::string_view name, std::string_view start, std::string_view end,
                 bool cancelled) {
  JsonObject event("Event");
  event.Text("name", name).Text("startDate", start).Text("endDate", end);
  // A tentative date stays "scheduled": schema.org has no status for "to be confirmed", and
  // EventPostponed would tell readers that an announced date moved.
  event.Text("eventStatus",
             cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
  event.Text("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
  return event;
}

}  // namespace

std::string JsonQuoteForScript(std::string_view text) {
  const std::string json = QuoteJson(text);
  std::string out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size(); ++i) {
    if (json.compare(i, 2, "</") == 0) {
      out += "<\\/";
      ++i;
    } else if (json.compare(i, 4, "<!--") == 0) {
      out += "\\u003c";
    } else if (json.compare(i, 3, "\xE2\x80\xA8") == 0 || json.compare(i, 3, "\xE2\x80\xA9") == 0) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += json[i];
    }
  }
  return out;
}

JsonObject::JsonObject(std::string_view type) {
  if (!type.empty()) members_ = JsonQuoteForScript("@type") + ":" + JsonQuoteForScript(type);
}

void JsonObject::AddRaw(std::string_view key, const std::string& json) {
  if (!members_.empty()) members_ += ',';
  members_ += JsonQuoteForScript(key) + ":" + json;
  has_members_ = true;
}

JsonObject& JsonObject::Text(std::string_view key, std::string_view text) {
  if (!text.empty()) AddRaw(key, JsonQuoteForScript(text));
  return *this;
}

JsonObject& JsonObject::Integer(std::string_view key, int value) {
  AddRaw(key, std::to_string(value));
  return *this;
}

JsonObject& JsonObject::Object(std::string_view key, const JsonObject& object) {
  if (!object.empty()) AddRaw(key, object.Json());
  return *this;
}

JsonObject& JsonObject::List(std::string_view key, const std::vector<JsonObject>& objects) {
  std::string json;
  for (const JsonObject& object : objects) {
    if (object.empty()) continue;
    if (!json.empty()) json += ',';
    json += object.Json();
  }
  if (!json.empty()) AddRaw(key, "[" + json + "]");
  return *this;
}

JsonObject& JsonObject::TextList(std::string_view key, const std::vector<std::string>& texts) {
  std::string json;
  for (const std::string& text : texts) {
    if (text.empty()) continue;
    if (!json.empty()) json += ',';
    json += JsonQuoteForScript(text);
  }
  if (!json.empty()) AddRaw(key, "[" + json + "]");
  return *this;
}

ViewValue SupperJsonLd(const ViewContext& ctx, const Supper& s) {
  NoteRead(s.pos);
  if (!s.date) return ViewValue(false);
  const std::string start = s.time ? IsoWithOffset(DateTime{*s.date, *s.time}) : ToIso(*s.date);
  const std::string end = s.time && s.end_time ? IsoWithOffset(DateTime{*s.date, *s.end_time}) : "";
  JsonObject event = Event(SupperTitle(ctx, s), start, end, s.status == SupperStatus::kCancelled);
  const std::string description =
      s.theme.empty() ? ctx.texts.Get("suppers_intro") : Prose(ctx, s.theme);
  event.Text("description", description)
      .Object("location", Location(ctx, s.venue, s.address, s.municipality.value))
      .Object("organizer", PortalOrganizer(ctx))
      .Text("url", PublicUrl(ctx, SupperUrl(s.id)));
  if (s.capacity) event.Integer("maximumAttendeeCapacity", *s.capacity);
  return Block(event);
}

ViewValue ActivityJsonLd(const ViewContext& ctx, const Activity& a) {
  NoteRead(a.pos);
  const Occurrence* shown = NextOccurrence(a, ctx.site.now);
  if (!shown && !a.occurrences.empty()) shown = &a.occurrences.back();
  if (!shown) return ViewValue(false);
  JsonObject event =
      Event(Prose(ctx, a.title), IsoWithOffset(shown->start), IsoWithOffset(shown->end), false);
  event.Text("description", Prose(ctx, a.summary))
      .Object("location", Location(ctx, a.venue, a.address, a.municipality.value));
  if (const Organization* o = FindOrganization(ctx, a.organization.value)) {
    event.Object("organizer", OrganizationRef(ctx, *o));
  }
  event.Text("url", PublicUrl(ctx, ActivityUrl(a.slug)));
  return Block(event);
}

ViewValue OrganizationJsonLd(const ViewContext& ctx, const Organization& o) {
  NoteRead(o.pos);
  JsonObject org("Organization");
  org.Text("name", Prose(ctx, o.name))
      .Text("url", OrganizationUrlFor(ctx, o))
      .Text("description", Prose(ctx, o.summary))
      .Text("telephone", o.contact.phone)
      .Text("email", o.contact.email)
      .Text("address", o.contact.address);
  if (!o.logo.empty()) org.Text("logo", PublicStaticUrl(ctx, o.logo));
  org.TextList("sameAs", {o.contact.facebook});
  std::vector<JsonObject> served;
  if (o.serves_all) {
    for (const Municipality* m : ctx.site.municipalities_by_name) {
      served.push_back(City(ctx, m->slug));
    }
  } else {
    for (const LocatedString& slug : o.municipalities) served.push_back(City(ctx, slug.value));
  }
  org.List("areaServed", served);
  return Block(org);
}

ViewValue HomeJsonLd(const ViewContext& ctx) {
  const Organization* publisher = FindOrganization(ctx, ctx.site.content->site.publisher.value);
  return publisher ? OrganizationJsonLd(ctx, *publisher) : ViewValue(false);
}

}  // namespace maillon
