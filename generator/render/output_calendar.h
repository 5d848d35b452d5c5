// iCalendar (RFC 5545) files: the portal's calendar, one per municipality and one beside each
// supper and activity page, with America/Toronto times and stable UIDs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/output_plan.h"
#include "render/views.h"

namespace maillon {

// One VEVENT, already in the site's words. Times are America/Toronto wall-clock times.
struct CalendarEvent {
  std::string uid;          // "activite-SLUG-20270113T133000@HOST", "souper-ID@HOST"
  DateTime start;
  DateTime end;             // after start; for an all-day event, the day after (exclusive)
  bool all_day = false;     // a supper with a date but no time yet (VALUE=DATE)
  std::string summary;
  std::string description;  // lines separated by '\n'
  std::string location;
  std::string url;          // absolute URL of the page
  std::string status;       // "CONFIRMED", "TENTATIVE" or "CANCELLED"
  std::vector<std::string> categories;
};

// A TEXT value escaped per RFC 5545 3.3.11: '\' ';' ',' get a backslash, a line break becomes
// "\n"; CR and other control characters except tab are dropped.
std::string EscapeIcsText(std::string_view text);

// One content line folded at 75 octets (a continuation line starts with a space, which counts),
// never inside a UTF-8 sequence, and ended by CRLF.
std::string FoldIcsLine(std::string_view line);

// The event of every occurrence of `activity` in `occurrences`.
std::vector<CalendarEvent> ActivityEvents(const ViewContext& ctx, const Activity& activity,
                                          const std::vector<Occurrence>& occurrences);

// The event of a supper, or nothing when it has no date yet. Without a time it lasts the day;
// without an end time, two hours.
std::optional<CalendarEvent> SupperEvent(const ViewContext& ctx, const Supper& supper);

// A whole VCALENDAR named `name` with the America/Toronto VTIMEZONE and `events` sorted by
// start, then UID; every DTSTAMP is the build's "now" in UTC. Byte-identical for the same input.
std::string CalendarText(const ViewContext& ctx, std::string_view name,
                         std::vector<CalendarEvent> events);

// A municipality's calendar: the upcoming activities held there and its upcoming dated suppers.
std::string MunicipalityCalendar(const ViewContext& ctx, const Municipality& m);
// The calendar beside a supper's page (empty when it has no date) and an activity's page.
std::string SupperCalendar(const ViewContext& ctx, const Supper& s);
std::string ActivityCalendar(const ViewContext& ctx, const Activity& a);
// The file name of the calendar beside the page at `page_url` ("soupers/x/calendrier.ics").
std::string CalendarPathOf(const std::string& page_url);

// Plans calendrier.ics (upcoming activity occurrences and upcoming dated suppers, cancelled ones
// included), municipalites/SLUG/calendrier.ics for each municipality, soupers/ID/calendrier.ics
// for each dated supper and activites/SLUG/calendrier.ics (all occurrences) for each activity.
void PlanCalendars(const ViewContext& ctx, OutputPlans& plans);

}  // namespace maillon
