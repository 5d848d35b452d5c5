// iCalendar output: events from activities and suppers, RFC 5545 text (escaping, folding, CRLF)
// and the files that carry them.
#include "render/output_calendar.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "render/output_common.h"
#include "render/read_tracker.h"
#include "render/routes.h"
#include "render/views_common.h"

namespace maillon {

namespace {

constexpr int kDefaultSupperMinutes = 120;  // a supper without end time: two hours

// The America/Toronto rules in force since 2007 (every event of the portal is later).
constexpr const char* kTorontoTimezone[] = {
    "BEGIN:VTIMEZONE",
    "TZID:America/Toronto",
    "X-LIC-LOCATION:America/Toronto",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "TZNAME:EDT",
    "DTSTART:20070311T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "TZNAME:EST",
    "DTSTART:20071104T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

// How many bytes the UTF-8 sequence that starts with `lead` has (1 for a stray byte).
size_t Utf8Length(unsigned char lead) {
  if (lead >= 0xf0 && lead <= 0xf7) return 4;
  if (lead >= 0xe0) return lead <= 0xef ? 3 : 1;
  if (lead >= 0xc0) return 2;
  return 1;
}

std::string CompactDate(const Date& d) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d%02d%02d", d.year, d.month, d.day);
  return text;
}

// "20270113T133000": local (floating) form, used with TZID and in UIDs.
std::string CompactDateTime(const DateTime& t) {
  char text[24];
  std::snprintf(text, sizeof text, "%sT%02d%02d00", CompactDate(t.date).c_str(), t.time.hour,
                t.time.minute);
  return text;
}

// "20270113T183000Z" for a Unix time.
std::string UtcDateTime(long long unix_seconds) {
  const long long days =
      unix_seconds >= 0 ? unix_seconds / 86400 : -((-unix_seconds + 86399) / 86400);
  const long long secs = unix_seconds - days * 86400;
  const Date date = CivilFromDays(static_cast<long>(days));
  char text[24];
  std::snprintf(text, sizeof text, "%sT%02d%02d%02dZ", CompactDate(date).c_str(),
                int(secs / 3600), int(secs % 3600 / 60), int(secs % 60));
  return text;
}

DateTime AddMinutes(const DateTime& t, int minutes) {
  const int total = t.time.hour * 60 + t.time.minute + minutes;
  const int days = total >= 0 ? total / 1440 : -((-total + 1439) / 1440);
  const int rest = total - days * 1440;
  return DateTime{AddDays(t.date, days), Time{rest / 60, rest % 60}};
}

// "Salle municipale, 12 rue X, Manseau": the non-empty parts, each once.
std::string Location(const ViewContext& ctx, std::initializer_list<std::string> parts) {
  std::vector<std::string> kept;
  for (const std::string& part : parts) {
    const std::string text = Prose(ctx, part);
    if (!text.empty() && std::find(kept.begin(), kept.end(), text) == kept.end()) {
      kept.push_back(text);
    }
  }
  std::string joined;
  for (const std::string& part : kept) joined += (joined.empty() ? "" : ", ") + part;
  return joined;
}

// The ways to register, on one line, then the free note on its own.
void AddRegistration(const ViewContext& ctx, const Registration& r,
                     std::vector<std::string>& lines) {
  std::string ways;
  for (const std::string* way : {&r.phone, &r.email, &r.url}) {
    if (!way->empty()) ways += (ways.empty() ? "" : ", ") + *way;
  }
  if (!ways.empty()) lines.push_back(ctx.texts.Format("calendar_registration", {{"text", ways}}));
  if (!r.note.empty()) lines.push_back(Prose(ctx, r.note));
}

void AddLabelled(const ViewContext& ctx, const char* key, const std::string& text,
                 std::vector<std::string>& lines) {
  if (!text.empty()) lines.push_back(ctx.texts.Format(key, {{"text", Prose(ctx, text)}}));
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) {
    if (!line.empty()) text += (text.empty() ? "" : "\n") + line;
  }
  return text;
}

// "-//Maillon//Moi je m'implique//FR": the FPI separators and TEXT specials leave the title.
std::string ProductId(const ViewContext& ctx) {
  std::string title;
  for (char c : ctx.site.content->site.title) {
    if (c == ',' || c == ';' || c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
      continue;
    }
    if (c == ' ' && (title.empty() || title.back() == ' ')) continue;
    title += c;
  }
  while (!title.empty() && title.back() == ' ') title.pop_back();
  std::string lang;
  for (char c : ctx.lang) lang += char(std::toupper(static_cast<unsigned char>(c)));
  return "-//Maillon//" + title + "//" + lang;
}

void Line(std::string& out, std::string_view line) { out += FoldIcsLine(line); }

void WriteEvent(const CalendarEvent& e, const std::string& stamp, std::string& out) {
  Line(out, "BEGIN:VEVENT");
  Line(out, "UID:" + e.uid);
  Line(out, "DTSTAMP:" + stamp);
  if (e.all_day) {
    Line(out, "DTSTART;VALUE=DATE:" + CompactDate(e.start.date));
    Line(out, "DTEND;VALUE=DATE:" + CompactDate(e.end.date));
  } else {
    Line(out, "DTSTART;TZID=America/Toronto:" + CompactDateTime(e.start));
    Line(out, "DTEND;TZID=America/Toronto:" + CompactDateTime(e.end));
  }
  Line(out, "SUMMARY:" + EscapeIcsText(e.summary));
  if (!e.description.empty()) Line(out, "DESCRIPTION:" + EscapeIcsText(e.description));
  if (!e.location.empty()) Line(out, "LOCATION:" + EscapeIcsText(e.location));
  if (!e.url.empty()) Line(out, "URL:" + e.url);
  if (!e.status.empty()) Line(out, "STATUS:" + e.status);
  if (!e.categories.empty()) {
    std::string list;
    for (const std::string& c : e.categories) list += (list.empty() ? "" : ",") + EscapeIcsText(c);
    Line(out, "CATEGORIES:" + list);
  }
  Line(out, "TRANSP:OPAQUE");
  Line(out, "END:VEVENT");
}

std::string IcsStatus(const Supper& s) {
  if (s.status == SupperStatus::kCancelled) return "CANCELLED";
  // A supper is only certain once confirmed (or held); a "planned" one may still move.
  if (s.tentative || s.status == SupperStatus::kPlanned) return "TENTATIVE";
  return "CONFIRMED";
}


}  // namespace

