// The static search index read by the /recherche/ page's script: recherche/index.json.
//
// Shape (a contract with the search page; change both together):
//   [ { "title":          string   what the result is called, as the page shows it
//       "summary":        string   one line under the title; "" when there is none
//       "kind":           string   "municipality" | "organization" | "activity" | "supper" |
//                                  "community" | "news" | "page" | "category"
//       "municipality":   [string] names of the municipalities it concerns; [] when none; for
//                                  an organisation serving the whole MRC, one label (the theme's
//                                  index_all_municipalities, "Toute la MRC")
//       "categories":     [string] category names (a news item's tags); [] when none
//       "url":            string   site path relative to the site root, ending with '/':
//                                  "organismes/cab-mrc-becancour/" (prefix it with the page's
//                                  root, e.g. "../", to link)
//       "text":           string   lowercase, accents folded (FoldAccents), single spaces: the
//                                  title, summary, municipality and category names, for
//                                  matching a query folded the same way
//     }, ... ]
// Entries come in a stable order: by kind in the order above, then as the site lists them.
// The file is one compact line of UTF-8 JSON.
#pragma once

#include "render/output_plan.h"

namespace maillon {

// The index as JSON text, in the shape above.
std::string SearchIndexJson(const ViewContext& ctx);

// Plans recherche/index.json.
void PlanSearchIndex(const ViewContext& ctx, OutputPlans& plans);

}  // namespace maillon
