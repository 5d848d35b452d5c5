// The directory of organisations (by category of service and by municipality) and the
// category pages.
#include "render/routes.h"
#include "render/views_common.h"

namespace maillon {

namespace {

// A heading of the directory with its organisations; `url` may be empty (no page to link).
ViewValue Group(const ViewContext& ctx, const PageEnv& env, std::string id, std::string name,
                std::string url, std::string description,
                const std::vector<const Organization*>& orgs) {
  ViewValue group;
  group["id"] = std::move(id);
  group["name"] = std::move(name);
  group["url"] = ViewValue::TextOrFalse(std::move(url));
  group["description"] = ViewValue::TextOrFalse(std::move(description));
  group["organizations"] = CardList(
      orgs, orgs.size(), [&](const Organization* o) { return OrganizationCard(ctx, env, *o); });
  return group;
}

ViewValue ByCategory(const ViewContext& ctx, const PageEnv& env) {
  ViewValue groups = ViewValue::List();
  for (const Category& c : ctx.site.content->categories) {
    auto it = ctx.site.organizations_by_category.find(c.slug);
    if (it == ctx.site.organizations_by_category.end() || it->second.empty()) continue;
    groups.Push(Group(ctx, env, "categorie-" + c.slug, Prose(ctx, c.name),
                      Href(env, CategoryUrl(c.slug)), Prose(ctx, c.description), it->second));
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
ViewValue ByMunicipality(const ViewContext& ctx, const PageEnv& env) {
  ViewValue groups = ViewValue::List();
  std::vector<const Organization*> everywhere;
  for (const Organization* o : ctx.site.organizations_by_name) {
    if (o->serves_all) everywhere.push_back(o);
  }
  if (!everywhere.empty()) {
    groups.Push(Group(ctx, env, "municipalite-toutes", ctx.texts.Get("organizations_everywhere"),
                      "", "", everywhere));
  }
  for (const Municipality* m : ctx.site.municipalities_by_name) {
    std::vector<const Organization*> local;
    for (const Organization* o : ctx.site.organizations_by_name) {
      if (o->serves_all) continue;
      for (const LocatedString& slug : o->municipalities) {
        if (slug.value == m->slug) {
          local.push_back(o);
          break;
        }
      }
    }
    if (local.empty()) continue;
    groups.Push(Group(ctx, env, "municipalite-" + m->slug, m->name,
                      Href(env, MunicipalityUrl(m->slug)), "", local));
  }
  return groups;
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

}  // namespace

ViewValue OrganizationsPage(const ViewContext& ctx, const PageEnv& env) {
  ViewValue page = PageFrame(ctx, env, ctx.texts.Get("organizations_title"),
                             ctx.texts.Get("organizations_intro"), {});
  page["by_category"] = ByCategory(ctx, env);
  page["by_municipality"] = ByMunicipality(ctx, env);
  page["categories_url"] = Href(env, CategoriesUrl());
  return page;
}

ViewValue OrganizationPage(const ViewContext& ctx, const PageEnv& env, const Organization& o) {
  const std::vector<Crumb> parents = {{ctx.texts.Get("organizations_title"), OrganizationsUrl()}};
  ViewValue page = PageFrame(ctx, env, Prose(ctx, o.name), o.summary, parents);
  page["name"] = Prose(ctx, o.name);
  page["summary"] = ViewValue::TextOrFalse(Prose(ctx, o.summary));
  page["body_html"] = BodyHtml(ctx, env, o.body.text);
  page["contact"] = ContactValue(ctx, o.contact);
  page["hours"] = ViewValue::TextOrFalse(Prose(ctx, o.hours));
  page["volunteering_html"] = BodyHtml(ctx, env, o.volunteering);
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

}  // namespace maillon
