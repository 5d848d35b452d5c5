// The content model: plain data that validate/ fills from documents. No I/O, no library types.
// Values a later phase may need to point at keep their SourcePos (Located<T>).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/source_pos.h"
#include "model/dates.h"

namespace maillon {

template <class T>
struct Located {
  T value{};
  SourcePos pos;
};

using LocatedString = Located<std::string>;

// A block of Markdown and where its first line sits in the source file.
struct Markdown {
  std::string text;
  SourcePos pos;  // line of the body's first line (after the front matter)
};

struct Contact {
  std::string name;
  std::string role;
  std::string phone;
  std::string email;
  std::string website;
  std::string address;
  std::string facebook;
};

// How to register for an activity or a supper.
struct Registration {
  std::string phone;
  std::string email;
  std::string url;
  std::string note;  // free text: "Places limitées", "Inscription au bureau municipal"
};

struct Image {
  std::string src;  // path under content/static/ ("images/souper.jpg") or an absolute URL
  std::string alt;  // required: validation refuses an image without it
};

struct Colors {
  std::string primary;  // "#1f5f8b"
  std::string accent;
};

struct NavItem {
  std::string title;
  std::string url;  // a site path ("/soupers/") or an absolute URL
};

struct SiteOptions {
  bool unsafe_html = false;  // raw HTML in Markdown, off unless the site enables it
  int news_per_page = 10;
  int feed_limit = 20;  // newest news per Atom feed: feed readers poll, they do not archive
};

struct Site {
  SourcePos pos;
  std::string title;
  std::string tagline;
  std::string description;
  std::string base_url;  // "https://example.org/portail/"
  std::string language = "fr";
  std::string region;
  std::string timezone = "America/Toronto";
  Contact contact;
  std::vector<NavItem> navigation;
  std::string theme = "default";
  std::string logo;  // beside the portal's name in every page's header (content/static/ path)
  Colors colors;     // the theme's main and accent colours, when the site sets its own
  SiteOptions options;
  LocatedString publisher;  // slug of the organisation that runs the portal (may be empty)
  std::vector<LocatedString> partners;  // organisation slugs shown as partners
};

struct Category {
  std::string slug;
  SourcePos pos;
  std::string name;
  std::string description;
};

struct Municipality {
  std::string slug;
  SourcePos pos;
  std::string name;
  std::string summary;
  Markdown body;
  std::optional<int> population;
  std::string website;
  std::vector<Contact> contacts;  // the local citoyen-maillon or organiser
  std::string logo;
  Colors colors;          // of its sub-site
  std::string site_name;  // its sub-site's name in the header (default: its name)
  std::string tagline;    // the line under it (default: the portal's title)
};

struct Organization {
  std::string slug;
  SourcePos pos;
  std::string name;
  std::string summary;
  Markdown body;
  bool serves_all = false;  // municipalities: all
  std::vector<LocatedString> municipalities;
  std::vector<LocatedString> categories;
  Contact contact;
  std::string hours;
  std::string volunteering;  // volunteer opportunities, Markdown
  std::string logo;
};

enum class Frequency { kWeekly, kMonthly };

struct Recurrence {
  SourcePos pos;
  Frequency every = Frequency::kWeekly;
  int interval = 1;
  // Monthly only: the same weekday rank ("2nd Tuesday") instead of the same day of the month.
  bool by_weekday = false;
  std::optional<Date> until;
  std::optional<int> count;
  std::vector<Date> except;
};

struct Occurrence {
  DateTime start;
  DateTime end;
};

struct Activity {
  std::string slug;
  SourcePos pos;
  std::string title;
  std::string summary;
  Markdown body;
  LocatedString organization;
  LocatedString municipality;
  LocatedString category;
  Located<DateTime> start;
  Located<DateTime> end;
  std::optional<Recurrence> recurrence;
  std::string venue;
  std::string address;
  std::string cost;
  Registration registration;
  std::string accessibility;
  std::vector<Occurrence> occurrences;  // filled by ExpandOccurrences, in date order
};

enum class SupperStatus { kPlanned, kConfirmed, kHeld, kCancelled };

struct Supper {
  SourcePos pos;               // the list item
  std::string schedule_file;   // slug of the suppers/ file it came from
  std::string id;              // stable: "manseau-2026-02-19" or "manseau-3" when undated
  LocatedString municipality;
  std::optional<Date> date;    // nothing: date to be confirmed
  std::optional<Time> time;    // nothing: time to be confirmed
  std::optional<Time> end_time;
  bool tentative = false;      // the date is announced but still to be confirmed
  std::string period;          // when undated: "Hiver 2027"
  std::string venue;
  std::string address;
  std::optional<int> capacity;
  Registration registration;
  std::string theme;
  SupperStatus status = SupperStatus::kPlanned;
  std::vector<LocatedString> partners;  // organisation slugs
  std::string notes;
};

struct Community {
  std::string slug;
  SourcePos pos;
  std::string name;
  std::string summary;  // purpose
  Markdown body;
  LocatedString municipality;
  std::string schedule;  // "Le premier mardi du mois, 19 h"
  Contact contact;
  std::optional<Date> started;
};

struct NewsItem {
  std::string slug;
  SourcePos pos;
  std::string title;
  Located<DateTime> date;  // a date alone means midnight
  bool has_time = false;
  std::string author;
  std::string summary;
  std::optional<Image> image;
  std::vector<std::string> tags;
  std::vector<LocatedString> municipalities;
  bool draft = false;
  Markdown body;
};

struct Page {
  std::string slug;
  SourcePos pos;
  std::string title;
  std::string summary;
  Markdown body;
  std::optional<int> menu_weight;  // shown in the main menu, in this order, when set
};

struct Resource {
  SourcePos pos;
  std::string name;
  std::string phone;
  std::string description;
  std::string hours;
  std::string url;
  bool urgent = false;  // shown in every page's footer
};

// Everything read from content/, validated.
struct Content {
  Site site;
  std::vector<Category> categories;
  std::vector<Municipality> municipalities;
  std::vector<Organization> organizations;
  std::vector<Activity> activities;
  std::vector<Supper> suppers;
  std::vector<Community> communities;
  std::vector<NewsItem> news;
  std::vector<Page> pages;
  std::vector<Resource> resources;
};

const char* ToString(SupperStatus s);  // "planned", "confirmed", "held", "cancelled"

}  // namespace maillon
