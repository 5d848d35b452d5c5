// Activities: the agenda by month, the archive of past activities and one page per activity.
#include <cstdio>

#include "render/read_tracker.h"
#include "render/format_dates.h"
#include "render/routes.h"
#include "render/views_common.h"
#include "render/views_json_ld.h"

namespace maillon {

namespace {

// Upcoming occurrences grouped by the month they start in, in date order.
ViewValue ByMonth(const ViewContext& ctx, const PageEnv& env) {
  ViewValue months = ViewValue::List();
  ViewValue current;
  int year = 0, month = 0;
  auto flush = [&] {
    if (year != 0) months.Push(std::move(current));
    current = ViewValue();
  };
  for (const ActivityOccurrence& occ : ctx.site.upcoming_occurrences) {
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
      CardList(past, past.size(), [&](const Activity* a) { return ActivityCard(ctx, env, *a); });
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
