// The pipeline driver: each phase in order, stopping where errors make going on pointless.
#include "build/pipeline.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "load/content_tree.h"
#include "load/theme.h"
#include "render/link_check.h"
#include "render/page_cache.h"
#include "render/render_site.h"
#include "resolve/resolve.h"
#include "validate/validate_content.h"
#include "write/output_dir.h"

namespace maillon {

namespace {

// Adds the time since the previous lap (or the start) to `timings` under `phase`.
class PhaseClock {
 public:
  explicit PhaseClock(std::vector<std::pair<std::string, double>>& timings)
      : timings_(timings) {}
  void Lap(const char* phase) {
    const auto now = std::chrono::steady_clock::now();
    timings_.emplace_back(phase, std::chrono::duration<double>(now - last_).count());
    last_ = now;
  }

 private:
  std::vector<std::pair<std::string, double>>& timings_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace

std::string TimingsLine(const BuildResult& result) {
  const char* env = std::getenv("MAILLON_TIMINGS");
  if (!env || std::string_view(env) != "1") return "";
  std::string line;
  for (const auto& [phase, seconds] : result.timings) {
    char text[64];
    std::snprintf(text, sizeof text, "%s%s %.3f s", line.empty() ? "" : ", ", phase.c_str(),
                  seconds);
    line += text;
  }
  return line;
}

BuildResult RenderOnly(const BuildOptions& options) {
  BuildResult result;
  Diagnostics& diags = result.diags;
  PhaseClock clock(result.timings);
  LoadedContent loaded =
      LoadContentTree(options.content_dir, diags, {options.jobs, options.document_cache});
  Theme theme = LoadTheme(options.theme_dir, diags);
  clock.Lap("load");
  Content content = ValidateContent(loaded.documents, diags);
  clock.Lap("validate");
  ResolvedSite site = Resolve(std::move(content), {options.now, options.drafts}, diags);
  clock.Lap("resolve");
  if (diags.HasErrors()) return result;  // every content error is known; pages would be wrong

  RenderOptions render;
  render.base_url = options.base_url;
  render.static_files = loaded.static_files;
  render.static_dir = options.content_dir + "/static";
  render.jobs = options.jobs;
  render.cache = options.page_cache;
  render.memo = options.render_memo;
  result.site = RenderSite(site, theme, render, diags);
  clock.Lap("render");
  if (options.page_cache) {
    result.pages_rendered = options.page_cache->rendered;
    result.pages_reused = options.page_cache->reused;
  }
  // Pages a template failed to render would make every link to them look broken: check after.
  if (!diags.HasErrors()) {
    CheckLinks(result.site, PortalLinkCheckOptions(site, theme, render), diags);
  }
  clock.Lap("links");
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
  write.jobs = options.jobs;
  BuildResult result;
  if (!CheckOutputDir(write, result.diags)) {
    result.bad_output_dir = true;
    return result;
  }

  result = RenderOnly(options);
  if (result.diags.HasErrors()) return result;
  WriteStats stats;
  PhaseClock clock(result.timings);
  if (WriteSiteAtomically(result.site, write, &stats, result.diags)) {
    result.written = stats.files;
    result.unchanged = stats.unchanged;
  }
  clock.Lap("write");
  return result;
}

}  // namespace maillon
