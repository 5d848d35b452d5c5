// A generated file of the site (calendar, feed, open data, index...) and how to make it: made
// on the render threads beside the pages, and made again alone when only its inputs changed.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diag/source_pos.h"
#include "render/views.h"

namespace maillon {

struct OutputPlan {
  std::string path;          // site path: "calendrier.ics", "donnees/soupers.json"
  const char* content_type;  // "text/calendar; charset=utf-8"
  SourcePos source;          // the content item it shows, for messages; empty for site-wide files
  std::function<std::string(const ViewContext&)> make;  // pure: same site, same bytes
};

using OutputPlans = std::vector<OutputPlan>;

}  // namespace maillon
