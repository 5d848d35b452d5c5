// The content after cross references are checked and derived collections are computed:
// what the renderer reads. Pointers point into `content`, which never moves.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/content.h"

namespace maillon {

// One dated occurrence of an activity.
struct ActivityOccurrence {
  const Activity* activity = nullptr;
  Occurrence when;
};

// Everything that concerns one municipality.
struct MunicipalityView {
  const Municipality* municipality = nullptr;
  std::vector<const Organization*> organizations;  // serving it (or all), by name
  std::vector<const Activity*> activities;         // held there, by next occurrence
  std::vector<const Supper*> suppers;              // all, in schedule order
  std::vector<const Supper*> upcoming_suppers;     // not past, dated first, then to be confirmed
  std::vector<const Community*> communities;
  std::vector<const NewsItem*> news;               // tagged for it, newest first
};

struct ResolvedSite {
  std::unique_ptr<Content> content;  // news already filtered (drafts, future)
  DateTime now;                      // local time the build treats as "now"
  // The first moment after `now` at which what is published, upcoming or past changes (a news
  // item's date, an occurrence's end, the day after a supper); none when nothing ever will. Up to
  // then, the same content resolves the same: the preview may keep this `now`.
  std::optional<DateTime> changes_at;

  std::map<std::string, const Municipality*> municipalities;  // by slug
  std::map<std::string, const Organization*> organizations;
  std::map<std::string, const Category*> categories;
  std::map<std::string, const Activity*> activities;
  std::map<std::string, const Community*> communities;
  std::map<std::string, const Page*> pages;

  std::vector<const Municipality*> municipalities_by_name;
  std::vector<const Organization*> organizations_by_name;
  std::vector<const NewsItem*> news;               // published, newest first
  std::vector<const Supper*> suppers;              // all, by date (undated last)
  std::vector<const Supper*> upcoming_suppers;     // today or later, or undated and not cancelled
  std::vector<const Supper*> past_suppers;         // most recent first
  std::vector<ActivityOccurrence> upcoming_occurrences;  // from now on, by start
  std::vector<const Activity*> upcoming_activities;      // with an occurrence ending after now
  std::vector<const Activity*> past_activities;          // the rest, most recent first
  std::vector<const Page*> menu_pages;                   // pages with a menu weight, in order
  std::map<std::string, MunicipalityView> by_municipality;  // every municipality has one
  std::map<std::string, std::vector<const Organization*>> organizations_by_category;
  std::map<std::string, std::vector<const Activity*>> activities_by_category;
  std::map<std::string, std::vector<const Supper*>> suppers_by_organization;  // as partner
  std::map<std::string, std::vector<const Activity*>> activities_by_organization;
};

}  // namespace maillon
