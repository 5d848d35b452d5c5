// The search index: one entry per page worth finding, with a folded text to match queries on.
#include "render/output_search_index.h"

#include <cctype>

#include "model/text.h"
#include "render/format_dates.h"
#include "render/json_writer.h"
#include "render/fragment_memo.h"
#include "render/output_common.h"
#include "render/read_tracker.h"
#include "render/routes.h"
#include "render/views_common.h"

namespace maillon {

namespace {

struct Entry {
  const void* item = nullptr;  // the content item it shows, for the fragment memo
  std::string title;    // as the page shows it (typography applied)
  std::string summary;
  const char* kind = "";
  std::vector<std::string> municipalities;
  std::vector<std::string> categories;
  std::string url;
  std::string raw;      // the words to match, as written (before typography)
};

// Lowercase, accents folded, every run of spaces (and non-breaking spaces) made one space.
std::string MatchText(std::string_view raw) {
  const std::string folded = FoldAccents(raw);
  std::string text;
  for (size_t i = 0; i < folded.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(folded[i]);
    // U+00A0 and U+202F are the spaces French typography puts in; they separate words too.
    const bool nbsp = c == 0xc2 && i + 1 < folded.size() &&
                      static_cast<unsigned char>(folded[i + 1]) == 0xa0;
    const bool narrow = c == 0xe2 && i + 2 < folded.size() &&
                        static_cast<unsigned char>(folded[i + 1]) == 0x80 &&
                        static_cast<unsigned char>(folded[i + 2]) == 0xaf;
    if (std::isspace(c) || nbsp || narrow) {
      if (!text.empty() && text.back() != ' ') text += ' ';
      i += nbsp ? 1 : narrow ? 2 : 0;
    } else {
      text += char(c);
    }
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

std::vector<std::string> MunicipalityNames(const ViewContext& ctx,
                                           const std::vector<LocatedString>& slugs) {
  std::vector<std::string> names;
  for (const LocatedString& slug : slugs) {
    auto it = ctx.site.municipalities.find(slug.value);
    if (it == ctx.site.municipalities.end()) continue;
    NoteRead(it->second->pos);
    names.push_back(it->second->name);
  }
  return names;
}

std::vector<std::string> CategoryNames(const ViewContext& ctx,
                                       const std::vector<LocatedString>& slugs) {
  std::vector<std::string> names;
  for (const LocatedString& slug : slugs) {
    auto it = ctx.site.categories.find(slug.value);
    if (it == ctx.site.categories.end()) continue;
    NoteRead(it->second->pos);
    names.push_back(it->second->name);
  }
  return names;
}

// "jeudi 11 mars 2027, 17 h 30", or "Date à confirmer (Automne 2027)".
std::string SupperWhen(const ViewContext& ctx, const Supper& s) {
  if (!s.date) {
    return s.period.empty() ? ctx.texts.Get("date_tbc")
                            : ctx.texts.Format("date_tbc_period", {{"period", Prose(ctx, s.period)}});
  }
  if (!s.time) return FormatDateLong(*s.date, ctx.lang);
  return FormatDateTime(DateTime{*s.date, *s.time}, ctx.lang);
}

// The entry as compact JSON, its matching text completed with the names it lists.
std::string EntryJson(Entry e) {
  for (const std::string& name : e.municipalities) e.raw += " " + name;
  for (const std::string& name : e.categories) e.raw += " " + name;
  JsonWriter json = JsonWriter::Fragment(0, 1);
  json.BeginObject();
  json.Field("title", e.title);
  json.Field("summary", e.summary);
  json.Field("kind", e.kind);
  json.Key("municipality");
  json.Strings(e.municipalities);
  json.Key("categories");
  json.Strings(e.categories);
  json.Field("url", e.url);
  json.Field("text", MatchText(e.raw));
  json.EndObject();
  return json.TakeFragment();
}

// Adds the entry of `item` to `json`: made by `entry`, or kept from an earlier build.
template <class T, class F>
void AddEntry(const ViewContext& ctx, const T& item, JsonWriter& json, F entry) {
  NoteRead(item.pos);
  json.Raw(MemoFragment(ctx.fragments, &item, FragmentKind::kSearchEntry,
                        [&] { return EntryJson(entry()); }));
}

}  // namespace

std::string SearchIndexJson(const ViewContext& ctx) {
  const ResolvedSite& site = ctx.site;
  JsonWriter json(0);  // compact: the page downloads it
  json.BeginArray();
  for (const Municipality* m : site.municipalities_by_name) {
    AddEntry(ctx, *m, json, [&] {
      return Entry{m, Prose(ctx, m->name), Prose(ctx, m->summary), "municipality", {m->name},
                   {}, MunicipalityUrl(m->slug), m->name + " " + m->summary};
    });
  }
  for (const Organization* o : site.organizations_by_name) {
    AddEntry(ctx, *o, json, [&] {
      // Serving the whole MRC shows as one short label; every name still goes into `text`, so
      // that a search for any municipality finds the organisation.
      std::string raw = o->name + " " + o->summary;
      std::vector<std::string> served;
      if (o->serves_all) {
        served.push_back(ctx.texts.Get("index_all_municipalities"));
        for (const Municipality* m : site.municipalities_by_name) raw += " " + m->name;
      } else {
        served = MunicipalityNames(ctx, o->municipalities);
      }
      return Entry{o, Prose(ctx, o->name), Prose(ctx, o->summary), "organization", served,
                   CategoryNames(ctx, o->categories), OrganizationUrl(o->slug), raw};
    });
  }
  // Upcoming activities first (by next date), then past ones: the order the site lists them.
  for (const auto* list : {&site.upcoming_activities, &site.past_activities}) {
    for (const Activity* a : *list) {
      AddEntry(ctx, *a, json, [&] {
        return Entry{a, Prose(ctx, a->title), Prose(ctx, a->summary), "activity",
                     MunicipalityNames(ctx, {a->municipality}), CategoryNames(ctx, {a->category}),
                     ActivityUrl(a->slug), a->title + " " + a->summary};
      });
    }
  }
  for (const Supper* s : site.suppers) {
    AddEntry(ctx, *s, json, [&] {
      std::string summary = SupperWhen(ctx, *s);
      if (!s->theme.empty()) summary += " — " + Prose(ctx, s->theme);
      const std::string title = SupperTitle(ctx, *s);
      return Entry{s, title, summary, "supper", MunicipalityNames(ctx, {s->municipality}), {},
                   SupperUrl(s->id), title + " " + summary + " " + s->theme};
    });
  }
  for (const Community& c : site.content->communities) {
    AddEntry(ctx, c, json, [&] {
      return Entry{&c, Prose(ctx, c.name), Prose(ctx, c.summary), "community",
                   MunicipalityNames(ctx, {c.municipality}), {}, CommunityUrl(c.slug),
                   c.name + " " + c.summary};
    });
  }
  for (const NewsItem* n : site.news) {
    AddEntry(ctx, *n, json, [&] {
      // A news item's tags are its topics: they play the part of categories.
      std::vector<std::string> tags(n->tags.begin(), n->tags.end());
      return Entry{n, Prose(ctx, n->title), Prose(ctx, n->summary), "news",
                   MunicipalityNames(ctx, n->municipalities), tags, NewsUrl(n->slug),
                   n->title + " " + n->summary};
    });
  }
  for (const Page& p : site.content->pages) {
    AddEntry(ctx, p, json, [&] {
      return Entry{&p, Prose(ctx, p.title), Prose(ctx, p.summary), "page", {}, {},
                   PageUrl(p.slug), p.title + " " + p.summary};
    });
  }
  const std::string help = ctx.texts.Get("help_title");
  json.Raw(EntryJson(Entry{nullptr, help, "", "page", {}, {}, HelpUrl(), help}));
  for (const Category& c : site.content->categories) {
    // The name comes with categories.
    json.Raw(EntryJson(Entry{&c, Prose(ctx, c.name), Prose(ctx, c.description), "category", {},
                             {c.name}, CategoryUrl(c.slug), c.description}));
  }
  json.EndArray();
  return json.Take();
}

void PlanSearchIndex(const ViewContext&, OutputPlans& plans) {
  plans.push_back({"recherche/index.json", kJsonType, {}, SearchIndexJson});
}

}  // namespace maillon
