// Municipalities and sharing communities: the list pages and one page for each.
#include <algorithm>

#include "render/read_tracker.h"
#include "model/text.h"
#include "render/read_tracker.h"
#include "render/routes.h"
#include "render/views_common.h"

namespace maillon {

namespace {

constexpr size_t kMunicipalityNews = 5;
constexpr size_t kWidgetItems = 5;  // suppers, and activity dates, a widget lists
// The theme's own colours (assets/style.css), for a widget of a site that sets none.
constexpr const char kWidgetPrimary[] = "#8c2f14";
constexpr const char kWidgetAccent[] = "#f6c453";

// The code a municipal web site pastes to show the widget, and the addresses of its data, when
// the portal has an absolute address (the code must name it); else false.
ViewValue EmbedCode(const ViewContext& ctx, const PageEnv& env, const Municipality& m) {
  const std::string widget = PublicUrl(ctx, MunicipalityWidgetUrl(m.slug));
  if (widget.empty()) return ViewValue(false);
  const std::string title = ctx.texts.Format("widget_title", {{"municipality", m.name}});
  ViewValue embed;
  embed["iframe_code"] = "<iframe src=\"" + widget + "\" title=\"" + EscapeMarkup(title) +
                         "\" width=\"100%\" height=\"480\" loading=\"lazy\" "
                         "style=\"border: 0; max-width: 40rem;\"></iframe>";
  embed["widget_href"] = Href(env, MunicipalityWidgetUrl(m.slug));
  embed["json_href"] = Href(env, MunicipalityEventsPath(m.slug));
  embed["json_url"] = PublicUrl(ctx, MunicipalityEventsPath(m.slug));
  embed["ics_url"] = PublicUrl(ctx, MunicipalityUrl(m.slug) + std::string(kCalendarFile));
  embed["feed_url"] = PublicUrl(ctx, MunicipalityUrl(m.slug) + "atom.xml");
  return embed;
}

// {label, text, href}: one line of a <dl>, linked when `href` is not empty.
ViewValue Fact(std::string label, std::string text, std::string href) {
  ViewValue fact;
  fact["label"] = std::move(label);
  fact["text"] = std::move(text);
  fact["href"] = ViewValue::TextOrFalse(std::move(href));
  return fact;
}

}  // namespace

ViewValue MunicipalitiesPage(const ViewContext& ctx, const PageEnv& env) {
  ViewValue page = PageFrame(ctx, env, ctx.texts.Get("municipalities_title"),
                             ctx.texts.Get("municipalities_intro"), {});
  page["municipalities"] =
      CardList(ctx.site.municipalities_by_name, ctx.site.municipalities_by_name.size(),
               [&](const Municipality* m) { return MunicipalityCard(ctx, env, *m); });
  page["top_level_cards"] = true;
  return page;
}

ViewValue MunicipalityPage(const ViewContext& ctx, const PageEnv& env, const Municipality& m) {
  NoteRead(m.pos);
  const std::vector<Crumb> parents = {{ctx.texts.Get("municipalities_title"), MunicipalitiesUrl()}};
  ViewValue page = PageFrame(ctx, env, m.name, m.summary, parents);
  page["name"] = m.name;
  page["summary"] = ViewValue::TextOrFalse(Prose(ctx, m.summary));
  page["body_html"] = BodyHtml(ctx, env, m.body.text);
  // Facts as a list, so that the template writes a <dl> only when there is one.
  ViewValue facts = ViewValue::List();
  if (m.population) {
    facts.Push(
        Fact(ctx.texts.Get("label_population"), CountText(ctx, *m.population), ""));
  }
  if (!m.website.empty()) {
    facts.Push(
        Fact(ctx.texts.Get("label_website"), ctx.texts.Get("municipality_website"), m.website));
  }
  page["facts"] = std::move(facts);
  if (m.logo.empty()) {
    page["logo"] = false;
  } else {
    ViewValue logo;
    logo["src"] = StaticHref(env, m.logo);
    logo["alt"] = ctx.texts.Format("logo_alt", {{"name", m.name}});
    page["logo"] = std::move(logo);
  }
  ViewValue contacts = ViewValue::List();
  for (const Contact& c : m.contacts) {
    ViewValue contact = ContactValue(ctx, c);
    if (contact.kind() == ViewValue::Kind::kObject) contacts.Push(std::move(contact));
  }
  page["contacts"] = std::move(contacts);

  static const MunicipalityView kEmpty{};
  auto found = ctx.site.by_municipality.find(m.slug);
  const MunicipalityView& view = found == ctx.site.by_municipality.end() ? kEmpty : found->second;
  page["upcoming_suppers"] = CardList(view.upcoming_suppers, view.upcoming_suppers.size(),
                                      [&](const Supper* s) { return SupperCard(ctx, env, *s); });
  ViewValue activities = ViewValue::List();
  for (const Activity* a : view.activities) {
    if (NextOccurrence(*a, ctx.site.now)) activities.Push(ActivityCard(ctx, env, *a));
  }
  page["activities"] = std::move(activities);
  page["organizations"] =
      CardList(view.organizations, view.organizations.size(),
               [&](const Organization* o) { return OrganizationCard(ctx, env, *o); });
  page["communities"] = CardList(view.communities, view.communities.size(),
                                 [&](const Community* c) { return CommunityCard(ctx, env, *c); });
  page["news"] = CardList(view.news, kMunicipalityNews,
                          [&](const NewsItem* n) { return NewsCard(ctx, env, *n); });
  page["suppers_url"] = Href(env, SuppersUrl());
  page["activities_url"] = Href(env, ActivitiesUrl());
  // Its own calendar and news feed, beside the page (a sub-site's home: its own, at its root).
  page["calendar"] = CalendarLink(ctx, std::string(kCalendarFile), "calendar_municipality");
  const bool home = env.scope && env.scope->sub_site();
  page["news_all"] = home && view.news.size() > kMunicipalityNews
                         ? LinkValue(ctx.texts.Get("news_all"), Href(env, NewsListUrl(1)))
                         : ViewValue(false);
  if (!home) {
    page["feeds"].Push(
        FeedLink("atom.xml", ctx.texts.Format("feed_municipality", {{"municipality", m.name}})));
  }
  page["embed"] = home ? ViewValue(false) : EmbedCode(ctx, env, m);
  return page;
}

ViewValue WidgetPage(const ViewContext& ctx, const PageEnv& env, const Municipality& m) {
  NoteRead(m.pos);
  const MunicipalityView& view = ViewOf(ctx, m);
  ViewValue page;
  page["root"] = env.root;
  page["title"] = ctx.texts.Format("widget_title", {{"municipality", m.name}});
  std::vector<const Supper*> dated;
  for (const Supper* s : view.upcoming_suppers) {
    if (s->date && dated.size() < kWidgetItems) dated.push_back(s);
  }
  page["suppers"] = CardList(dated, dated.size(),
                             [&](const Supper* s) { return SupperCard(ctx, env, *s); });
  ViewValue occurrences = ViewValue::List();
  for (const ActivityOccurrence& o : UpcomingOccurrencesIn(ctx, m, kWidgetItems)) {
    occurrences.Push(OccurrenceCard(ctx, env, *o.activity, o.when));
  }
  page["occurrences"] = std::move(occurrences);
  page["more"] = LinkValue(
      ctx.texts.Format("widget_more", {{"municipality", m.name},
                                       {"site", Prose(ctx, ctx.site.content->site.title)}}),
      Href(env, MunicipalityUrl(m.slug)));
  const Colors& colours =
      !m.colors.primary.empty() || !m.colors.accent.empty() ? m.colors : ctx.site.content->site.colors;
  page["primary"] = colours.primary.empty() ? std::string(kWidgetPrimary) : colours.primary;
  page["accent"] = colours.accent.empty() ? std::string(kWidgetAccent) : colours.accent;
  return page;
}

ViewValue CommunitiesPage(const ViewContext& ctx, const PageEnv& env) {
  ViewValue page = PageFrame(ctx, env, ctx.texts.Get("communities_title"),
                             ctx.texts.Get("communities_intro"), {});
  // By municipality, then by name: residents look for the one near them.
  std::vector<const Community*> sorted;
  for (const Community& c : ctx.site.content->communities) sorted.push_back(&c);
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Community* a, const Community* b) {
    const std::string ma = MunicipalityName(ctx, a->municipality.value);
    const std::string mb = MunicipalityName(ctx, b->municipality.value);
    return ma != mb ? ma < mb : a->name < b->name;
  });
  page["communities"] = CardList(sorted, sorted.size(),
                                 [&](const Community* c) { return CommunityCard(ctx, env, *c); });
  page["top_level_cards"] = true;
  return page;
}

ViewValue CommunityPage(const ViewContext& ctx, const PageEnv& env, const Community& c) {
  NoteRead(c.pos);
  const std::vector<Crumb> parents = {{ctx.texts.Get("communities_title"), CommunitiesUrl()}};
  ViewValue page = PageFrame(ctx, env, Prose(ctx, c.name), c.summary, parents);
  page["name"] = Prose(ctx, c.name);
  page["summary"] = ViewValue::TextOrFalse(Prose(ctx, c.summary));
  page["body_html"] = BodyHtml(ctx, env, c.body.text);
  page["municipality"] = MunicipalityLink(ctx, env, c.municipality.value);
  page["schedule"] = ViewValue::TextOrFalse(Prose(ctx, c.schedule));
  page["contact"] = ContactValue(ctx, c.contact);
  page["started"] = c.started ? DateValue(ctx, *c.started) : ViewValue(false);
  return page;
}

}  // namespace maillon
