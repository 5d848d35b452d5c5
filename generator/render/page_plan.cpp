// The list of every page of the portal, and the data every page shares.
#include <algorithm>

#include "model/colour.h"
#include "render/routes.h"
#include "render/views_common.h"

namespace maillon {

bool SiteScope::Includes(std::string_view site_path) const {
  if (!sub_site()) return true;
  const size_t end = site_path.find_first_of("#?");
  return paths.count(std::string(site_path.substr(0, end))) > 0;
}

std::string SiteScope::Link(std::string_view site_path, const std::string& root) const {
  if (!sub_site()) return root + std::string(site_path);
  const std::string own_page = MunicipalityUrl(municipality->slug);
  if (site_path.starts_with(own_page)) {
    const std::string_view rest = site_path.substr(own_page.size());
    if (rest.empty() || rest[0] == '#') return (root.empty() ? "./" : root) + std::string(rest);
  }
  return Includes(site_path) ? root + std::string(site_path) : OnPortal(site_path);
}

PageEnv EnvFor(const ViewContext& ctx, const std::string& url) {
  // 404.html answers for any missing path, so relative links would break: it uses the base path.
  return PageEnv{url, url == NotFoundUrl() ? ctx.base_path : RelativeRoot(url), ctx.scope};
}

namespace {

// {primary, primary_dark, accent} for the stylesheet (each false when unset), or false.
ViewValue ThemeColours(const Colors& colours) {
  if (colours.primary.empty() && colours.accent.empty()) return ViewValue(false);
  ViewValue out;
  out["primary"] = ViewValue::TextOrFalse(colours.primary);
  const std::optional<Rgb> primary = ParseColour(colours.primary);
  // Hovered links and pressed buttons: a fifth darker, as the theme's own brick and its dark.
  out["primary_dark"] = primary ? ViewValue(ColourText(Shade(*primary, 0.2))) : ViewValue(false);
  out["accent"] = ViewValue::TextOrFalse(colours.accent);
  return out;
}

}  // namespace

ViewValue SharedData(const ViewContext& ctx) {
  const Site& site = ctx.site.content->site;
  ViewValue shared;
  shared["t"] = ctx.texts.AsData();
  shared["lang"] = site.language.empty() ? std::string("fr") : site.language;
  const Municipality* own = ctx.scope && ctx.scope->sub_site() ? ctx.scope->municipality : nullptr;
  if (own) {
    // A municipality's own site: its name (or the one it chose) first, the portal's under it.
    shared["site_title"] = own->site_name.empty() ? own->name : Prose(ctx, own->site_name);
    shared["site_tagline"] = ViewValue::TextOrFalse(Prose(ctx, site.tagline));
    shared["site_region"] = own->tagline.empty() ? Prose(ctx, site.title) : Prose(ctx, own->tagline);
  } else {
    shared["site_title"] = Prose(ctx, site.title);
    shared["site_tagline"] = ViewValue::TextOrFalse(Prose(ctx, site.tagline));
    shared["site_region"] = ViewValue::TextOrFalse(Prose(ctx, site.region));
  }
  shared["site_contact"] = ContactValue(ctx, site.contact);
  ViewValue help = ViewValue::List();
  for (const Resource& r : ctx.site.content->resources) {
    if (r.urgent) help.Push(ResourceValue(ctx, r));
  }
  shared["help_lines"] = std::move(help);
  // The theme's colours, the site's or (on its sub-site) the municipality's own.
  const Colors& colours = own && (!own->colors.primary.empty() || !own->colors.accent.empty())
                              ? own->colors
                              : site.colors;
  shared["theme_colors"] = ThemeColours(colours);
  shared["generator"] = "Maillon";
  return shared;
}

std::vector<PagePlan> PlanPages(const ViewContext& ctx) {
  using Build = std::function<ViewValue(const ViewContext&, const PageEnv&)>;
  std::vector<PagePlan> plans;
  auto add = [&](std::string url, const char* layout, Build build, SourcePos pos = {}) {
    plans.push_back(PagePlan{std::move(url), layout, std::move(pos), std::move(build)});
  };
  const ResolvedSite& site = ctx.site;
  const Content& content = *site.content;

  add(HomeUrl(), "home", HomePage);
  add(MunicipalitiesUrl(), "municipalities", MunicipalitiesPage);
  for (const Municipality* m : site.municipalities_by_name) {
    add(
        MunicipalityUrl(m->slug), "municipality",
        [m](const ViewContext& c, const PageEnv& e) { return MunicipalityPage(c, e, *m); }, m->pos);
    add(
        MunicipalityWidgetUrl(m->slug), "widget",
        [m](const ViewContext& c, const PageEnv& e) { return WidgetPage(c, e, *m); }, m->pos);
    plans.back().standalone = true;
  }
  add(OrganizationsUrl(), "organizations", OrganizationsPage);
  for (const Organization* o : site.organizations_by_name) {
    add(
        OrganizationUrl(o->slug), "organization",
        [o](const ViewContext& c, const PageEnv& e) { return OrganizationPage(c, e, *o); }, o->pos);
  }
  add(ActivitiesUrl(), "activities", ActivitiesPage);
  add(ActivitiesArchiveUrl(), "activities_archive", ActivitiesArchivePage);
  for (const Activity& a : content.activities) {
    add(
        ActivityUrl(a.slug), "activity",
        [&a](const ViewContext& c, const PageEnv& e) { return ActivityPage(c, e, a); }, a.pos);
  }
  add(SuppersUrl(), "suppers", SuppersPage);
  for (const Supper* s : site.suppers) {
    add(
        SupperUrl(s->id), "supper",
        [s](const ViewContext& c, const PageEnv& e) { return SupperPage(c, e, *s); }, s->pos);
  }
  add(CommunitiesUrl(), "communities", CommunitiesPage);
  for (const Community& community : content.communities) {
    add(
        CommunityUrl(community.slug), "community",
        [&community](const ViewContext& c, const PageEnv& e) {
          return CommunityPage(c, e, community);
        },
        community.pos);
  }
  const int per_page = std::max(1, content.site.options.news_per_page);
  const int news_pages = std::max(1, int((site.news.size() + per_page - 1) / per_page));
  for (int n = 1; n <= news_pages; ++n) {
    add(NewsListUrl(n), "news_list", [n, news_pages](const ViewContext& c, const PageEnv& e) {
      return NewsListPage(c, e, n, news_pages);
    });
  }
  for (const NewsItem* item : site.news) {
    add(
        NewsUrl(item->slug), "news",
        [item](const ViewContext& c, const PageEnv& e) { return NewsPage(c, e, *item); },
        item->pos);
  }
  add(CategoriesUrl(), "categories", CategoriesPage);
  for (const Category& category : content.categories) {
    add(
        CategoryUrl(category.slug), "category",
        [&category](const ViewContext& c, const PageEnv& e) {
          return CategoryPage(c, e, category);
        },
        category.pos);
  }
  for (const Page& p : content.pages) {
    add(
        PageUrl(p.slug), "page",
        [&p](const ViewContext& c, const PageEnv& e) { return ContentPage(c, e, p); }, p.pos);
  }
  add(HelpUrl(), "help", HelpPage);
  add(SearchPageUrl(), "search", SearchPage);
  add(NotFoundUrl(), "404", NotFoundPage);
  return plans;
}

std::vector<PagePlan> PlanMunicipalitySite(const ViewContext& ctx, const Municipality& m) {
  using Build = std::function<ViewValue(const ViewContext&, const PageEnv&)>;
  std::vector<PagePlan> plans;
  auto add = [&](std::string url, const char* layout, Build build, SourcePos pos = {}) {
    plans.push_back(PagePlan{std::move(url), layout, std::move(pos), std::move(build)});
  };
  const ResolvedSite& site = ctx.site;
  static const MunicipalityView kNone{};
  auto found = site.by_municipality.find(m.slug);
  const MunicipalityView& view = found == site.by_municipality.end() ? kNone : found->second;

  add(HomeUrl(), "municipality",
      [&m](const ViewContext& c, const PageEnv& e) { return MunicipalityPage(c, e, m); }, m.pos);
  for (const Supper* s : view.suppers) {
    add(
        SupperUrl(s->id), "supper",
        [s](const ViewContext& c, const PageEnv& e) { return SupperPage(c, e, *s); }, s->pos);
  }
  // Every activity held there, over or not: their pages exist on the portal too.
  for (const Activity& a : site.content->activities) {
    if (a.municipality.value != m.slug) continue;
    add(
        ActivityUrl(a.slug), "activity",
        [&a](const ViewContext& c, const PageEnv& e) { return ActivityPage(c, e, a); }, a.pos);
  }
  for (const Community* community : view.communities) {
    add(
        CommunityUrl(community->slug), "community",
        [community](const ViewContext& c, const PageEnv& e) {
          return CommunityPage(c, e, *community);
        },
        community->pos);
  }
  for (const Organization* o : view.organizations) {
    add(
        OrganizationUrl(o->slug), "organization",
        [o](const ViewContext& c, const PageEnv& e) { return OrganizationPage(c, e, *o); }, o->pos);
  }
  const auto* news = &view.news;
  const int per_page = std::max(1, site.content->site.options.news_per_page);
  const int news_pages = std::max(1, int((news->size() + per_page - 1) / per_page));
  for (int n = 1; n <= news_pages; ++n) {
    add(NewsListUrl(n), "news_list", [n, news_pages, news](const ViewContext& c, const PageEnv& e) {
      return NewsListPage(c, e, n, news_pages, *news);
    });
  }
  for (const NewsItem* item : *news) {
    add(
        NewsUrl(item->slug), "news",
        [item](const ViewContext& c, const PageEnv& e) { return NewsPage(c, e, *item); },
        item->pos);
  }
  add(HelpUrl(), "help", HelpPage);
  add(NotFoundUrl(), "404", NotFoundPage);
  return plans;
}

}  // namespace maillon
