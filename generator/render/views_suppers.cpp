// Citizen suppers: the full schedule and one page per supper, laid out to print as a poster.
#include <map>

#include "render/read_tracker.h"
#include "render/format_dates.h"
#include "render/routes.h"
#include "render/views_common.h"
#include "render/views_json_ld.h"

namespace maillon {

namespace {

ViewValue Cards(const ViewContext& ctx, const PageEnv& env,
                const std::vector<const Supper*>& suppers) {
  return CardList(suppers, suppers.size(),
                  [&](const Supper* s) { return SupperCard(ctx, env, *s); });
}

// Suppers still to be dated, under their municipality (in the order of municipality names).
ViewValue ToBeConfirmedByMunicipality(const ViewContext& ctx, const PageEnv& env) {
  std::map<std::string, std::vector<const Supper*>> by_slug;
  for (const Supper* s : ctx.site.upcoming_suppers) {
    if (!s->date) by_slug[s->municipality.value].push_back(s);
  }
  ViewValue groups = ViewValue::List();
  for (const Municipality* m : ctx.site.municipalities_by_name) {
    auto it = by_slug.find(m->slug);
    if (it == by_slug.end()) continue;
    ViewValue group;
    group["id"] = "a-confirmer-" + m->slug;
    group["name"] = m->name;
    group["url"] = Href(env, MunicipalityUrl(m->slug));
    group["suppers"] = Cards(ctx, env, it->second);
    groups.Push(std::move(group));
  }
  return groups;
}

}  // namespace

ViewValue SuppersPage(const ViewContext& ctx, const PageEnv& env) {
  ViewValue page =
      PageFrame(ctx, env, ctx.texts.Get("suppers_title"), ctx.texts.Get("suppers_intro"), {});
  std::vector<const Supper*> dated;
  for (const Supper* s : ctx.site.upcoming_suppers) {
    if (s->date) dated.push_back(s);
  }
  page["upcoming"] = Cards(ctx, env, dated);
  page["to_be_confirmed"] = ToBeConfirmedByMunicipality(ctx, env);
  page["past"] = Cards(ctx, env, ctx.site.past_suppers);
  page["calendar"] = CalendarLink(ctx, Href(env, kCalendarFile), "calendar_site");
  return page;
}

ViewValue SupperPage(const ViewContext& ctx, const PageEnv& env, const Supper& s) {
  NoteRead(s.pos);
  const std::vector<Crumb> parents = {{ctx.texts.Get("suppers_title"), SuppersUrl()}};
  const std::string title = SupperTitle(ctx, s);
  const std::string when_text =
      s.date ? FormatDateLong(*s.date, ctx.lang)
             : (s.period.empty() ? ctx.texts.Get("date_tbc") : Prose(ctx, s.period));
  ViewValue page = PageFrame(
      ctx, env, title,
      ctx.texts.Format("supper_description", {{"title", title}, {"when", when_text}}), parents);
  // The card already holds the schedule, venue and status; the page adds the details.
  ViewValue card = SupperCard(ctx, env, s);
  for (const auto& [key, value] : card.fields()) {
    if (key != "url") page[key] = value;
  }
  page["capacity"] = ViewValue::TextOrFalse(
      s.capacity ? ctx.texts.Format("capacity_places", {{"n", std::to_string(*s.capacity)}}) : "");
  page["registration"] = RegistrationValue(ctx, s.registration);
  page["notes"] = ViewValue::TextOrFalse(Prose(ctx, s.notes));
  ViewValue partners = ViewValue::List();
  for (const LocatedString& slug : s.partners) {
    ViewValue link = OrganizationLink(ctx, env, slug.value);
    if (link.kind() == ViewValue::Kind::kObject) partners.Push(std::move(link));
  }
  page["partners"] = std::move(partners);
  page["suppers_url"] = Href(env, SuppersUrl());
  // The calendar file sits beside the page; a cancelled or past supper has nothing to add.
  const bool addable =
      s.date && s.status != SupperStatus::kCancelled && *s.date >= ctx.site.now.date;
  page["calendar"] =
      addable ? CalendarLink(ctx, std::string(kCalendarFile), "calendar_add") : ViewValue(false);
  page["json_ld"] = SupperJsonLd(ctx, s);
  // The poster's way back to the portal, as people type it.
  page["poster_url"] = ViewValue::TextOrFalse(DisplayUrl(ctx, SuppersUrl()));
  return page;
}

}  // namespace maillon
