// Views: one function per kind of page, turning the resolved site into template data.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "render/fragment_memo.h"
#include "render/i18n_texts.h"
#include "render/text_memo.h"
#include "render/view_value.h"
#include "resolve/resolved_site.h"

namespace maillon {

// What a build makes: the whole portal, or one municipality's sub-site, which holds that
// municipality's home and the pages it leads to; its links to anything else go to the regional
// portal, absolute and deliberate.
struct SiteScope {
  const Municipality* municipality = nullptr;  // the sub-site's; nullptr: the whole portal
  std::string portal_url;  // the regional portal's address ("https://example.org/portail/")
  std::unordered_set<std::string> paths;  // the sub-site's own site paths (pages and files)

  bool sub_site() const { return municipality != nullptr; }
  // Whether `site_path` ("soupers/x/", "calendrier.ics", "soupers/#a") is the site's own.
  bool Includes(std::string_view site_path) const;
  // `site_path` as the sub-site links to it when it is not its own: on the portal.
  std::string OnPortal(std::string_view site_path) const { return portal_url + std::string(site_path); }
  // The href of `site_path` from a page whose relative root is `root`: its own paths relative,
  // the portal page of its municipality as its home, anything else on the portal.
  std::string Link(std::string_view site_path, const std::string& root) const;
};

// What every view reads: the site, the interface texts and where the site is published.
struct ViewContext {
  const ResolvedSite& site;
  const I18nTexts& texts;
  std::string lang = "fr";  // the site's language, for dates and <html lang>
  bool french = true;       // French typography on titles and summaries
  std::string base_url;     // "https://example.org/portail/" (trailing slash), may be empty
  std::string base_path;    // "/portail/": the root of pages served at any path (404.html)
  // Markdown already rendered, kept by the preview from one rebuild to the next; nullptr (a
  // one-off build, which renders each body once): render every time.
  RenderMemo* memo = nullptr;
  FragmentMemo* fragments = nullptr;  // items' texts kept by the preview; nullptr: make them
  const SiteScope* scope = nullptr;   // a sub-site's; nullptr: the whole portal
};

// The page being built: its URL, the prefix that leads back to the site root from it, and what
// the site holds (a sub-site's links leave it for the portal).
struct PageEnv {
  std::string url;   // "soupers/manseau-2026-02-19/"
  std::string root;  // "../../"
  const SiteScope* scope = nullptr;
};

// One page of the site: its URL, the layout that renders it and how to build its data.
struct PagePlan {
  std::string url;
  std::string layout;  // "supper" -> layouts/supper.mustache
  SourcePos pos;       // the content item it shows (for messages); empty for section pages
  std::function<ViewValue(const ViewContext&, const PageEnv&)> build;
  // The layout is the whole document (an embeddable widget), not placed in the base layout;
  // such a page is left out of the sitemap.
  bool standalone = false;
};

// Every page of the portal, in a stable order (home first).
std::vector<PagePlan> PlanPages(const ViewContext& ctx);
// Every page of municipality `m`'s sub-site: its home, then its suppers, activities,
// communities, the organisations that serve it, its news (and their list) and the help page.
std::vector<PagePlan> PlanMunicipalitySite(const ViewContext& ctx, const Municipality& m);
// The environment of the page at `url` (its root is the base path for 404.html).
PageEnv EnvFor(const ViewContext& ctx, const std::string& url);
// Data shared by every page: {{t.*}}, site title, language, help lines, site contact.
ViewValue SharedData(const ViewContext& ctx);

ViewValue HomePage(const ViewContext& ctx, const PageEnv& env);
ViewValue MunicipalitiesPage(const ViewContext& ctx, const PageEnv& env);
ViewValue MunicipalityPage(const ViewContext& ctx, const PageEnv& env, const Municipality& m);
// A municipality's widget: its next suppers and activities in a light page that another web
// site shows in an <iframe> (links open the portal in a new tab).
ViewValue WidgetPage(const ViewContext& ctx, const PageEnv& env, const Municipality& m);
ViewValue OrganizationsPage(const ViewContext& ctx, const PageEnv& env);
ViewValue OrganizationPage(const ViewContext& ctx, const PageEnv& env, const Organization& o);
ViewValue CategoriesPage(const ViewContext& ctx, const PageEnv& env);
ViewValue CategoryPage(const ViewContext& ctx, const PageEnv& env, const Category& c);
ViewValue ActivitiesPage(const ViewContext& ctx, const PageEnv& env);
ViewValue ActivitiesArchivePage(const ViewContext& ctx, const PageEnv& env);
ViewValue ActivityPage(const ViewContext& ctx, const PageEnv& env, const Activity& a);
ViewValue SuppersPage(const ViewContext& ctx, const PageEnv& env);
ViewValue SupperPage(const ViewContext& ctx, const PageEnv& env, const Supper& s);
ViewValue CommunitiesPage(const ViewContext& ctx, const PageEnv& env);
ViewValue CommunityPage(const ViewContext& ctx, const PageEnv& env, const Community& c);
// Page `page` (1-based) of `pages` of the news list.
ViewValue NewsListPage(const ViewContext& ctx, const PageEnv& env, int page, int pages);
// The same over `news` (a sub-site's).
ViewValue NewsListPage(const ViewContext& ctx, const PageEnv& env, int page, int pages,
                       const std::vector<const NewsItem*>& news);
ViewValue NewsPage(const ViewContext& ctx, const PageEnv& env, const NewsItem& n);
ViewValue ContentPage(const ViewContext& ctx, const PageEnv& env, const Page& p);
ViewValue HelpPage(const ViewContext& ctx, const PageEnv& env);
// The search page: a form that searches recherche/index.json once its script runs, above the
// directory by municipality and by category, which works without JavaScript.
ViewValue SearchPage(const ViewContext& ctx, const PageEnv& env);
ViewValue NotFoundPage(const ViewContext& ctx, const PageEnv& env);

}  // namespace maillon
