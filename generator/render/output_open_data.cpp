// Open data files: the same records written as JSON (nested) and as CSV (flat, lists joined
// with '|'). Field names and order are a published contract: see docs/OPEN-DATA.md.
#include "render/output_open_data.h"

#include "render/json_writer.h"
#include "render/output_common.h"
#include "render/read_tracker.h"
#include "render/views_common.h"
#include "render/routes.h"

namespace maillon {

namespace {

constexpr const char kListSeparator[] = "|";  // slugs never hold it

std::string Join(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : kListSeparator) + item;
  return text;
}

std::vector<std::string> Slugs(const std::vector<LocatedString>& refs) {
  std::vector<std::string> slugs;
  for (const LocatedString& r : refs) slugs.push_back(r.value);
  return slugs;
}

std::string Bool(bool value) { return value ? "true" : "false"; }

// A Markdown body without the blank lines and spaces that end its file.
std::string Body(const std::string& markdown) {
  const size_t end = markdown.find_last_not_of(" \t\r\n");
  return end == std::string::npos ? std::string() : markdown.substr(0, end + 1);
}

std::string IntText(const std::optional<int>& value) {
  return value ? std::to_string(*value) : std::string();
}

// The name behind a slug in one of the site's indexes, or "" when unknown.
template <class Map>
std::string NameOf(const Map& index, const std::string& slug) {
  auto it = index.find(slug);
  if (it == index.end()) return std::string();
  NoteRead(it->second->pos);
  return it->second->name;
}

std::string StaticUrl(const ViewContext& ctx, std::string_view src) {
  if (src.empty() || src.find("://") != std::string_view::npos) return std::string(src);
  while (!src.empty() && src.front() == '/') src.remove_prefix(1);
  return OutputUrl(ctx, src);
}

std::string CalendarUrl(const ViewContext& ctx, const std::string& page_url) {
  return OutputUrl(ctx, page_url + "calendrier.ics");
}

void BeginDocument(const ViewContext& ctx, JsonWriter& json) {
  json.BeginObject();
  // The moment the build treated as "now" (what was published, upcoming): never the clock.
  json.Field("generated", Rfc3339(ctx.site.now));
  json.Key("items");
  json.BeginArray();
}

std::string EndDocument(JsonWriter& json) {
  json.EndArray();
  json.EndObject();
  return json.Take();
}

void RegistrationJson(const Registration& r, JsonWriter& json) {
  json.BeginObject();
  json.FieldOrNull("phone", r.phone);
  json.FieldOrNull("email", r.email);
  json.FieldOrNull("url", r.url);
  json.FieldOrNull("note", r.note);
  json.EndObject();
}

// --- Organisations ---

std::vector<std::string> ServedSlugs(const ViewContext& ctx, const Organization& o) {
  if (!o.serves_all) return Slugs(o.municipalities);
  std::vector<std::string> all;
  for (const auto& [slug, m] : ctx.site.municipalities) all.push_back(slug);
  return all;
}

std::string OrganizationsJson(const ViewContext& ctx) {
  JsonWriter json;
  BeginDocument(ctx, json);
  for (const auto& [slug, o] : ctx.site.organizations) {
    NoteRead(o->pos);
    json.BeginObject();
    json.Field("slug", slug);
    json.Field("name", o->name);
    json.FieldOrNull("summary", o->summary);
    json.Field("url", OutputUrl(ctx, OrganizationUrl(slug)));
    json.FieldOrNull("logo", StaticUrl(ctx, o->logo));
    json.Key("serves_all");
    json.Bool(o->serves_all);
    json.Key("municipalities");
    json.Strings(ServedSlugs(ctx, *o));
    json.Key("categories");
    json.Strings(Slugs(o->categories));
    json.Key("contact");
    json.BeginObject();
    const Contact& c = o->contact;
    json.FieldOrNull("name", c.name);
    json.FieldOrNull("role", c.role);
    json.FieldOrNull("phone", c.phone);
    json.FieldOrNull("email", c.email);
    json.FieldOrNull("website", c.website);
    json.FieldOrNull("address", c.address);
    json.FieldOrNull("facebook", c.facebook);
    json.EndObject();
    json.FieldOrNull("hours", o->hours);
    json.FieldOrNull("volunteering", Body(o->volunteering));
    json.FieldOrNull("description", Body(o->body.text));
    json.EndObject();
  }
  return EndDocument(json);
}

std::string OrganizationsCsv(const ViewContext& ctx) {
  std::string csv = CsvRow({"slug", "name", "summary", "url", "logo", "serves_all",
                            "municipalities", "categories", "contact_name", "contact_role",
                            "contact_phone", "contact_email", "contact_website",
                            "contact_address", "contact_facebook", "hours", "volunteering",
                            "description"});
  for (const auto& [slug, o] : ctx.site.organizations) {
    NoteRead(o->pos);
    const Contact& c = o->contact;
    csv += CsvRow({slug, o->name, o->summary, OutputUrl(ctx, OrganizationUrl(slug)),
                   StaticUrl(ctx, o->logo), Bool(o->serves_all), Join(ServedSlugs(ctx, *o)),
                   Join(Slugs(o->categories)), c.name, c.role, c.phone, c.email, c.website,
                   c.address, c.facebook, o->hours, Body(o->volunteering), Body(o->body.text)});
  }
  return csv;
}

// --- Activities ---

void RecurrenceJson(const Activity& a, JsonWriter& json) {
  if (!a.recurrence) {
    json.Null();
    return;
  }
  const Recurrence& r = *a.recurrence;
  json.BeginObject();
  json.Field("every", r.every == Frequency::kWeekly ? "week" : "month");
  json.Key("interval");
  json.Int(r.interval);
  json.Field("by", r.by_weekday ? "weekday" : "day");
  json.FieldOrNull("until", r.until ? ToIso(*r.until) : "");
  json.Key("count");
  json.IntOrNull(r.count);
  json.Key("except");
  std::vector<std::string> except;
  for (const Date& d : r.except) except.push_back(ToIso(d));
  json.Strings(except);
  json.EndObject();
}

std::string ActivitiesJson(const ViewContext& ctx) {
  const ResolvedSite& site = ctx.site;
  JsonWriter json;
  BeginDocument(ctx, json);
  for (const auto& [slug, a] : site.activities) {
    NoteRead(a->pos);
    json.BeginObject();
    json.Field("slug", slug);
    json.Field("title", a->title);
    json.FieldOrNull("summary", a->summary);
    json.Field("url", OutputUrl(ctx, ActivityUrl(slug)));
    json.Field("calendar_url", CalendarUrl(ctx, ActivityUrl(slug)));
    json.Field("organization", a->organization.value);
    json.FieldOrNull("organization_name", NameOf(site.organizations, a->organization.value));
    json.Field("municipality", a->municipality.value);
    json.FieldOrNull("municipality_name", NameOf(site.municipalities, a->municipality.value));
    json.Field("category", a->category.value);
    json.FieldOrNull("category_name", NameOf(site.categories, a->category.value));
    json.FieldOrNull("venue", a->venue);
    json.FieldOrNull("address", a->address);
    json.FieldOrNull("cost", a->cost);
    json.Key("registration");
    RegistrationJson(a->registration, json);
    json.FieldOrNull("accessibility", a->accessibility);
    json.Key("recurrence");
    RecurrenceJson(*a, json);
    json.FieldOrNull("description", Body(a->body.text));
    json.Key("occurrences");
    json.BeginArray();
    for (const Occurrence& o : a->occurrences) {
      json.BeginObject();
      json.Field("start", Rfc3339(o.start));
      json.Field("end", Rfc3339(o.end));
      json.EndObject();
    }
    json.EndArray();
    json.EndObject();
  }
  return EndDocument(json);
}

// One row per occurrence: a spreadsheet sorts and filters dates, not nested lists.
std::string ActivitiesCsv(const ViewContext& ctx) {
  const ResolvedSite& site = ctx.site;
  std::string csv = CsvRow({"slug", "title", "summary", "url", "calendar_url", "organization",
                            "organization_name", "municipality", "municipality_name", "category",
                            "category_name", "venue", "address", "cost", "registration_phone",
                            "registration_email", "registration_url", "registration_note",
                            "accessibility", "start", "end"});
  for (const auto& [slug, a] : site.activities) {
    NoteRead(a->pos);
    const Registration& r = a->registration;
    for (const Occurrence& o : a->occurrences) {
      csv += CsvRow({slug, a->title, a->summary, OutputUrl(ctx, ActivityUrl(slug)),
                     CalendarUrl(ctx, ActivityUrl(slug)), a->organization.value,
                     NameOf(site.organizations, a->organization.value), a->municipality.value,
                     NameOf(site.municipalities, a->municipality.value), a->category.value,
                     NameOf(site.categories, a->category.value), a->venue, a->address, a->cost,
                     r.phone, r.email, r.url, r.note, a->accessibility, Rfc3339(o.start),
                     Rfc3339(o.end)});
    }
  }
  return csv;
}

// --- Suppers ---

// The supper's start and end as RFC 3339, when its date and times are known.
std::string SupperStart(const Supper& s) {
  return s.date && s.time ? Rfc3339(DateTime{*s.date, *s.time}) : "";
}

std::string SupperEnd(const Supper& s) {
  if (!s.date || !s.time || !s.end_time) return "";
  // An end time before the start time is past midnight, on the next day.
  const Date day = *s.end_time < *s.time ? AddDays(*s.date, 1) : *s.date;
  return Rfc3339(DateTime{day, *s.end_time});
}

std::string SupperCalendarUrl(const ViewContext& ctx, const Supper& s) {
  return s.date ? CalendarUrl(ctx, SupperUrl(s.id)) : "";
}

std::string SuppersJson(const ViewContext& ctx) {
  JsonWriter json;
  BeginDocument(ctx, json);
  for (const Supper* s : ctx.site.suppers) {
    NoteRead(s->pos);
    json.BeginObject();
    json.Field("id", s->id);
    json.Field("url", OutputUrl(ctx, SupperUrl(s->id)));
    json.FieldOrNull("calendar_url", SupperCalendarUrl(ctx, *s));
    json.Field("municipality", s->municipality.value);
    json.FieldOrNull("municipality_name", NameOf(ctx.site.municipalities, s->municipality.value));
    json.FieldOrNull("date", s->date ? ToIso(*s->date) : "");
    json.FieldOrNull("time", s->time ? ToIso(*s->time) : "");
    json.FieldOrNull("end_time", s->end_time ? ToIso(*s->end_time) : "");
    json.FieldOrNull("start", SupperStart(*s));
    json.FieldOrNull("end", SupperEnd(*s));
    json.Key("tentative");
    json.Bool(s->tentative);
    json.FieldOrNull("period", s->period);
    json.Field("status", ToString(s->status));
    json.FieldOrNull("venue", s->venue);
    json.FieldOrNull("address", s->address);
    json.Key("capacity");
    json.IntOrNull(s->capacity);
    json.Key("registration");
    RegistrationJson(s->registration, json);
    json.FieldOrNull("theme", s->theme);
    json.Key("partners");
    json.Strings(Slugs(s->partners));
    json.FieldOrNull("notes", s->notes);
    json.EndObject();
  }
  return EndDocument(json);
}

std::string SuppersCsv(const ViewContext& ctx) {
  std::string csv = CsvRow({"id", "url", "calendar_url", "municipality", "municipality_name",
                            "date", "time", "end_time", "start", "end", "tentative", "period",
                            "status", "venue", "address", "capacity", "registration_phone",
                            "registration_email", "registration_url", "registration_note",
                            "theme", "partners", "notes"});
  for (const Supper* s : ctx.site.suppers) {
    NoteRead(s->pos);
    const Registration& r = s->registration;
    csv += CsvRow({s->id, OutputUrl(ctx, SupperUrl(s->id)), SupperCalendarUrl(ctx, *s),
                   s->municipality.value, NameOf(ctx.site.municipalities, s->municipality.value),
                   s->date ? ToIso(*s->date) : "", s->time ? ToIso(*s->time) : "",
                   s->end_time ? ToIso(*s->end_time) : "", SupperStart(*s), SupperEnd(*s),
                   Bool(s->tentative), s->period, ToString(s->status), s->venue, s->address,
                   IntText(s->capacity), r.phone, r.email, r.url, r.note, s->theme,
                   Join(Slugs(s->partners)), s->notes});
  }
  return csv;
}

}  // namespace

