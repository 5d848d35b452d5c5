// The machine-readable outputs of the portal, planned beside its pages in one call.
#pragma once

#include <string>
#include <vector>

#include "render/output_plan.h"

namespace maillon {

// Plans the calendars (.ics), Atom feeds, open data (donnees/*.json and .csv), the search index
// (recherche/index.json), sitemap.xml (listing `page_paths`, the pages' output paths) and
// robots.txt, in that order. Each is deterministic: same input, same bytes.
OutputPlans PlanDataOutputs(const ViewContext& ctx, std::vector<std::string> page_paths);

// What municipality `m`'s sub-site holds beside its pages: its calendar (calendrier.ics), the
// calendars beside its suppers' and activities' pages (those in `page_urls`), its news feed
// (nouvelles/atom.xml), sitemap.xml and robots.txt.
OutputPlans PlanMunicipalityDataOutputs(const ViewContext& ctx, const Municipality& m,
                                        const std::vector<std::string>& page_urls,
                                        std::vector<std::string> page_paths);

}  // namespace maillon
