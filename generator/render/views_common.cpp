// The page frame and the small values every view uses: text, links, dates, contacts.
#include "render/views_common.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "render/format_dates.h"
#include "render/markdown.h"
#include "render/routes.h"
#include "render/typography.h"

namespace maillon {

namespace {

// The digit a letter stands for on a phone keypad (vanity numbers such as 1 866 APPELLE).
char KeypadDigit(char upper) {
  static const char* const kKeys = "22233344455566677778889999";
  return kKeys[upper - 'A'];
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsHttpUrl(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
}

// Whether the page at `url` lies inside the section at `section` ("nouvelles/page/2/" in
// "nouvelles/").
bool InSection(const std::string& url, const std::string& section) {
  return !section.empty() && url != section && url.compare(0, section.size(), section) == 0;
}

// A menu entry; `site_path` is nothing for links that leave the site (never current).
ViewValue MenuEntry(const PageEnv& env, std::string title,
                    const std::optional<std::string>& site_path, std::string href) {
  ViewValue item;
  item["title"] = std::move(title);
  item["href"] = std::move(href);
  item["current"] = site_path && env.url == *site_path;
  item["in_section"] = site_path && InSection(env.url, *site_path);
  return item;
}

// A sub-site's menu: its home's sections, its news, and the regional portal.
ViewValue SubSiteMenu(const ViewContext& ctx, const PageEnv& env) {
  const I18nTexts& t = ctx.texts;
  ViewValue nav = ViewValue::List();
  nav.Push(MenuEntry(env, t.Get("nav_home"), HomeUrl(), Href(env, HomeUrl())));
  // The home's sections that it shows (MunicipalityPage): suppers always, the others when
  // they have something to list.
  static const MunicipalityView kNone{};
  auto found = ctx.site.by_municipality.find(env.scope->municipality->slug);
  const MunicipalityView& view = found == ctx.site.by_municipality.end() ? kNone : found->second;
  const bool activities = std::any_of(view.activities.begin(), view.activities.end(),
                                      [&](const Activity* a) { return NextOccurrence(*a, ctx.site.now); });
  const std::tuple<const char*, const char*, bool> sections[] = {
      {"nav_suppers", "#bloc-soupers", true},
      {"nav_activities", "#bloc-activites", activities},
      {"nav_organizations", "#bloc-organismes", !view.organizations.empty()},
  };
  for (const auto& [key, anchor, shown] : sections) {
    if (shown) nav.Push(MenuEntry(env, t.Get(key), std::nullopt, Href(env, HomeUrl()) + anchor));
  }
  nav.Push(MenuEntry(env, t.Get("nav_news"), NewsListUrl(1), Href(env, NewsListUrl(1))));
  nav.Push(MenuEntry(env, t.Get("nav_portal"), std::nullopt, env.scope->portal_url));
  return nav;
}

ViewValue MainMenu(const ViewContext& ctx, const PageEnv& env) {
  if (env.scope && env.scope->sub_site()) return SubSiteMenu(ctx, env);
  const I18nTexts& t = ctx.texts;
  ViewValue nav = ViewValue::List();
  const std::pair<const char*, std::string> sections[] = {
      {"nav_municipalities", MunicipalitiesUrl()},
      {"nav_suppers", SuppersUrl()},
      {"nav_activities", ActivitiesUrl()},
      {"nav_organizations", OrganizationsUrl()},
      {"nav_news", NewsListUrl(1)},
  };
  for (const auto& [key, url] : sections) nav.Push(MenuEntry(env, t.Get(key), url, Href(env, url)));
  for (const Page* page : ctx.site.menu_pages) {
    const std::string url = PageUrl(page->slug);
    nav.Push(MenuEntry(env, Prose(ctx, page->title), url, Href(env, url)));
  }
  for (const NavItem& extra : ctx.site.content->site.navigation) {
    // site.yaml often repeats a section the menu already has.
    const std::string href = HrefFromAuthorLink(extra.url, env.root);
    bool listed = false;
    for (const ViewValue& item : nav.items()) listed = listed || item.Find("href")->text() == href;
    if (listed) continue;
    nav.Push(MenuEntry(env, Prose(ctx, extra.title), SitePathOfAuthorLink(extra.url), href));
  }
  return nav;
}

ViewValue Breadcrumbs(const ViewContext& ctx, const PageEnv& env, const std::string& title,
                      const std::vector<Crumb>& parents) {
  if (env.url == HomeUrl()) return ViewValue(false);
  ViewValue items = ViewValue::List();
  items.Push(LinkValue(ctx.texts.Get("nav_home"), Href(env, HomeUrl())));
  for (const Crumb& parent : parents) {
    // A sub-site's trail stays in it: the portal's sections are not its parents.
    if (env.scope && !env.scope->Includes(parent.url)) continue;
    items.Push(LinkValue(parent.title, Href(env, parent.url)));
  }
  ViewValue current = LinkValue(title, "");
  current["href"] = false;
  items.Push(std::move(current));
  ViewValue crumbs;
  crumbs["items"] = std::move(items);
  return crumbs;
}

// Calls `f` with the position of the level digit of every <hN> and </hN> tag of `html`.
// Markdown output escapes "<" in text and code, so every such sequence is a real tag.
template <class F>
void ForEachHeadingTag(std::string_view html, F f) {
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    size_t h = at + 1;
    if (h < html.size() && html[h] == '/') ++h;
    if (h + 2 >= html.size() || (html[h] != 'h' && html[h] != 'H')) continue;
    const char digit = html[h + 1];
    const char after = html[h + 2];
    if (digit < '1' || digit > '6') continue;
    if (after != '>' && after != ' ' && after != '\t' && after != '\n' && after != '/') continue;
    f(h + 1);
  }
}

}  // namespace

std::string Prose(const ViewContext& ctx, std::string_view text) {
  if (!ctx.french) return std::string(text);
  return TypesetFrench(text);
}

std::string MemoMarkdown(const ViewContext& ctx, std::string_view markdown,
                         const MarkdownOptions& options) {
  // A sub-site's links depend on what it holds: not kept (only the preview keeps texts, and it
  // shows the whole portal).
  if (!ctx.memo || options.own_paths) return MarkdownToHtml(markdown, options);
  // Every option is in the key: the same body renders differently at another depth.
  std::string key;
  key.reserve(markdown.size() + options.root.size() + 4);
  key += options.unsafe_html ? 'u' : 's';
  key += options.french ? 'f' : 'e';
  key += options.root;
  key += '\n';

  key += markdown;
  return ctx.memo->markdown.Get(key, [&] { return MarkdownToHtml(markdown, options); });
}

std::string Href(const PageEnv& env, std::string_view site_path) {
  if (env.scope) return env.scope->Link(site_path, env.root);
  return env.root + std::string(site_path);
}

std::string StaticHref(const PageEnv& env, std::string_view src) {
  if (src.find("://") != std::string_view::npos || src.substr(0, 2) == "//") {
    return std::string(src);
  }
  while (!src.empty() && src.front() == '/') src.remove_prefix(1);
  return Href(env, src);
}

std::string PublicUrl(const ViewContext& ctx, std::string_view site_path) {
  if (ctx.scope && !ctx.scope->Includes(site_path)) return ctx.scope->OnPortal(site_path);
  return IsHttpUrl(ctx.base_url) ? ctx.base_url + std::string(site_path) : "";
}

std::string PublicStaticUrl(const ViewContext& ctx, std::string_view src) {
  if (IsHttpUrl(src)) return std::string(src);
  if (src.substr(0, 2) == "//") return "https:" + std::string(src);
  while (!src.empty() && src.front() == '/') src.remove_prefix(1);
  return PublicUrl(ctx, src);
}

std::string DisplayUrl(const ViewContext& ctx, std::string_view site_path) {
  std::string url = PublicUrl(ctx, site_path);
  if (url.empty()) return url;
  url.erase(0, url.find("://") + 3);
  if (site_path.empty() && url.ends_with("/")) url.pop_back();
  return url;
}

std::string SearchPageUrl() { return "recherche/"; }

std::string TelHref(std::string_view phone) {
  std::string digits;
  size_t i = 0;
  while (i < phone.size()) {
    if (IsAsciiDigit(phone[i])) {
      digits += phone[i++];
      continue;
    }
    if (!IsWordByte(phone[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    bool all_upper = true;
    while (end < phone.size() && IsWordByte(phone[end])) {
      all_upper = all_upper && IsAsciiUpper(phone[end]);
      ++end;
    }
    if (!digits.empty()) {
      // A word after the number: "APPELLE" is part of it; "poste 5", "option 2" are dialled
      // once the call connects, so they stay out of the link.
      if (!all_upper) break;
      for (size_t k = i; k < end; ++k) digits += KeypadDigit(phone[k]);
    }
    i = end;
  }
  if (digits.empty()) return "";
  return "tel:" + digits;
}

std::string CountText(const ViewContext& ctx, long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  const std::string sep = ctx.french ? "\u202f" : ",";
  for (int i = int(digits.size()) - 3; i > 0; i -= 3) digits.insert(size_t(i), sep);
  return n < 0 ? "-" + digits : digits;
}

std::string UpperFirst(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
  return text;
}

ViewValue BodyHtml(const ViewContext& ctx, const PageEnv& env, std::string_view markdown,
                   int top_level) {
  if (markdown.find_first_not_of(" \t\r\n") == std::string_view::npos) return ViewValue(false);
  MarkdownOptions options;
  options.unsafe_html = ctx.site.content->site.options.unsafe_html;
  options.root = env.root;
  options.french = ctx.french;
  if (env.scope && env.scope->sub_site()) {
    options.own_paths = &env.scope->paths;
    options.outside_root = env.scope->portal_url;
  }
  std::string html = MemoMarkdown(ctx, markdown, options);
  int highest = 7;
  ForEachHeadingTag(html, [&](size_t digit) { highest = std::min(highest, html[digit] - '0'); });
  // Only ever down: a body that starts at <h3> on purpose keeps its levels.
  if (highest < top_level) html = DemoteHeadings(html, top_level - highest);
  return ViewValue(std::move(html));
}

std::string DemoteHeadings(std::string_view html, int levels) {
  std::string out(html);
  ForEachHeadingTag(
      out, [&](size_t digit) { out[digit] = char('0' + std::min(6, out[digit] - '0' + levels)); });
  return out;
}

ViewValue LinkValue(std::string title, std::string href) {
  ViewValue link;
  link["title"] = std::move(title);
  link["href"] = std::move(href);
  return link;
}

ViewValue DateValue(const ViewContext& ctx, const Date& d) {
  ViewValue when;
  when["datetime"] = ToIso(d);
  when["date"] = FormatDateLong(d, ctx.lang);
  when["time"] = false;
  return when;
}

ViewValue DateTimeValue(const ViewContext& ctx, const DateTime& t) {
  ViewValue when;
  when["datetime"] = ToIso(t) + TorontoOffsetText(t);
  when["date"] = FormatDateLong(t.date, ctx.lang);
  when["time"] = FormatTime(t.time, ctx.lang);
  return when;
}

ViewValue OccurrenceWhen(const ViewContext& ctx, const Occurrence& o) {
  ViewValue when = DateTimeValue(ctx, o.start);
  if (o.end.date == o.start.date) {
    when["time"] = FormatTimeRange(o.start.time, o.end.time, ctx.lang);
  } else {
    when["time"] = ctx.texts.Format("time_until", {{"start", FormatTime(o.start.time, ctx.lang)},
                                                   {"end", FormatDateTime(o.end, ctx.lang)}});
  }
  return when;
}

const MunicipalityView& ViewOf(const ViewContext& ctx, const Municipality& m) {
  static const MunicipalityView kNone{};
  auto found = ctx.site.by_municipality.find(m.slug);
  return found == ctx.site.by_municipality.end() ? kNone : found->second;
}

std::vector<ActivityOccurrence> UpcomingOccurrencesIn(const ViewContext& ctx,
                                                      const Municipality& m, size_t limit) {
  std::vector<ActivityOccurrence> out;
  for (const Activity* a : ViewOf(ctx, m).activities) {
    for (const Occurrence& o : a->occurrences) {
      if (ctx.site.now < o.end) out.push_back({a, o});
    }
  }
  std::sort(out.begin(), out.end(), [](const ActivityOccurrence& a, const ActivityOccurrence& b) {
    if (a.when.start != b.when.start) return a.when.start < b.when.start;
    return a.activity->slug < b.activity->slug;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

const Occurrence* NextOccurrence(const Activity& a, const DateTime& now) {
  for (const Occurrence& o : a.occurrences) {
    if (o.end > now) return &o;
  }
  return nullptr;
}

ViewValue PageFrame(const ViewContext& ctx, const PageEnv& env, const std::string& title,
                    std::string_view description, const std::vector<Crumb>& parents) {
  const Site& site = ctx.site.content->site;
  const std::string site_title = Prose(ctx, site.title);
  ViewValue page;
  page["root"] = env.root;
  page["page_url"] = env.url;
  page["page_title"] = title;
  page["head_title"] =
      title == site_title ? site_title
                          : ctx.texts.Format("head_title", {{"page", title}, {"site", site_title}});
  page["description"] =
      ViewValue::TextOrFalse(Prose(ctx, description.empty() ? site.description : description));
  page["canonical_url"] = ViewValue::TextOrFalse(PublicUrl(ctx, env.url));
  page["noindex"] = false;
  page["head_links"] = ViewValue::List();
  page["og_type"] = "website";
  page["og_image"] = false;
  ViewValue feeds = ViewValue::List();
  feeds.Push(FeedLink(Href(env, NewsListUrl(1) + "atom.xml"),
                      ctx.texts.Format("feed_news", {{"site", site_title}})));
  page["feeds"] = std::move(feeds);
  page["json_ld"] = false;
  // The logo beside the site's name: the municipality's on its sub-site, else the portal's.
  const Municipality* own = env.scope && env.scope->sub_site() ? env.scope->municipality : nullptr;
  const std::string& logo = own && !own->logo.empty() ? own->logo : site.logo;
  if (logo.empty()) {
    page["site_logo"] = false;
  } else {
    ViewValue site_logo;
    site_logo["src"] = StaticHref(env, logo);
    page["site_logo"] = std::move(site_logo);
  }
  page["search_url"] = Href(env, SearchPageUrl());
  page["search_current"] = env.url == SearchPageUrl();
  page["nav"] = MainMenu(ctx, env);
  page["breadcrumbs"] = Breadcrumbs(ctx, env, title, parents);
  page["home_url"] = Href(env, HomeUrl());
  page["help_url"] = Href(env, HelpUrl());
  // List pages show their cards right under the <h1>: card titles are then <h2>, not <h3>.
  page["top_level_cards"] = false;
  return page;
}

ViewValue FeedLink(std::string href, std::string title) {
  ViewValue feed;
  feed["href"] = std::move(href);
  feed["title"] = std::move(title);
  return feed;
}

ViewValue CalendarLink(const ViewContext& ctx, std::string href, const char* text_key) {
  ViewValue link;
  link["href"] = std::move(href);
  link["text"] = ctx.texts.Get(text_key);
  return link;
}

ViewValue ContactValue(const ViewContext& ctx, const Contact& c) {
  if (c.name.empty() && c.role.empty() && c.phone.empty() && c.email.empty() && c.website.empty() &&
      c.address.empty() && c.facebook.empty()) {
    return ViewValue(false);
  }
  ViewValue contact;
  contact["name"] = ViewValue::TextOrFalse(Prose(ctx, c.name));
  contact["role"] = ViewValue::TextOrFalse(Prose(ctx, c.role));
  contact["phone"] = ViewValue::TextOrFalse(c.phone);
  contact["tel"] = ViewValue::TextOrFalse(TelHref(c.phone));
  contact["email"] = ViewValue::TextOrFalse(c.email);
  contact["mailto"] = ViewValue::TextOrFalse(c.email.empty() ? "" : "mailto:" + c.email);
  contact["website"] = ViewValue::TextOrFalse(c.website);
  contact["address"] = ViewValue::TextOrFalse(c.address);
  contact["facebook"] = ViewValue::TextOrFalse(c.facebook);
  return contact;
}

ViewValue RegistrationValue(const ViewContext& ctx, const Registration& r) {
  if (r.phone.empty() && r.email.empty() && r.url.empty() && r.note.empty()) {
    return ViewValue(false);
  }
  ViewValue reg;
  reg["phone"] = ViewValue::TextOrFalse(r.phone);
  reg["tel"] = ViewValue::TextOrFalse(TelHref(r.phone));
  reg["email"] = ViewValue::TextOrFalse(r.email);
  reg["mailto"] = ViewValue::TextOrFalse(r.email.empty() ? "" : "mailto:" + r.email);
  reg["url"] = ViewValue::TextOrFalse(r.url);
  reg["note"] = ViewValue::TextOrFalse(Prose(ctx, r.note));
  return reg;
}

ViewValue ResourceValue(const ViewContext& ctx, const Resource& r) {
  ViewValue res;
  res["name"] = Prose(ctx, r.name);
  res["phone"] = ViewValue::TextOrFalse(r.phone);
  res["tel"] = ViewValue::TextOrFalse(TelHref(r.phone));
  res["description"] = ViewValue::TextOrFalse(Prose(ctx, r.description));
  res["hours"] = ViewValue::TextOrFalse(Prose(ctx, r.hours));
  res["url"] = ViewValue::TextOrFalse(r.url);
  res["urgent"] = r.urgent;
  return res;
}

std::string MunicipalityName(const ViewContext& ctx, std::string_view slug) {
  auto it = ctx.site.municipalities.find(std::string(slug));
  if (it == ctx.site.municipalities.end()) return std::string(slug);
  return it->second->name;
}

ViewValue MunicipalityLink(const ViewContext& ctx, const PageEnv& env, std::string_view slug) {
  auto it = ctx.site.municipalities.find(std::string(slug));
  if (it == ctx.site.municipalities.end()) return ViewValue(false);
  ViewValue link;
  link["name"] = it->second->name;
  link["url"] = Href(env, MunicipalityUrl(slug));
  return link;
}

ViewValue OrganizationLink(const ViewContext& ctx, const PageEnv& env, std::string_view slug) {
  auto it = ctx.site.organizations.find(std::string(slug));
  if (it == ctx.site.organizations.end()) return ViewValue(false);
  ViewValue link;
  link["name"] = Prose(ctx, it->second->name);
  link["url"] = Href(env, OrganizationUrl(slug));
  return link;
}

ViewValue CategoryLink(const ViewContext& ctx, const PageEnv& env, std::string_view slug) {
  auto it = ctx.site.categories.find(std::string(slug));
  if (it == ctx.site.categories.end()) return ViewValue(false);
  ViewValue link;
  link["name"] = Prose(ctx, it->second->name);
  link["url"] = Href(env, CategoryUrl(slug));
  return link;
}

}  // namespace maillon
