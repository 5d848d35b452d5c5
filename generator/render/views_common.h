// Pieces shared by the views: the page frame (title, nav, breadcrumbs), dates, contacts and
// the cards that list suppers, activities, news and organisations.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/views.h"

namespace maillon {

// --- Text and links ---

// `text` with French typography when the site is French; as is otherwise.
std::string Prose(const ViewContext& ctx, std::string_view text);
// The relative href of a site path from the page: "../" + "soupers/".
std::string Href(const PageEnv& env, std::string_view site_path);
// The href of an image or file under content/static/ (or an absolute URL, kept).
std::string StaticHref(const PageEnv& env, std::string_view src);
// "tel:18662773553" for "1 866 APPELLE", "tel:8192885533" for "819-288-5533 poste 5";
// empty when the text holds no number.
std::string TelHref(std::string_view phone);
// "Avril" from "avril": month names start section headings.
std::string UpperFirst(std::string text);
// Markdown as HTML for {{{...}}}, or false when there is no text.
ViewValue BodyHtml(const ViewContext& ctx, const PageEnv& env, std::string_view markdown);
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

// --- The page frame ---

// A parent in the breadcrumbs: its title and site path.
struct Crumb {
  std::string title;
  std::string url;
};

// The data every page has: title, <title>, description, canonical URL, root, main menu (with
// the current page marked), breadcrumbs (home, `parents`, then the page itself).
ViewValue PageFrame(const ViewContext& ctx, const PageEnv& env, const std::string& title,
                    std::string_view description, const std::vector<Crumb>& parents);

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
