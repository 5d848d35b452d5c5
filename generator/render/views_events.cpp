// Activities: the agenda by month, the archive of past activities and one page per activity.
#include <cstdio>

#include "render/read_tracker.h"
#include "render/format_dates.h"
#include "render/routes.h"
#include "render/views_common.h"
#include "render/views_json_ld.h"

namespace maillon {

namespace {

// The agenda lists the next dates only, and the archive the latest activities: a
// province-wide site has tens of thousands of them. Each activity's page and each
// municipality's page, and the calendars, have the rest.
constexpr size_t kAgendaLimit = 150;
constexpr size_t kArchiveLimit = 100;

// The first kAgendaLimit upcoming occurrences grouped by the month they start in, in date order.
ViewValue ByMonth(const ViewContext& ctx, const PageEnv& env) {
  ViewValue months = ViewValue::List();
  ViewValue current;
  int year = 0, month = 0;
  auto flush = [&] {
    if (year != 0) months.Push(std::move(current));
    current = ViewValue();
  };
  const auto& upcoming = ctx.site.upcoming_occurrences;
  for (size_t i = 0; i < upcoming.size() && i < kAgendaLimit; ++i) {
    const ActivityOccurrence& occ = upcoming[i];
    const Date& d = occ.when.start.date;
    if (d.year != year || d.month != month) {
      flush();
      year = d.year;
      month = d.month;
      char id[16];
      std::snprintf(id, sizeof id, "mois-%04d-%02d", year, month);
      current["id"] = std::string(id);
      current["title"] = UpperFirst(FormatMonthYear(year, month, ctx.lang));
      current["occurrences"] = ViewValue::List();
    }
    current["occurrences"].Push(OccurrenceCard(ctx, env, *occ.activity, occ.when));
  }
  flush();
  return months;
}

}  // namespace

ViewValue ActivitiesPage(const ViewContext& ctx, const PageEnv& env) {
  ViewValue page =
      PageFrame(ctx, env, ctx.texts.Get("activities_title"), ctx.texts.Get("activities_intro"), {});
  page["months"] = ByMonth(ctx, env);
  const size_t upcoming = ctx.site.upcoming_occurrences.size();
  page["agenda_more"] = ViewValue::TextOrFalse(
      upcoming > kAgendaLimit
          ? ctx.texts.Format("activities_more", {{"n", CountText(ctx, long(kAgendaLimit))},
                                                 {"total", CountText(ctx, long(upcoming))}})
          : "");
  page["archive_url"] = Href(env, ActivitiesArchiveUrl());
  page["has_archive"] = !ctx.site.past_activities.empty();
  page["calendar"] = CalendarLink(ctx, Href(env, kCalendarFile), "calendar_site");
  return page;
}

ViewValue ActivitiesArchivePage(const ViewContext& ctx, const PageEnv& env) {
  const std::vector<Crumb> parents = {{ctx.texts.Get("activities_title"), ActivitiesUrl()}};
  ViewValue page = PageFrame(ctx, env, ctx.texts.Get("activities_archive_title"),
                             ctx.texts.Get("activities_archive_intro"), parents);
  const auto& past = ctx.site.past_activities;
  page["activities"] =
      CardList(past, kArchiveLimit, [&](const Activity* a) { return ActivityCard(ctx, env, *a); });
  page["archive_more"] = ViewValue::TextOrFalse(
      past.size() > kArchiveLimit
          ? ctx.texts.Format("activities_archive_more",
                             {{"n", CountText(ctx, long(kArchiveLimit))},
                              {"total", CountText(ctx, long(past.size()))}})
          : "");
  page["top_level_cards"] = true;
  page["activities_url"] = Href(env, ActivitiesUrl());
  return page;
}

ViewValue ActivityPage(const ViewContext& ctx, const PageEnv& env, const Activity& a) {
  NoteRead(a.pos);
  const std::vector<Crumb> parents = {{ctx.texts.Get("activities_title"), ActivitiesUrl()}};
  ViewValue page = PageFrame(ctx, env, Prose(ctx, a.title), a.summary, parents);
  page["title"] = Prose(ctx, a.title);
  page["summary"] = ViewValue::TextOrFalse(Prose(ctx, a.summary));
  page["body_html"] = BodyHtml(ctx, env, a.body.text);
  page["organization"] = OrganizationLink(ctx, env, a.organization.value);
  page["municipality"] = MunicipalityLink(ctx, env, a.municipality.value);
  page["category"] = CategoryLink(ctx, env, a.category.value);
  page["venue"] = ViewValue::TextOrFalse(Prose(ctx, a.venue));
  page["address"] = ViewValue::TextOrFalse(a.address);
  page["cost"] = ViewValue::TextOrFalse(Prose(ctx, a.cost));
  page["registration"] = RegistrationValue(ctx, a.registration);
  page["accessibility"] = ViewValue::TextOrFalse(Prose(ctx, a.accessibility));
  page["recurrence"] = ViewValue::TextOrFalse(RecurrenceText(ctx, a));

  ViewValue upcoming = ViewValue::List();
  for (const Occurrence& o : a.occurrences) {
    if (o.end > ctx.site.now) upcoming.Push(OccurrenceWhen(ctx, o));
  }
  const bool over = upcoming.empty_list();
  page["next"] = over ? ViewValue(false) : upcoming.items().front();
  page["upcoming"] = std::move(upcoming);
  page["past"] = over;
  page["last"] =
      over && !a.occurrences.empty() ? OccurrenceWhen(ctx, a.occurrences.back()) : ViewValue(false);
  page["activities_url"] = Href(env, ActivitiesUrl());
  // The calendar file sits beside the page; an activity that is over has nothing to add.
  page["calendar"] =
      over ? ViewValue(false) : CalendarLink(ctx, std::string(kCalendarFile), "calendar_add");
  page["json_ld"] = ActivityJsonLd(ctx, a);
  return page;
}

}  // namespace maillon
