// One entry point for the machine-readable outputs, so that RenderSite stays short.
#include "render/outputs.h"

#include <set>
#include <string>

#include "render/output_calendar.h"
#include "render/output_feeds.h"
#include "render/output_open_data.h"
#include "render/output_search_index.h"
#include "render/output_sitemap.h"

namespace maillon {

void AddDataOutputs(const ViewContext& ctx, RenderedSite& out, Diagnostics& diags) {
  if (!ctx.site.content) return;
  // RenderSite reported the texts its views missed before calling us; report only ours.
  const std::set<std::string> missing_before = ctx.texts.MissingKeys();
  AddCalendars(ctx, out, diags);
  AddFeeds(ctx, out, diags);
  AddOpenData(ctx, out, diags);
  AddSearchIndex(ctx, out, diags);
  AddSitemap(ctx, out, diags);  // last: it lists the HTML pages, not the outputs above
  if (!ctx.texts.loaded()) return;  // I18nTexts::Load reported the missing file once
  for (const std::string& key : ctx.texts.MissingKeys()) {
    if (missing_before.count(key) == 0) {
      diags.Error(FilePos(ctx.texts.path()), key, "the interface text '" + key + "' is missing");
    }
  }
}

}  // namespace maillon