std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string CsvRow(const std::vector<std::string>& fields) {
  std::string row;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) row += ',';
    row += CsvField(fields[i]);
  }
  row += "\r\n";
  return row;
}

// Events in a municipality's JSON: enough for a season, bounded for a province-wide portal.
constexpr size_t kMunicipalityEvents = 100;

std::string MunicipalityEventsJson(const ViewContext& ctx, const Municipality& m) {
  NoteRead(m.pos);
  // Upcoming dated suppers and activity dates, in the order they come.
  struct Event {
    DateTime start;
    std::string kind;
    const Supper* supper = nullptr;
    const Activity* activity = nullptr;
    Occurrence when;
  };
  std::vector<Event> events;
  for (const Supper* s : ViewOf(ctx, m).upcoming_suppers) {
    if (s->date) events.push_back({DateTime{*s->date, s->time.value_or(Time{})}, "supper", s});
  }
  for (const ActivityOccurrence& o : UpcomingOccurrencesIn(ctx, m, kMunicipalityEvents)) {
    events.push_back({o.when.start, "activity", nullptr, o.activity, o.when});
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const Event& a, const Event& b) { return a.start < b.start; });
  if (events.size() > kMunicipalityEvents) events.resize(kMunicipalityEvents);

  JsonWriter json;
  json.BeginObject();
  json.Field("generated", Rfc3339(ctx.site.now));
  json.Field("municipality", m.slug);
  json.Field("municipality_name", m.name);
  json.Field("url", OutputUrl(ctx, MunicipalityUrl(m.slug)));
  json.Field("calendar_url", CalendarUrl(ctx, MunicipalityUrl(m.slug)));
  json.Key("events");
  json.BeginArray();
  for (const Event& e : events) {
    json.BeginObject();
    json.Field("kind", e.kind);
    if (const Supper* s = e.supper) {
      NoteRead(s->pos);
      json.Field("title", SupperTitle(ctx, *s));
      json.FieldOrNull("start", SupperStart(*s));
      json.FieldOrNull("end", SupperEnd(*s));
      json.FieldOrNull("date", ToIso(*s->date));
      json.Key("tentative");
      json.Bool(s->tentative);
      json.Field("status", ToString(s->status));
      json.FieldOrNull("venue", s->venue);
      json.FieldOrNull("address", s->address);
      json.Field("url", OutputUrl(ctx, SupperUrl(s->id)));
    } else {
      const Activity& a = *e.activity;
      NoteRead(a.pos);
      json.Field("title", a.title);
      json.Field("start", Rfc3339(e.when.start));
      json.Field("end", Rfc3339(e.when.end));
      json.Field("date", ToIso(e.when.start.date));
      json.Key("tentative");
      json.Bool(false);
      json.Field("status", "confirmed");
      json.FieldOrNull("venue", a.venue);
      json.FieldOrNull("address", a.address);
      json.Field("url", OutputUrl(ctx, ActivityUrl(a.slug)));
    }
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  return json.Take();
}

void PlanOpenData(const ViewContext& ctx, OutputPlans& plans) {
  const struct {
    const char* name;
    std::string (*json)(const ViewContext&);
    std::string (*csv)(const ViewContext&);
  } kFiles[] = {
      {"organismes", OrganizationsJson, OrganizationsCsv},
      {"activites", ActivitiesJson, ActivitiesCsv},
      {"soupers", SuppersJson, SuppersCsv},
  };
  for (const auto& file : kFiles) {
    const std::string base = std::string("donnees/") + file.name;
    plans.push_back({base + ".json", kJsonType, {}, file.json});
    plans.push_back({base + ".csv", kCsvType, {}, file.csv});
  }
  for (const Municipality& m : ctx.site.content->municipalities) {
    plans.push_back({MunicipalityEventsPath(m.slug), kJsonType, m.pos,
                     [&m](const ViewContext& c) { return MunicipalityEventsJson(c, m); }});
  }
}

}  // namespace maillon
