// One entry point for the machine-readable outputs, so that the renderer stays short.
#include "render/outputs.h"

#include <unordered_set>

#include "render/output_calendar.h"
#include "render/output_common.h"
#include "render/read_tracker.h"
#include "render/routes.h"
#include "render/views_common.h"
#include "render/output_feeds.h"
#include "render/output_open_data.h"
#include "render/output_search_index.h"
#include "render/output_sitemap.h"

namespace maillon {

OutputPlans PlanDataOutputs(const ViewContext& ctx, std::vector<std::string> page_paths) {
  OutputPlans plans;
  if (!ctx.site.content) return plans;
  PlanCalendars(ctx, plans);
  PlanFeeds(ctx, plans);
  PlanOpenData(ctx, plans);
  PlanSearchIndex(ctx, plans);
  PlanSitemap(ctx, std::move(page_paths), plans);
  return plans;
}

OutputPlans PlanMunicipalityDataOutputs(const ViewContext& ctx, const Municipality& m,
                                        const std::vector<std::string>& page_urls,
                                        std::vector<std::string> page_paths) {
  OutputPlans plans;
  const std::unordered_set<std::string> pages(page_urls.begin(), page_urls.end());
  plans.push_back({CalendarPathOf(HomeUrl()), kCalendarType, m.pos,
                   [&m](const ViewContext& c) { return MunicipalityCalendar(c, m); }});
  for (const Supper* s : ctx.site.suppers) {
    if (!s->date || !pages.count(SupperUrl(s->id))) continue;
    plans.push_back({CalendarPathOf(SupperUrl(s->id)), kCalendarType, s->pos,
                     [s](const ViewContext& c) { return SupperCalendar(c, *s); }});
  }
  for (const Activity& a : ctx.site.content->activities) {
    if (!pages.count(ActivityUrl(a.slug))) continue;
    plans.push_back({CalendarPathOf(ActivityUrl(a.slug)), kCalendarType, a.pos,
                     [&a](const ViewContext& c) { return ActivityCalendar(c, a); }});
  }
  const std::string feed = NewsListUrl(1) + "atom.xml";
  plans.push_back({feed, kAtomType, m.pos, [&m, feed](const ViewContext& c) {
                     NoteRead(m.pos);
                     auto view = c.site.by_municipality.find(m.slug);
                     static const std::vector<const NewsItem*> none;
                     const auto& news =
                         view == c.site.by_municipality.end() ? none : view->second.news;
                     const std::string title = c.texts.Format(
                         "feed_municipality_title",
                         {{"municipality", Prose(c, m.name)},
                          {"site", Prose(c, c.site.content->site.title)}});
                     return AtomFeed(c, title, feed, NewsListUrl(1), news);
                   }});
  PlanSitemap(ctx, std::move(page_paths), plans);
  return plans;
}

}  // namespace maillon
