// One entry point for the machine-readable outputs, so that the renderer stays short.
#include "render/outputs.h"

#include "render/output_calendar.h"
#include "render/output_feeds.h"
#include "render/output_open_data.h"
#include "render/output_search_index.h"
#include "render/output_sitemap.h"

namespace maillon {

OutputPlans PlanDataOutputs(const ViewContext& ctx, std::vector<std::string> page_paths) {
  OutputPlans plans;
  if (!ctx.site.content) return plans;
  PlanCalendars(ctx, plans);
  PlanFeeds(ctx, plans);
  PlanOpenData(ctx, plans);
  PlanSearchIndex(ctx, plans);
  PlanSitemap(ctx, std::move(page_paths), plans);
  return plans;
}

}  // namespace maillon
