// The pipeline driver: each phase in order, stopping where errors make going on pointless.
#include "build/pipeline.h"

#include "load/content_tree.h"
#include "load/theme.h"
#include "render/link_check.h"
#include "render/page_cache.h"
#include "render/render_site.h"
#include "resolve/resolve.h"
#include "validate/validate_content.h"
#include "write/output_dir.h"

namespace maillon {

BuildResult RenderOnly(const BuildOptions& options) {
  BuildResult result;
  Diagnostics& diags = result.diags;
  LoadedContent loaded = LoadContentTree(options.content_dir, diags);
  Theme theme = LoadTheme(options.theme_dir, diags);
  Content content = ValidateContent(loaded.documents, diags);
  ResolvedSite site = Resolve(std::move(content), {options.now, options.drafts}, diags);
  if (diags.HasErrors()) return result;  // every content error is known; pages would be wrong

  RenderOptions render;
  render.base_url = options.base_url;
  render.static_files = loaded.static_files;
  render.static_dir = options.content_dir + "/static";
  render.jobs = options.jobs;
  render.cache = options.page_cache;
  result.site = RenderSite(site, theme, render, diags);
  if (options.page_cache) {
    result.pages_rendered = options.page_cache->rendered;
    result.pages_reused = options.page_cache->reused;
  }
  // Pages a template failed to render would make every link to them look broken: check after.
  if (!diags.HasErrors()) {
    CheckLinks(result.site, PortalLinkCheckOptions(site, theme, render), diags);
  }
  for (const auto& [path, file] : result.site.files) {
    if (path.ends_with(".html")) ++result.pages;
  }
  if (!options.page_cache) result.pages_rendered = result.pages;
  return result;
}

BuildResult Build(const BuildOptions& options) {
  WriteOptions write;
  write.out_dir = options.out_dir;
  write.protected_dirs = {options.content_dir, options.theme_dir};
  BuildResult result;
  if (!CheckOutputDir(write, result.diags)) {
    result.bad_output_dir = true;
    return result;
  }

  result = RenderOnly(options);
  if (result.diags.HasErrors()) return result;
  WriteStats stats;
  if (WriteSiteAtomically(result.site, write, &stats, result.diags)) {
    result.written = stats.files;
    result.unchanged = stats.unchanged;
  }
  return result;
}

}  // namespace maillon
