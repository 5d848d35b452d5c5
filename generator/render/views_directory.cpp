// The directory of organisations (by category of service and by municipality), the category
// pages and the search page, which searches the site's index above the whole directory.
#include "render/read_tracker.h"
#include <map>
#include <set>
#include <string_view>

#include "render/routes.h"
#include "render/views_common.h"
#include "render/views_json_ld.h"

namespace maillon {

namespace {

// Organisations listed under one heading of the directory when the heading has a page of its
// own (a category, a municipality) that lists them all: a province-wide directory would
// otherwise be a page of tens of megabytes. A small portal's groups are listed whole.
constexpr size_t kDirectoryGroupLimit = 12;

// A heading of the directory with its organisations; `url` may be empty (no page to link).
ViewValue Group(const ViewContext& ctx, const PageEnv& env, std::string id, std::string name,
                std::string url, std::string description,
                const std::vector<const Organization*>& orgs) {
  const size_t shown = url.empty() ? orgs.size() : std::min(orgs.size(), kDirectoryGroupLimit);
  ViewValue group;
  group["id"] = std::move(id);
  group["organizations"] = CardList(
      orgs, shown, [&](const Organization* o) { return OrganizationCard(ctx, env, *o); });
  if (shown < orgs.size()) {
    group["more"] = LinkValue(
        ctx.texts.Format("directory_more", {{"n", CountText(ctx, orgs.size())}, {"group", name}}),
        url);
  } else {
    group["more"] = false;
  }
  group["name"] = std::move(name);
  group["url"] = ViewValue::TextOrFalse(std::move(url));
  group["description"] = ViewValue::TextOrFalse(std::move(description));
  return group;
}

ViewValue UpcomingActivityCards(const ViewContext& ctx, const PageEnv& env,
                                const std::vector<const Activity*>& activities) {
  ViewValue list = ViewValue::List();
  for (const Activity* a : activities) {
    if (NextOccurrence(*a, ctx.site.now)) list.Push(ActivityCard(ctx, env, *a));
  }
  return list;
}

template <class Map>
const typename Map::mapped_type& Lookup(const Map& map, const std::string& key) {
  static const typename Map::mapped_type kNone{};
  auto it = map.find(key);
  return it == map.end() ? kNone : it->second;
}

// The kinds of entries of recherche/index.json (output_search_index.h), each with its label
// (i18n search_kind_*).
constexpr const char* kKinds[] = {"municipality", "organization", "activity", "supper",
                                  "community",    "news",         "page",     "category"};

// What assets/search.js reads from the page: where the index is, how to turn its site paths
// into links from this page, and every text it shows. JSON in a <script> element, so that the
// script holds no text of its own and the theme's i18n files stay the only place to translate.
std::string SearchConfig(const ViewContext& ctx, const PageEnv& env) {
  const I18nTexts& t = ctx.texts;
  JsonObject kinds;
  for (const char* kind : kKinds) kinds.Text(kind, t.Get(std::string("search_kind_") + kind));
  JsonObject texts;
  texts.Text("one", t.Get("search_results_one"))
      .Text("many", t.Get("search_results_many"))
      .Text("none", t.Get("search_results_none"))
      .Text("more", t.Get("search_results_more"))
      .Text("loading", t.Get("search_loading"))
      .Text("error", t.Get("search_error"));
  JsonObject config;
  config.Text("index", Href(env, SearchPageUrl() + "index.json"))
      .Text("root", env.root)
      .Object("kinds", kinds)
      .Object("texts", texts);
  return config.Json();
}

}  // namespace

ViewValue DirectoryByCategory(const ViewContext& ctx, const PageEnv& env, bool every_category) {
  ViewValue groups = ViewValue::List();
  for (const Category& c : ctx.site.content->categories) {
    const auto& orgs = Lookup(ctx.site.organizations_by_category, c.slug);
    if (orgs.empty() && !every_category) continue;
    groups.Push(Group(ctx, env, "categorie-" + c.slug, Prose(ctx, c.name),
                      Href(env, CategoryUrl(c.slug)), Prose(ctx, c.description), orgs));
  }
  std::vector<const Organization*> other;
  for (const Organization* o : ctx.site.organizations_by_name) {
    if (o->categories.empty()) other.push_back(o);
  }
  if (!other.empty()) {
    groups.Push(
        Group(ctx, env, "categorie-autres", ctx.texts.Get("organizations_other"), "", "", other));
  }
  return groups;
}

// Organisations serving the whole MRC come first, once, rather than under every municipality.
ViewValue DirectoryByMunicipality(const ViewContext& ctx, const PageEnv& env,
                                  bool every_municipality) {
  ViewValue groups = ViewValue::List();
  std::vector<const Organization*> everywhere;
  for (const Organization* o : ctx.site.organizations_by_name) {
    if (o->serves_all) everywhere.push_back(o);
  }
  if (!everywhere.empty()) {
    groups.Push(Group(ctx, env, "municipalite-toutes", ctx.texts.Get("organizations_everywhere"),
                      "", "", everywhere));
  }
  // Each municipality's own organisations, by name, in one pass over them all.
  std::map<std::string_view, std::vector<const Organization*>> by_slug;
  for (const Organization* o : ctx.site.organizations_by_name) {
    if (o->serves_all) continue;
    std::set<std::string_view> listed;  // a slug written twice lists it once
    for (const LocatedString& slug : o->municipalities) {
      if (listed.insert(slug.value).second) by_slug[slug.value].push_back(o);
    }
  }
  static const std::vector<const Organization*> kNone;
  for (const Municipality* m : ctx.site.municipalities_by_name) {
    auto found = by_slug.find(m->slug);
    const std::vector<const Organization*>& local = found == by_slug.end() ? kNone : found->second;
    if (local.empty() && !every_municipality) continue;
    groups.Push(Group(ctx, env, "municipalite-" + m->slug, m->name,
                      Href(env, MunicipalityUrl(m->slug)), "", local));
  }
  return groups;
}

ViewValue OrganizationsPage(const ViewContext& ctx, const PageEnv& env) {
  ViewValue page = PageFrame(ctx, env, ctx.texts.Get("organizations_title"),
                             ctx.texts.Get("organizations_intro"), {});
  page["by_category"] = DirectoryByCategory(ctx, env, false);
  page["by_municipality"] = DirectoryByMunicipality(ctx, env, false);
  page["categories_url"] = Href(env, CategoriesUrl());
  return page;
}

ViewValue OrganizationPage(const ViewContext& ctx, const PageEnv& env, const Organization& o) {
  NoteRead(o.pos);
  const std::vector<Crumb> parents = {{ctx.texts.Get("organizations_title"), OrganizationsUrl()}};
  ViewValue page = PageFrame(ctx, env, Prose(ctx, o.name), o.summary, parents);
  page["name"] = Prose(ctx, o.name);
  page["summary"] = ViewValue::TextOrFalse(Prose(ctx, o.summary));
  page["body_html"] = BodyHtml(ctx, env, o.body.text);
  page["contact"] = ContactValue(ctx, o.contact);
  page["hours"] = ViewValue::TextOrFalse(Prose(ctx, o.hours));
  page["volunteering_html"] = BodyHtml(ctx, env, o.volunteering, 3);  // under its own <h2>
  if (o.logo.empty()) {
    page["logo"] = false;
  } else {
    ViewValue logo;
    logo["src"] = StaticHref(env, o.logo);
    logo["alt"] = ctx.texts.Format("logo_alt", {{"name", Prose(ctx, o.name)}});
    page["logo"] = std::move(logo);
  }
  ViewValue categories = ViewValue::List();
  for (const LocatedString& slug : o.categories) {
    ViewValue link = CategoryLink(ctx, env, slug.value);
    if (link.kind() == ViewValue::Kind::kObject) categories.Push(std::move(link));
  }
  page["categories"] = std::move(categories);
  page["serves_all"] = o.serves_all;
  ViewValue municipalities = ViewValue::List();
  for (const LocatedString& slug : o.municipalities) {
    ViewValue link = MunicipalityLink(ctx, env, slug.value);
    if (link.kind() == ViewValue::Kind::kObject) municipalities.Push(std::move(link));
  }
  page["municipalities"] = std::move(municipalities);
  page["activities"] =
      UpcomingActivityCards(ctx, env, Lookup(ctx.site.activities_by_organization, o.slug));
  const auto& suppers = Lookup(ctx.site.suppers_by_organization, o.slug);
  page["suppers"] =
      CardList(suppers, suppers.size(), [&](const Supper* s) { return SupperCard(ctx, env, *s); });
  page["json_ld"] = OrganizationJsonLd(ctx, o);
  return page;
}

ViewValue CategoriesPage(const ViewContext& ctx, const PageEnv& env) {
  ViewValue page =
      PageFrame(ctx, env, ctx.texts.Get("categories_title"), ctx.texts.Get("categories_intro"), {});
  ViewValue categories = ViewValue::List();
  for (const Category& c : ctx.site.content->categories) {
    ViewValue item;
    item["name"] = Prose(ctx, c.name);
    item["url"] = Href(env, CategoryUrl(c.slug));
    item["description"] = ViewValue::TextOrFalse(Prose(ctx, c.description));
    categories.Push(std::move(item));
  }
  page["categories"] = std::move(categories);
  return page;
}

ViewValue CategoryPage(const ViewContext& ctx, const PageEnv& env, const Category& c) {
  const std::vector<Crumb> parents = {{ctx.texts.Get("categories_title"), CategoriesUrl()}};
  ViewValue page = PageFrame(ctx, env, Prose(ctx, c.name), c.description, parents);
  page["name"] = Prose(ctx, c.name);
  page["description_text"] = ViewValue::TextOrFalse(Prose(ctx, c.description));
  const auto& orgs = Lookup(ctx.site.organizations_by_category, c.slug);
  page["organizations"] = CardList(
      orgs, orgs.size(), [&](const Organization* o) { return OrganizationCard(ctx, env, *o); });
  page["activities"] =
      UpcomingActivityCards(ctx, env, Lookup(ctx.site.activities_by_category, c.slug));
  return page;
}

ViewValue SearchPage(const ViewContext& ctx, const PageEnv& env) {
  ViewValue page =
      PageFrame(ctx, env, ctx.texts.Get("search_title"), ctx.texts.Get("search_intro"), {});
  page["search_config_json"] = SearchConfig(ctx, env);
  page["search_script_url"] = Href(env, "assets/search.js");
  // Every municipality and category, even without organisations: the page is the whole
  // directory before (or without) the script.
  page["by_municipality"] = DirectoryByMunicipality(ctx, env, true);
  page["by_category"] = DirectoryByCategory(ctx, env, true);
  return page;
}

}  // namespace maillon