std::string EscapeIcsText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t' || static_cast<unsigned char>(c) >= 0x20) {
      if (c != 0x7f) out += c;
    }  // CR and other controls have no place in a content line
  }
  return out;
}

std::string FoldIcsLine(std::string_view line) {
  constexpr size_t kMaxOctets = 75;
  std::string out;
  out.reserve(line.size() + line.size() / 70 * 3 + 2);
  size_t used = 0;
  for (size_t i = 0; i < line.size();) {
    const size_t len = std::min(Utf8Length(static_cast<unsigned char>(line[i])), line.size() - i);
    if (used + len > kMaxOctets) {
      out += "\r\n ";
      used = 1;  // the leading space of the continuation line
    }
    out.append(line.substr(i, len));
    used += len;
    i += len;
  }
  out += "\r\n";
  return out;
}

std::vector<CalendarEvent> ActivityEvents(const ViewContext& ctx, const Activity& a,
                                          const std::vector<Occurrence>& occurrences) {
  NoteRead(a.pos);
  const std::string host = UrlHost(ctx.base_url);
  const std::string url = OutputUrl(ctx, ActivityUrl(a.slug));
  std::vector<std::string> lines;
  lines.push_back(Prose(ctx, a.summary));
  auto org = ctx.site.organizations.find(a.organization.value);
  if (org != ctx.site.organizations.end()) {
    lines.push_back(
        ctx.texts.Format("calendar_organizer", {{"name", Prose(ctx, org->second->name)}}));
  }
  AddLabelled(ctx, "calendar_cost", a.cost, lines);
  AddRegistration(ctx, a.registration, lines);
  AddLabelled(ctx, "calendar_accessibility", a.accessibility, lines);
  lines.push_back(ctx.texts.Format("calendar_more", {{"url", url}}));

  CalendarEvent model;
  model.summary = Prose(ctx, a.title);
  model.description = JoinLines(lines);
  model.location =
      Location(ctx, {a.venue, a.address, MunicipalityName(ctx, a.municipality.value)});
  model.url = url;
  model.status = "CONFIRMED";
  auto category = ctx.site.categories.find(a.category.value);
  if (category != ctx.site.categories.end()) {
    model.categories.push_back(Prose(ctx, category->second->name));
  }
  std::vector<CalendarEvent> events;
  for (const Occurrence& o : occurrences) {
    CalendarEvent e = model;
    // The start names the occurrence: it stays the same UID from one build to the next.
    e.uid = "activite-" + a.slug + "-" + CompactDateTime(o.start) + "@" + host;
    e.start = o.start;
    e.end = o.start < o.end ? o.end : AddMinutes(o.start, 60);
    events.push_back(std::move(e));
  }
  return events;
}

