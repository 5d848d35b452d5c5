// The pipeline driver: each phase in order, stopping where errors make going on pointless.
#include "build/pipeline.h"

#include <filesystem>

#include "build/prepare.h"

#include <cstdio>
#include <cstdlib>

#include "load/content_tree.h"
#include "load/theme.h"
#include "render/link_check.h"
#include "render/page_cache.h"
#include "render/routes.h"
#include "render/render_site.h"
#include "resolve/resolve.h"
#include "validate/validate_content.h"
#include "write/output_dir.h"

namespace maillon {

std::string TimingsText(const PhaseTimings& timings) {
  const char* env = std::getenv("MAILLON_TIMINGS");
  if (!env || std::string_view(env) != "1") return "";
  std::string line;
  for (const auto& [phase, seconds] : timings) {
    char text[64];
    std::snprintf(text, sizeof text, "%s%s %.3f s", line.empty() ? "" : ", ", phase.c_str(),
                  seconds);
    line += text;
  }
  return line;
}

std::string TimingsLine(const BuildResult& result) { return TimingsText(result.timings); }

std::vector<std::string> ThemeOverlays(const BuildOptions& options, const Site& site,
                                       Diagnostics& diags) {
  std::vector<std::string> overlays;
  if (!site.theme.empty() && site.theme != "default") {
    const std::string dir = ThemeBeside(options.theme_dir, site.theme);
    std::error_code ec;
    const bool is_the_theme =
        std::filesystem::path(options.theme_dir).lexically_normal().filename() == site.theme ||
        std::filesystem::path(options.theme_dir).lexically_normal().parent_path().filename() ==
            site.theme;
    if (!dir.empty()) {
      overlays.push_back(dir);
    } else if (!is_the_theme) {
      diags.Error(site.pos, "theme",
                  Text("theme ", "thème ") + Quoted(site.theme) +
                      Text(" not found: expected a folder '" + site.theme + "' beside " +
                               options.theme_dir + ", whose files replace the theme's",
                           " introuvable : attendu : un dossier « " + site.theme + " » à côté de " +
                               options.theme_dir + ", dont les fichiers remplacent ceux du thème"),
                  {"create it, or remove 'theme:' to use " + options.theme_dir + " as it is",
                   "créez-le, ou enlevez « theme: » pour utiliser " + options.theme_dir +
                       " tel quel"});
    }
  }
  const std::string municipality = ThemeBeside(options.theme_dir, options.municipality);
  if (!municipality.empty()) overlays.push_back(municipality);
  return overlays;
}

bool PrepareSite(const BuildOptions& options, Diagnostics& diags, PhaseClock& clock,
                 PreparedSite& out, const std::function<void(const Content&)>& validated) {
  out.loaded = LoadContentTree(options.content_dir, diags, {options.jobs, options.document_cache});
  clock.Lap("load");
  Content content = ValidateContent(out.loaded.documents, diags);
  // Messages in the site's language (French unless site.yaml says otherwise), the load's too.
  diags.set_language(LanguageOf(content.site.language));
  // The theme once site.yaml is read: it may name a theme that shadows the default's files.
  out.theme = LoadTheme(options.theme_dir, diags, ThemeOverlays(options, content.site, diags));
  if (validated) validated(content);
  // The content holds what pages need: the parsed files' data is no longer (only where they
  // are, for the preview to read one again), and on a big site it is hundreds of megabytes.
  for (Document& doc : out.loaded.documents) {
    doc.data = Node();
    std::string().swap(doc.body);
  }
  clock.Lap("validate");
  out.site = Resolve(std::move(content), {options.now, options.drafts}, diags);
  clock.Lap("resolve");
  return !diags.HasErrors();
}

RenderOptions RenderOptionsFor(const BuildOptions& options, const PreparedSite& prepared) {
  RenderOptions render;
  render.base_url = options.base_url;
  render.municipality = options.municipality;
  render.static_files = prepared.loaded.static_files;
  render.static_dir = options.content_dir + "/static";
  render.jobs = options.jobs;
  render.cache = options.page_cache;
  render.memo = options.render_memo;
  render.fragments = options.fragments;
  return render;
}

namespace {

// Renders every file into `sink`, each checked for broken links as it is made; the links are
// reported once all are made (pages a template failed to render would make every link to them
// look broken: then no report).
void RenderInto(const BuildOptions& options, const PreparedSite& p, const Theme& theme,
                OutputSink& sink, BuildResult& result, PhaseClock& clock) {
  Diagnostics& diags = result.diags;
  const RenderOptions render = RenderOptionsFor(options, p);
  SiteRenderer renderer(p.site, theme, render, diags);
  LinkIndex links(renderer.files(), PortalLinkCheckOptions(p.site, theme, render));
  renderer.Make(nullptr, sink, [&](size_t i, std::string_view bytes) { links.Scan(i, bytes); },
                nullptr, diags);
  renderer.Finish(diags);
  clock.Lap("render");
  for (const PlannedFile& file : renderer.files()) {
    if (file.path.ends_with(".html")) ++result.pages;
  }
  result.pages_rendered = result.pages;
  if (options.page_cache) {
    result.pages_rendered = options.page_cache->rendered;
    result.pages_reused = options.page_cache->reused;
  }
  if (!diags.HasErrors()) {
    links.Report(diags, [&](size_t i, std::string& out) {
      return sink.Get(renderer.files()[i].path, out) || renderer.MakeOne(i, out);
    });
  }
  clock.Lap("links");
}

// Prepares, then renders into `sink` when the content has no error.
BuildResult PrepareAndRender(const BuildOptions& options, OutputSink& sink) {
  BuildResult result;
  PhaseClock clock(result.timings);
  PreparedSite prepared;
  if (PrepareSite(options, result.diags, clock, prepared)) {
    RenderInto(options, prepared, prepared.theme, sink, result, clock);
  }
  return result;
}

}  // namespace

BuildResult RenderOnly(const BuildOptions& options) {
  MemorySink sink;
  BuildResult result = PrepareAndRender(options, sink);
  result.site = std::move(sink.site);
  return result;
}

BuildResult Check(const BuildOptions& options) {
  NullSink sink;
  return PrepareAndRender(options, sink);
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
  PhaseClock clock(result.timings);
  PreparedSite prepared;
  if (!PrepareSite(options, result.diags, clock, prepared)) return result;
  OutputFolder folder(write);
  if (!folder.Open(result.diags)) return result;
  if (options.all_municipalities) {
    // One sub-site after the other, each checked on its own; the phases are timed as one.
    PhaseTimings each;
    PhaseClock sub_clock(each);
    for (const Municipality* m : prepared.site.municipalities_by_name) {
      BuildOptions one = options;
      one.municipality = m->slug;
      one.base_url = NormalizeBaseUrl(options.base_url) + m->slug + "/";
      PrefixSink sink(folder, m->slug + "/");
      // Its own theme folder, when it has one, shadows the theme's files (themes/SLUG/).
      const bool own_theme = !ThemeBeside(options.theme_dir, m->slug).empty();
      const Theme theme =
          own_theme ? LoadTheme(options.theme_dir, result.diags,
                                ThemeOverlays(one, prepared.site.content->site, result.diags))
                    : Theme();
      RenderInto(one, prepared, own_theme ? theme : prepared.theme, sink, result, sub_clock);
    }
    clock.Lap("render");
  } else {
    RenderInto(options, prepared, prepared.theme, folder, result, clock);
  }
  if (result.diags.HasErrors()) return result;  // the folder is removed, out_dir untouched
  WriteStats stats;
  if (folder.Commit(&stats, result.diags)) {
    result.written = stats.files;
    result.unchanged = stats.unchanged;
  }
  clock.Lap("write");
  return result;
}

}  // namespace maillon
