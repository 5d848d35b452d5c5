// Atom (RFC 4287) news feeds: nouvelles/atom.xml and municipalites/SLUG/atom.xml.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/text.h"
#include "render/output_plan.h"

namespace maillon {

// XML escaping is EscapeMarkup (model/text.h).
inline std::string XmlEscape(std::string_view text) { return EscapeMarkup(text); }

// An Atom feed titled `title` of the newest `site.options.feed_limit` of `news` (newest first),
// served at the site path `self_path`
// and shown as HTML at `alternate_path`. Absolute URLs everywhere; entries carry their body as
// HTML with absolute links; the feed's <updated> is its newest entry's date (the build's "now"
// when there is none).
std::string AtomFeed(const ViewContext& ctx, std::string_view title, std::string_view self_path,
                     std::string_view alternate_path, const std::vector<const NewsItem*>& news);

// Plans nouvelles/atom.xml (the published news) and municipalites/SLUG/atom.xml (its news).
void PlanFeeds(const ViewContext& ctx, OutputPlans& plans);

}  // namespace maillon