std::optional<CalendarEvent> SupperEvent(const ViewContext& ctx, const Supper& s) {
  NoteRead(s.pos);
  if (!s.date) return std::nullopt;
  CalendarEvent e;
  e.uid = "souper-" + s.id + "@" + UrlHost(ctx.base_url);
  e.url = OutputUrl(ctx, SupperUrl(s.id));
  const std::string title = SupperTitle(ctx, s);
  e.summary = s.status == SupperStatus::kCancelled
                  ? ctx.texts.Format("calendar_cancelled", {{"title", title}})
                  : title;
  if (s.time) {
    e.start = DateTime{*s.date, *s.time};
    if (s.end_time) {
      // An end time earlier than the start means the supper goes on past midnight.
      const DateTime same_day{*s.date, *s.end_time};
      e.end = e.start < same_day ? same_day : DateTime{AddDays(*s.date, 1), *s.end_time};
    } else {
      e.end = AddMinutes(e.start, kDefaultSupperMinutes);
    }
  } else {
    e.all_day = true;
    e.start = DateTime{*s.date, {}};
    e.end = DateTime{AddDays(*s.date, 1), {}};
  }
  std::vector<std::string> lines;
  AddLabelled(ctx, "calendar_theme", s.theme, lines);
  if (s.tentative) lines.push_back(ctx.texts.Get("calendar_date_tentative"));
  if (!s.time) lines.push_back(ctx.texts.Get("calendar_time_tbc"));
  AddRegistration(ctx, s.registration, lines);
  lines.push_back(Prose(ctx, s.notes));
  lines.push_back(ctx.texts.Format("calendar_more", {{"url", e.url}}));
  e.description = JoinLines(lines);
  e.location = Location(ctx, {s.venue, s.address, MunicipalityName(ctx, s.municipality.value)});
  e.status = IcsStatus(s);
  e.categories.push_back(ctx.texts.Get("calendar_supper_category"));
  return e;
}

std::string CalendarText(const ViewContext& ctx, std::string_view name,
                         std::vector<CalendarEvent> events) {
  std::sort(events.begin(), events.end(), [](const CalendarEvent& a, const CalendarEvent& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.uid < b.uid;
  });
  std::string out;
  Line(out, "BEGIN:VCALENDAR");
  Line(out, "VERSION:2.0");
  Line(out, "PRODID:" + ProductId(ctx));
  Line(out, "CALSCALE:GREGORIAN");
  Line(out, "METHOD:PUBLISH");
  Line(out, "X-WR-CALNAME:" + EscapeIcsText(name));
  Line(out, "X-WR-TIMEZONE:America/Toronto");
  // Subscribed calendars refresh twice a day (RFC 7986, and its older Microsoft spelling).
  Line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT12H");
  Line(out, "X-PUBLISHED-TTL:PT12H");
  for (const char* line : kTorontoTimezone) Line(out, line);
  // With METHOD:PUBLISH, DTSTAMP says when the calendar was made (RFC 5545 3.8.7.2). The
  // content has no modification times, and a date from the events would lie in the future:
  // the build's "now" is the honest moment, and it is not the clock once --now fixes it.
  const std::string stamp = UtcDateTime(UnixFromToronto(ctx.site.now));
  for (const CalendarEvent& e : events) WriteEvent(e, stamp, out);
  Line(out, "END:VCALENDAR");
  return out;
}

