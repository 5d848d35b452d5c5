// The site-wide pages: home (what comes next, latest news, the municipalities, help lines,
// partners), free Markdown pages, the help page and the "not found" page.
#include <set>

#include "render/read_tracker.h"
#include "render/routes.h"
#include "render/views_common.h"
#include "render/views_json_ld.h"

namespace maillon {

namespace {

constexpr size_t kHomeSuppers = 6;
constexpr size_t kHomeActivities = 6;
constexpr size_t kHomeNews = 3;

// The next occurrence of up to `limit` different activities: a weekly activity must not fill
// the whole list.
ViewValue NextActivities(const ViewContext& ctx, const PageEnv& env, size_t limit) {
  ViewValue list = ViewValue::List();
  std::set<const Activity*> seen;
  for (const ActivityOccurrence& occ : ctx.site.upcoming_occurrences) {
    if (list.size() >= limit) break;
    if (!seen.insert(occ.activity).second) continue;
    list.Push(OccurrenceCard(ctx, env, *occ.activity, occ.when));
  }
  return list;
}

}  // namespace

ViewValue HomePage(const ViewContext& ctx, const PageEnv& env) {
  const Site& site = ctx.site.content->site;
  const I18nTexts& t = ctx.texts;
  ViewValue page = PageFrame(ctx, env, Prose(ctx, site.title), site.description, {});

  ViewValue hero;
  hero["title"] = Prose(ctx, site.title);
  hero["tagline"] = ViewValue::TextOrFalse(Prose(ctx, site.tagline));
  hero["description"] = ViewValue::TextOrFalse(Prose(ctx, site.description));
  hero["primary_action"] = LinkValue(t.Get("home_cta_suppers"), Href(env, SuppersUrl()));
  hero["secondary_action"] = LinkValue(t.Get("home_cta_activities"), Href(env, ActivitiesUrl()));
  page["hero"] = std::move(hero);

  page["next_suppers"] = CardList(ctx.site.upcoming_suppers, kHomeSuppers,
                                  [&](const Supper* s) { return SupperCard(ctx, env, *s); });
  page["next_activities"] = NextActivities(ctx, env, kHomeActivities);
  page["latest_news"] =
      CardList(ctx.site.news, kHomeNews, [&](const NewsItem* n) { return NewsCard(ctx, env, *n); });
  page["municipalities"] =
      CardList(ctx.site.municipalities_by_name, ctx.site.municipalities_by_name.size(),
               [&](const Municipality* m) { return MunicipalityCard(ctx, env, *m); });

  ViewValue partners = ViewValue::List();
  for (const LocatedString& slug : site.partners) {
    ViewValue link = OrganizationLink(ctx, env, slug.value);
    if (link.kind() == ViewValue::Kind::kObject) partners.Push(std::move(link));
  }
  page["partners"] = std::move(partners);

  page["suppers_url"] = Href(env, SuppersUrl());
  page["activities_url"] = Href(env, ActivitiesUrl());
  page["news_url"] = Href(env, NewsListUrl(1));
  page["municipalities_url"] = Href(env, MunicipalitiesUrl());
  page["json_ld"] = HomeJsonLd(ctx);
  return page;
}

ViewValue ContentPage(const ViewContext& ctx, const PageEnv& env, const Page& p) {
  NoteRead(p.pos);
  ViewValue page = PageFrame(ctx, env, Prose(ctx, p.title), p.summary, {});
  page["title"] = Prose(ctx, p.title);
  page["summary"] = ViewValue::TextOrFalse(Prose(ctx, p.summary));
  page["body_html"] = BodyHtml(ctx, env, p.body.text);
  return page;
}

ViewValue HelpPage(const ViewContext& ctx, const PageEnv& env) {
  ViewValue page =
      PageFrame(ctx, env, ctx.texts.Get("help_title"), ctx.texts.Get("help_intro"), {});
  ViewValue urgent = ViewValue::List();
  ViewValue other = ViewValue::List();
  for (const Resource& r : ctx.site.content->resources) {
    (r.urgent ? urgent : other).Push(ResourceValue(ctx, r));
  }
  page["urgent_resources"] = std::move(urgent);
  page["other_resources"] = std::move(other);
  return page;
}

ViewValue NotFoundPage(const ViewContext& ctx, const PageEnv& env) {
  ViewValue page =
      PageFrame(ctx, env, ctx.texts.Get("notfound_title"), ctx.texts.Get("notfound_text"), {});
  // Served at whatever path was asked for: no canonical URL, and keep it out of search engines.
  page["canonical_url"] = false;
  page["noindex"] = true;
  ViewValue links = ViewValue::List();
  links.Push(LinkValue(ctx.texts.Get("nav_home"), Href(env, HomeUrl())));
  links.Push(LinkValue(ctx.texts.Get("nav_suppers"), Href(env, SuppersUrl())));
  links.Push(LinkValue(ctx.texts.Get("nav_activities"), Href(env, ActivitiesUrl())));
  links.Push(LinkValue(ctx.texts.Get("nav_municipalities"), Href(env, MunicipalitiesUrl())));
  links.Push(LinkValue(ctx.texts.Get("help_title"), Href(env, HelpUrl())));
  page["links"] = std::move(links);
  return page;
}

}  // namespace maillon
