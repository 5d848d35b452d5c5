// Pieces shared by the views: the page frame (title, nav, breadcrumbs), dates, contacts and
// the cards that list suppers, activities, news and organisations.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/markdown.h"
#include "render/views.h"

namespace maillon {

// --- Text and links ---

// `text` with French typography when the site is French; as is otherwise.
std::string Prose(const ViewContext& ctx, std::string_view text);
// MarkdownToHtml through ctx.memo.
std::string MemoMarkdown(const ViewContext& ctx, std::string_view markdown,
                         const MarkdownOptions& options);
// The relative href of a site path from the page: "../" + "soupers/".
std::string Href(const PageEnv& env, std::string_view site_path);
// The href of an image or file under content/static/ (or an absolute URL, kept).
std::string StaticHref(const PageEnv& env, std::string_view src);
// The absolute URL of a site path ("https://example.org/portail/soupers/"), for canonical links,
// Open Graph and JSON-LD; empty when the base URL is not an absolute http(s) URL (these need an
// absolute URL or nothing).
std::string PublicUrl(const ViewContext& ctx, std::string_view site_path);
// The absolute URL of an image under content/static/ (absolute URLs are kept), or empty.
std::string PublicStaticUrl(const ViewContext& ctx, std::string_view src);
// A site path as people type it, for print: "moijemimplique.ca/soupers/" (no scheme); empty
// without an absolute base URL.
std::string DisplayUrl(const ViewContext& ctx, std::string_view site_path);
// The search page's site path. routes.h holds the portal's other sections.
std::string SearchPageUrl();
// The iCalendar file written beside each event page and municipality page, and at the site
// root for the whole portal: a page links to its own as "calendrier.ics".
inline constexpr std::string_view kCalendarFile = "calendrier.ics";
// "tel:18662773553" for "1 866 APPELLE", "tel:8192885533" for "819-288-5533 poste 5";
// empty when the text holds no number.
std::string TelHref(std::string_view phone);
// A count as the site's language writes it: "12 500" in French (narrow no-break space),
// "12,500" in English.
std::string CountText(const ViewContext& ctx, long long n);
// "Avril" from "avril": month names start section headings.
std::string UpperFirst(std::string text);
// Markdown as HTML for {{{...}}}, or false when there is no text. Its headings start at level
// `top_level` (2 under the page's <h1>, 3 inside a section): a body whose author wrote "# Title"
// has every heading moved down, so that a page keeps one <h1> and its heading order.
ViewValue BodyHtml(const ViewContext& ctx, const PageEnv& env, std::string_view markdown,
                   int top_level = 2);
// `html` with every heading <hN> moved down `levels` levels (at most to <h6>).
std::string DemoteHeadings(std::string_view html, int levels);
// {title, href}.
ViewValue LinkValue(std::string title, std::string href);

// --- Dates ---

// {datetime: "2026-02-19", date: "jeudi 19 février 2026", time: false}.
ViewValue DateValue(const ViewContext& ctx, const Date& d);
// {datetime: "2026-02-19T17:30-05:00", date: "jeudi 19 février 2026", time: "17 h 30"}.
ViewValue DateTimeValue(const ViewContext& ctx, const DateTime& t);
// An occurrence: start as above, `time` is the range ("de 13 h 30 à 15 h 30") or, across
// days, up to when it lasts.
ViewValue OccurrenceWhen(const ViewContext& ctx, const Occurrence& o);
// The first occurrence that has not ended at `now`, or nullptr.
const Occurrence* NextOccurrence(const Activity& a, const DateTime& now);
// The next `limit` occurrences (by start) of the upcoming activities held in municipality `m`.
std::vector<ActivityOccurrence> UpcomingOccurrencesIn(const ViewContext& ctx,
                                                      const Municipality& m, size_t limit);
// What the resolved site holds for municipality `m` (an empty view for an unknown one).
const MunicipalityView& ViewOf(const ViewContext& ctx, const Municipality& m);

// --- The page frame ---

// A parent in the breadcrumbs: its title and site path.
struct Crumb {
  std::string title;
  std::string url;
};

// The data every page has: title, <title>, description, canonical URL, root, main menu (with
// the current page marked), breadcrumbs (home, `parents`, then the page itself), and the head
// metadata views may refine: og_type ("website"), og_image (false), feeds (the news feed) and
// json_ld (false).
ViewValue PageFrame(const ViewContext& ctx, const PageEnv& env, const std::string& title,
                    std::string_view description, const std::vector<Crumb>& parents);

// A feed for <link rel="alternate">: {href, title}.
ViewValue FeedLink(std::string href, std::string title);
// An "add to my calendar" link, {href, text}: `text_key` names its i18n text.
ViewValue CalendarLink(const ViewContext& ctx, std::string href, const char* text_key);

// --- People and places ---

// {name, role, phone, tel, email, mailto, website, address, facebook} (empty fields false), or
// false when the contact is empty.
ViewValue ContactValue(const ViewContext& ctx, const Contact& c);
// {phone, tel, email, mailto, url, note}, or false when there is nothing to say.
ViewValue RegistrationValue(const ViewContext& ctx, const Registration& r);
// {name, phone, tel, description, hours, url, urgent}.
ViewValue ResourceValue(const ViewContext& ctx, const Resource& r);
// {name, url} of a municipality, or false for an unknown slug.
ViewValue MunicipalityLink(const ViewContext& ctx, const PageEnv& env, std::string_view slug);
// {name, url} of an organisation, or false.
ViewValue OrganizationLink(const ViewContext& ctx, const PageEnv& env, std::string_view slug);
// {name, url} of a category, or false.
ViewValue CategoryLink(const ViewContext& ctx, const PageEnv& env, std::string_view slug);
// The name of a municipality ("Manseau"), or the slug when unknown.
std::string MunicipalityName(const ViewContext& ctx, std::string_view slug);

// --- Directory of organisations ---

// Organisations by category of service: {id, name, url, description, organizations}; with
// `every_category`, categories without organisations are listed too.
ViewValue DirectoryByCategory(const ViewContext& ctx, const PageEnv& env, bool every_category);
// Organisations by municipality, those serving the whole MRC first; with
// `every_municipality`, municipalities without a local organisation are listed too.
ViewValue DirectoryByMunicipality(const ViewContext& ctx, const PageEnv& env,
                                  bool every_municipality);

// --- Cards ---

// "Souper citoyen à Manseau".
std::string SupperTitle(const ViewContext& ctx, const Supper& s);
// "Confirmé", "Annulé"...
std::string SupperStatusLabel(const ViewContext& ctx, SupperStatus status);
// A supper in a list: title, url, municipality, when (or false) and tbc_text, venue, status.
ViewValue SupperCard(const ViewContext& ctx, const PageEnv& env, const Supper& s);
// One dated occurrence of an activity in an agenda.
ViewValue OccurrenceCard(const ViewContext& ctx, const PageEnv& env, const Activity& a,
                         const Occurrence& o);
// An activity in a list, with its next occurrence (or its last one once it is over).
ViewValue ActivityCard(const ViewContext& ctx, const PageEnv& env, const Activity& a);
// "Chaque semaine", "Tous les 2 mois"..., or empty without recurrence.
std::string RecurrenceText(const ViewContext& ctx, const Activity& a);
ViewValue NewsCard(const ViewContext& ctx, const PageEnv& env, const NewsItem& n);
ViewValue OrganizationCard(const ViewContext& ctx, const PageEnv& env, const Organization& o);
ViewValue MunicipalityCard(const ViewContext& ctx, const PageEnv& env, const Municipality& m);
ViewValue CommunityCard(const ViewContext& ctx, const PageEnv& env, const Community& c);

// At most `limit` items of `items` turned into cards by `card`.
template <class T, class F>
ViewValue CardList(const std::vector<T>& items, size_t limit, F card) {
  ViewValue list = ViewValue::List();
  for (size_t i = 0; i < items.size() && i < limit; ++i) list.Push(card(items[i]));
  return list;
}

}  // namespace maillon