// The upcoming occurrences of `a`, those that have not ended at the build's "now".
std::vector<Occurrence> UpcomingOccurrences(const ViewContext& ctx, const Activity& a) {
  std::vector<Occurrence> out;
  for (const Occurrence& o : a.occurrences) {
    if (ctx.site.now < o.end) out.push_back(o);
  }
  return out;
}

// The upcoming events of the activities and suppers given, for a calendar.
std::vector<CalendarEvent> UpcomingEvents(const ViewContext& ctx,
                                          const std::vector<const Activity*>& activities,
                                          const std::vector<const Supper*>& suppers) {
  std::vector<CalendarEvent> events;
  for (const Activity* a : activities) {
    for (CalendarEvent& e : ActivityEvents(ctx, *a, UpcomingOccurrences(ctx, *a))) {
      events.push_back(std::move(e));
    }
  }
  for (const Supper* s : suppers) {
    if (std::optional<CalendarEvent> e = SupperEvent(ctx, *s)) events.push_back(std::move(*e));
  }
  return events;
}

std::string CalendarPathOf(const std::string& page_url) { return page_url + "calendrier.ics"; }

std::string MunicipalityCalendar(const ViewContext& ctx, const Municipality& m) {
  NoteRead(m.pos);
  static const MunicipalityView kNone{};
  auto found = ctx.site.by_municipality.find(m.slug);
  const MunicipalityView& view = found == ctx.site.by_municipality.end() ? kNone : found->second;
  const std::string name =
      ctx.texts.Format("calendar_name_municipality", {{"site", Prose(ctx, ctx.site.content->site.title)},
                                                      {"municipality", Prose(ctx, m.name)}});
  return CalendarText(ctx, name, UpcomingEvents(ctx, view.activities, view.upcoming_suppers));
}

std::string SupperCalendar(const ViewContext& ctx, const Supper& s) {
  std::optional<CalendarEvent> e = SupperEvent(ctx, s);
  if (!e) return "";
  const std::string name = ctx.texts.Format(
      "calendar_name_event", {{"title", e->summary}, {"site", Prose(ctx, ctx.site.content->site.title)}});
  return CalendarText(ctx, name, {*e});
}

std::string ActivityCalendar(const ViewContext& ctx, const Activity& a) {
  const std::string name = ctx.texts.Format(
      "calendar_name_event",
      {{"title", Prose(ctx, a.title)}, {"site", Prose(ctx, ctx.site.content->site.title)}});
  return CalendarText(ctx, name, ActivityEvents(ctx, a, a.occurrences));
}

void PlanCalendars(const ViewContext& ctx, OutputPlans& plans) {
  const ResolvedSite& site = ctx.site;
  auto add = [&](std::string path, SourcePos source,
                 std::function<std::string(const ViewContext&)> make) {
    plans.push_back({std::move(path), kCalendarType, std::move(source), std::move(make)});
  };
  add(CalendarPathOf(HomeUrl()), {}, [](const ViewContext& c) {
    return CalendarText(c, Prose(c, c.site.content->site.title),
                        UpcomingEvents(c, c.site.upcoming_activities, c.site.upcoming_suppers));
  });
  for (const Municipality& m : site.content->municipalities) {
    add(CalendarPathOf(MunicipalityUrl(m.slug)), m.pos,
        [&m](const ViewContext& c) { return MunicipalityCalendar(c, m); });
  }
  for (const Supper* s : site.suppers) {
    if (!s->date) continue;  // no date yet: nothing to put in a calendar
    add(CalendarPathOf(SupperUrl(s->id)), s->pos,
        [s](const ViewContext& c) { return SupperCalendar(c, *s); });
  }
  for (const Activity& a : site.content->activities) {
    add(CalendarPathOf(ActivityUrl(a.slug)), a.pos,
        [&a](const ViewContext& c) { return ActivityCalendar(c, a); });
  }
}

}  // namespace maillon
