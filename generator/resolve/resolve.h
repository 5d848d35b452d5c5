// Cross references, visibility and derived collections.
#pragma once

#include "diag/diagnostics.h"
#include "model/content.h"
#include "resolve/resolved_site.h"

namespace maillon {

struct ResolveOptions {
  DateTime now;         // the local time that decides what is upcoming and what is published
  bool drafts = false;  // include news marked draft: true (preview)
};

// Checks every slug reference (organisation, municipality, category, partner) and reports
// unknown ones with the closest existing slugs; duplicate slugs and page slugs that collide with
// the portal's own sections; warns about organisations that serve no municipality. Hides drafts
// (unless options.drafts) and news dated after `now`. Builds the indexes and collections.
ResolvedSite Resolve(Content content, const ResolveOptions& options, Diagnostics& diags);

}  // namespace maillon
