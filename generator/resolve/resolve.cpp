// Resolve: slug references, visibility, indexes and the derived collections pages need.
#include "resolve/resolve.h"

#include <algorithm>
#include <set>

#include "diag/spellcheck.h"
#include "resolve/references.h"

namespace maillon {
namespace {

template <class T>
std::map<std::string, const T*> IndexBySlug(const std::vector<T>& items) {
  std::map<std::string, const T*> out;
  for (const T& item : items) out.emplace(item.slug, &item);
  return out;
}

// The first and last moments of an activity: its first start and last end.
DateTime LastEnd(const Activity& a) {
  return a.occurrences.empty() ? a.end.value : a.occurrences.back().end;
}

bool IsPastSupper(const Supper& s, const DateTime& now) {
  return s.date && *s.date < now.date;
}

// Dated suppers first, by date and time; undated ones after, in file order.
bool SupperBefore(const Supper* a, const Supper* b) {
  if (a->date.has_value() != b->date.has_value()) return a->date.has_value();
  if (a->date && *a->date != *b->date) return *a->date < *b->date;
  Time ta = a->time.value_or(Time{}), tb = b->time.value_or(Time{});
  if (ta != tb) return ta < tb;
  return a->id < b->id;
}

template <class T>
void SortByName(std::vector<const T*>& v) {
  std::sort(v.begin(), v.end(), [](const T* a, const T* b) {
    return CollationKey(a->name) < CollationKey(b->name);
  });
}

// Moves site.changes_at earlier to `t` when `t` is after now.
void ChangesAt(ResolvedSite& site, const DateTime& t) {
  if (site.now < t && (!site.changes_at || t < *site.changes_at)) site.changes_at = t;
}

// Hides drafts (unless asked) and news whose moment has not come; newest first.
void SelectPublishedNews(ResolvedSite& site, bool drafts) {
  auto& news = site.content->news;
  for (const NewsItem& n : news) ChangesAt(site, n.date.value);
  std::erase_if(news, [&](const NewsItem& n) {
    return (n.draft && !drafts) || site.now < n.date.value;
  });
  for (const NewsItem& n : news) site.news.push_back(&n);
  std::sort(site.news.begin(), site.news.end(), [](const NewsItem* a, const NewsItem* b) {
    if (a->date.value != b->date.value) return b->date.value < a->date.value;
    return a->slug < b->slug;
  });
}

void CollectSuppers(ResolvedSite& site) {
  for (const Supper& s : site.content->suppers) site.suppers.push_back(&s);
  std::sort(site.suppers.begin(), site.suppers.end(), SupperBefore);
  for (const Supper* s : site.suppers) {
    if (s->date) ChangesAt(site, DateTime{AddDays(*s->date, 1), {}});  // past from the next day
    if (IsPastSupper(*s, site.now)) {
      site.past_suppers.push_back(s);
    } else if (s->date || s->status != SupperStatus::kCancelled) {
      site.upcoming_suppers.push_back(s);
    }
  }
  std::reverse(site.past_suppers.begin(), site.past_suppers.end());
  for (const Supper* s : site.suppers) {
    for (const LocatedString& p : s->partners) site.suppers_by_organization[p.value].push_back(s);
  }
}

void CollectActivities(ResolvedSite& site) {
  for (const Activity& a : site.content->activities) {
    bool upcoming = false;
    for (const Occurrence& o : a.occurrences) {
      ChangesAt(site, o.end);
      if (site.now < o.end) {
        site.upcoming_occurrences.push_back({&a, o});
        upcoming = true;
      }
    }
    (upcoming ? site.upcoming_activities : site.past_activities).push_back(&a);
    site.activities_by_category[a.category.value].push_back(&a);
    site.activities_by_organization[a.organization.value].push_back(&a);
  }
  std::sort(site.upcoming_occurrences.begin(), site.upcoming_occurrences.end(),
            [](const ActivityOccurrence& a, const ActivityOccurrence& b) {
              if (a.when.start != b.when.start) return a.when.start < b.when.start;
              return a.activity->slug < b.activity->slug;
            });
  auto next_start = [&](const Activity* a) {
    for (const Occurrence& o : a->occurrences) {
      if (site.now < o.end) return o.start;
    }
    return a->start.value;
  };
  std::stable_sort(site.upcoming_activities.begin(), site.upcoming_activities.end(),
                   [&](const Activity* a, const Activity* b) {
                     return next_start(a) < next_start(b);
                   });
  std::stable_sort(site.past_activities.begin(), site.past_activities.end(),
                   [](const Activity* a, const Activity* b) { return LastEnd(*b) < LastEnd(*a); });
  for (auto& [slug, list] : site.activities_by_category) {
    std::stable_sort(list.begin(), list.end(), [&](const Activity* a, const Activity* b) {
      return next_start(a) < next_start(b);
    });
  }
}

void CollectByMunicipality(ResolvedSite& site) {
  for (const Municipality* m : site.municipalities_by_name) {
    site.by_municipality[m->slug].municipality = m;
  }
  auto view = [&](const std::string& slug) -> MunicipalityView* {
    auto it = site.by_municipality.find(slug);
    return it == site.by_municipality.end() ? nullptr : &it->second;
  };
  for (const Organization* o : site.organizations_by_name) {
    if (o->serves_all) {
      for (auto& [slug, v] : site.by_municipality) v.organizations.push_back(o);
    } else {
      for (const LocatedString& m : o->municipalities) {
        if (MunicipalityView* v = view(m.value)) v->organizations.push_back(o);
      }
    }
    for (const LocatedString& c : o->categories) {
      site.organizations_by_category[c.value].push_back(o);
    }
  }
  for (const Activity* a : site.upcoming_activities) {
    if (MunicipalityView* v = view(a->municipality.value)) v->activities.push_back(a);
  }
  for (const Supper* s : site.suppers) {
    if (MunicipalityView* v = view(s->municipality.value)) v->suppers.push_back(s);
  }
  for (const Supper* s : site.upcoming_suppers) {
    if (MunicipalityView* v = view(s->municipality.value)) v->upcoming_suppers.push_back(s);
  }
  for (const Community& c : site.content->communities) {
    if (MunicipalityView* v = view(c.municipality.value)) v->communities.push_back(&c);
  }
  for (const NewsItem* n : site.news) {
    for (const LocatedString& m : n->municipalities) {
      if (MunicipalityView* v = view(m.value)) v->news.push_back(n);
    }
  }
}

}  // namespace

ResolvedSite Resolve(Content content, const ResolveOptions& options, Diagnostics& diags) {
  CheckReferences(content, diags);

  ResolvedSite site;
  site.content = std::make_unique<Content>(std::move(content));
  site.now = options.now;
  const Content& c = *site.content;

  site.municipalities = IndexBySlug(c.municipalities);
  site.organizations = IndexBySlug(c.organizations);
  site.categories = IndexBySlug(c.categories);
  site.activities = IndexBySlug(c.activities);
  site.communities = IndexBySlug(c.communities);
  site.pages = IndexBySlug(c.pages);

  for (const Municipality& m : c.municipalities) site.municipalities_by_name.push_back(&m);
  SortByName(site.municipalities_by_name);
  for (const Organization& o : c.organizations) site.organizations_by_name.push_back(&o);
  SortByName(site.organizations_by_name);

  SelectPublishedNews(site, options.drafts);
  CollectSuppers(site);
  CollectActivities(site);
  CollectByMunicipality(site);

  for (const Page& p : c.pages) {
    if (p.menu_weight) site.menu_pages.push_back(&p);
  }
  std::stable_sort(site.menu_pages.begin(), site.menu_pages.end(),
                   [](const Page* a, const Page* b) { return *a->menu_weight < *b->menu_weight; });
  return site;
}

}  // namespace maillon
