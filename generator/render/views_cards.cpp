// Cards: how a supper, an activity, a news item or an organisation appears in a list.
#include "render/read_tracker.h"
#include "render/format_dates.h"
#include "render/routes.h"
#include "render/views_common.h"

namespace maillon {

std::string SupperTitle(const ViewContext& ctx, const Supper& s) {
  return ctx.texts.Format("supper_title_in",
                          {{"municipality", MunicipalityName(ctx, s.municipality.value)}});
}

std::string SupperStatusLabel(const ViewContext& ctx, SupperStatus status) {
  return ctx.texts.Get(std::string("status_") + ToString(status));
}

ViewValue SupperCard(const ViewContext& ctx, const PageEnv& env, const Supper& s) {
  NoteRead(s.pos);
  ViewValue card;
  card["title"] = SupperTitle(ctx, s);
  card["url"] = Href(env, SupperUrl(s.id));
  card["municipality"] = MunicipalityLink(ctx, env, s.municipality.value);
  if (s.date) {
    ViewValue when =
        s.time ? DateTimeValue(ctx, DateTime{*s.date, *s.time}) : DateValue(ctx, *s.date);
    if (!s.time) {
      when["time"] = ctx.texts.Get("time_tbc");
    } else if (s.end_time) {
      when["time"] = FormatTimeRange(*s.time, *s.end_time, ctx.lang);
    }
    card["when"] = std::move(when);
    card["tbc_text"] = false;
  } else {
    card["when"] = false;
    card["tbc_text"] =
        s.period.empty() ? ctx.texts.Get("date_tbc")
                         : ctx.texts.Format("date_tbc_period", {{"period", Prose(ctx, s.period)}});
  }
  card["tentative"] = s.date.has_value() && s.tentative;
  card["venue"] = ViewValue::TextOrFalse(Prose(ctx, s.venue));
  card["address"] = ViewValue::TextOrFalse(s.address);
  card["status"] = ToString(s.status);
  card["status_label"] = SupperStatusLabel(ctx, s.status);
  card["cancelled"] = s.status == SupperStatus::kCancelled;
  card["theme"] = ViewValue::TextOrFalse(Prose(ctx, s.theme));
  return card;
}

ViewValue OccurrenceCard(const ViewContext& ctx, const PageEnv& env, const Activity& a,
                         const Occurrence& o) {
  NoteRead(a.pos);
  ViewValue card;
  card["title"] = Prose(ctx, a.title);
  card["url"] = Href(env, ActivityUrl(a.slug));
  card["summary"] = ViewValue::TextOrFalse(Prose(ctx, a.summary));
  card["when"] = OccurrenceWhen(ctx, o);
  card["municipality"] = MunicipalityLink(ctx, env, a.municipality.value);
  card["category"] = CategoryLink(ctx, env, a.category.value);
  card["venue"] = ViewValue::TextOrFalse(Prose(ctx, a.venue));
  return card;
}

std::string RecurrenceText(const ViewContext& ctx, const Activity& a) {
  if (!a.recurrence) return "";
  const Recurrence& r = *a.recurrence;
  const std::string n = std::to_string(r.interval);
  if (r.every == Frequency::kWeekly) {
    return r.interval == 1 ? ctx.texts.Get("recurrence_week")
                           : ctx.texts.Format("recurrence_weeks", {{"n", n}});
  }
  if (!r.by_weekday) {
    return r.interval == 1 ? ctx.texts.Get("recurrence_month")
                           : ctx.texts.Format("recurrence_months", {{"n", n}});
  }
  // "Le 2e mardi du mois": the rank of the first occurrence's weekday within its month.
  const Date& first = a.start.value.date;
  const std::string rank = ctx.texts.Get("rank_" + std::to_string((first.day - 1) / 7 + 1));
  const std::string weekday = WeekdayName(Weekday(first), ctx.lang);
  return r.interval == 1
             ? ctx.texts.Format("recurrence_month_weekday", {{"rank", rank}, {"weekday", weekday}})
             : ctx.texts.Format("recurrence_months_weekday",
                                {{"n", n}, {"rank", rank}, {"weekday", weekday}});
}

ViewValue ActivityCard(const ViewContext& ctx, const PageEnv& env, const Activity& a) {
  NoteRead(a.pos);
  ViewValue card;
  card["title"] = Prose(ctx, a.title);
  card["url"] = Href(env, ActivityUrl(a.slug));
  card["summary"] = ViewValue::TextOrFalse(Prose(ctx, a.summary));
  card["municipality"] = MunicipalityLink(ctx, env, a.municipality.value);
  card["category"] = CategoryLink(ctx, env, a.category.value);
  card["venue"] = ViewValue::TextOrFalse(Prose(ctx, a.venue));
  const Occurrence* next = NextOccurrence(a, ctx.site.now);
  const Occurrence* shown = next ? next : (a.occurrences.empty() ? nullptr : &a.occurrences.back());
  card["when"] = shown ? OccurrenceWhen(ctx, *shown) : ViewValue(false);
  card["past"] = next == nullptr;
  card["recurrence"] = ViewValue::TextOrFalse(RecurrenceText(ctx, a));
  return card;
}

ViewValue NewsCard(const ViewContext& ctx, const PageEnv& env, const NewsItem& n) {
  NoteRead(n.pos);
  ViewValue card;
  card["title"] = Prose(ctx, n.title);
  card["url"] = Href(env, NewsUrl(n.slug));
  card["summary"] = ViewValue::TextOrFalse(Prose(ctx, n.summary));
  card["when"] = n.has_time ? DateTimeValue(ctx, n.date.value) : DateValue(ctx, n.date.value.date);
  card["author"] = ViewValue::TextOrFalse(Prose(ctx, n.author));
  if (n.image) {
    ViewValue image;
    image["src"] = StaticHref(env, n.image->src);
    image["alt"] = Prose(ctx, n.image->alt);
    card["image"] = std::move(image);
  } else {
    card["image"] = false;
  }
  return card;
}

ViewValue OrganizationCard(const ViewContext& ctx, const PageEnv& env, const Organization& o) {
  NoteRead(o.pos);
  ViewValue card;
  card["title"] = Prose(ctx, o.name);
  card["url"] = Href(env, OrganizationUrl(o.slug));
  card["summary"] = ViewValue::TextOrFalse(Prose(ctx, o.summary));
  card["phone"] = ViewValue::TextOrFalse(o.contact.phone);
  card["tel"] = ViewValue::TextOrFalse(TelHref(o.contact.phone));
  card["serves_all"] = o.serves_all;
  ViewValue categories = ViewValue::List();
  for (const LocatedString& slug : o.categories) {
    ViewValue link = CategoryLink(ctx, env, slug.value);
    if (link.kind() == ViewValue::Kind::kObject) categories.Push(std::move(link));
  }
  card["categories"] = std::move(categories);
  return card;
}

ViewValue MunicipalityCard(const ViewContext& ctx, const PageEnv& env, const Municipality& m) {
  NoteRead(m.pos);
  ViewValue card;
  card["title"] = m.name;
  card["url"] = Href(env, MunicipalityUrl(m.slug));
  card["summary"] = ViewValue::TextOrFalse(Prose(ctx, m.summary));
  auto view = ctx.site.by_municipality.find(m.slug);
  const bool has_supper =
      view != ctx.site.by_municipality.end() && !view->second.upcoming_suppers.empty();
  card["next_supper"] =
      has_supper ? SupperCard(ctx, env, *view->second.upcoming_suppers.front()) : ViewValue(false);
  return card;
}

ViewValue CommunityCard(const ViewContext& ctx, const PageEnv& env, const Community& c) {
  NoteRead(c.pos);
  ViewValue card;
  card["title"] = Prose(ctx, c.name);
  card["url"] = Href(env, CommunityUrl(c.slug));
  card["summary"] = ViewValue::TextOrFalse(Prose(ctx, c.summary));
  card["municipality"] = MunicipalityLink(ctx, env, c.municipality.value);
  card["schedule"] = ViewValue::TextOrFalse(Prose(ctx, c.schedule));
  return card;
}

}  // namespace maillon
