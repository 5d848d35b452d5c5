// The machine-readable outputs of the portal, added beside its pages in one call.
#pragma once

#include "diag/diagnostics.h"
#include "render/rendered_site.h"
#include "render/views.h"

namespace maillon {

// Adds the calendars (.ics), Atom feeds, sitemap.xml, robots.txt, open data (donnees/*.json and
// .csv) and the search index (recherche/index.json) to `out`, which must already hold the
// rendered pages (the sitemap lists them). Reports interface texts these outputs need that the
// theme lacks, and outputs whose path a page already has. Deterministic: same input, same bytes.
void AddDataOutputs(const ViewContext& ctx, RenderedSite& out, Diagnostics& diags);

}  // namespace maillon
