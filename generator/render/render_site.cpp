// RenderSite: plan the pages, compile the theme once, render every page (on several threads if
// asked, with byte-identical output), add the theme's assets and the content's static files,
// and lint the templates.
#include "render/render_site.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <exception>
#include <mutex>
#include <set>

#include "model/parallel.h"
#include "render/markdown.h"
#include "render/outputs.h"
#include "render/routes.h"
#include "render/template_lint.h"
#include "render/template_set.h"
#include "render/views.h"

namespace maillon {

namespace {

// The media type a file is served with, by extension (the preview server and some hosts
// need it); "application/octet-stream" when unknown.
std::string ContentTypeFor(std::string_view path) {
  const size_t slash = path.rfind('/');
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return "application/octet-stream";
  }
  std::string ext;
  for (char c : path.substr(dot + 1)) ext += char(std::tolower(static_cast<unsigned char>(c)));
  static const std::pair<const char*, const char*> kTypes[] = {
      {"html", "text/html; charset=utf-8"},
      {"htm", "text/html; charset=utf-8"},
      {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"json", "application/json"},
      {"xml", "application/xml"},
      {"txt", "text/plain; charset=utf-8"},
      {"ics", "text/calendar; charset=utf-8"},
      {"svg", "image/svg+xml"},
      {"png", "image/png"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},
      {"webp", "image/webp"},
      {"avif", "image/avif"},
      {"ico", "image/x-icon"},
      {"pdf", "application/pdf"},
      {"woff", "font/woff"},
      {"woff2", "font/woff2"},
      {"webmanifest", "application/manifest+json"},
  };
  for (const auto& [known, type] : kTypes) {
    if (ext == known) return type;
  }
  return "application/octet-stream";
}

// What rendering one page produced; kept per page so that results merge in plan order.
struct PageResult {
  std::string html;
  std::string error;
  std::set<std::string> keys;
  bool reused = false;  // taken from the page cache rather than rendered
};

// Renders one page, or takes its HTML from `cache` when the page's view hashes (together with
// `inputs_hash`: templates and shared data) to what the cached HTML was rendered from. The view
// is built either way: its keys feed the template lint, and it is what tells a change.
void RenderOnePage(const ViewContext& ctx, const PagePlan& plan,
                   const kainjow::mustache::data& shared, TemplateSet& templates,
                   PageCache* cache, std::uint64_t inputs_hash, PageResult& result) {
  try {
    const ViewValue view = plan.build(ctx, EnvFor(ctx, plan.url));
    CollectKeys(view, result.keys);
    std::uint64_t hash = 0;
    if (cache) {
      Fnv1a fnv;
      fnv.Number(inputs_hash);
      fnv.Text(plan.layout);
      HashViewValue(view, fnv);
      hash = fnv.value();
      if (cache->Lookup(plan.url, hash, result.html)) {
        result.reused = true;
        return;
      }
    }
    const kainjow::mustache::data page = ToMustache(view);
    std::string content;
    if (!templates.Render(plan.layout, {&shared, &page}, content, result.error)) return;
    kainjow::mustache::data frame;
    frame["content"] = std::move(content);
    // A failed page is not stored: the next rebuild must report its error again.
    if (templates.Render("base", {&shared, &page, &frame}, result.html, result.error) && cache) {
      cache->Store(plan.url, hash, result.html);
    }
  } catch (const std::exception& e) {
    result.error = e.what();
  }
}

// Renders every plan into `results` (same order) on `jobs` threads. Each thread works on its
// own copy of the compiled templates: kainjow keeps error state inside a template.
void RenderPages(const ViewContext& ctx, const std::vector<PagePlan>& plans,
                 const kainjow::mustache::data& shared, const TemplateSet& templates, int jobs,
                 PageCache* cache, std::uint64_t inputs_hash, std::vector<PageResult>& results) {
  results.assign(plans.size(), PageResult{});
  std::vector<TemplateSet> own(WorkerCount(plans.size(), jobs), templates);
  ForEachIndex(plans.size(), jobs, [&](size_t i, size_t worker) {
    RenderOnePage(ctx, plans[i], shared, own[worker], cache, inputs_hash, results[i]);
  });
}

void AddCopiedFiles(const Theme& theme, const RenderOptions& options, RenderedSite& out,
                    Diagnostics& diags) {
  for (const auto& [site_path, disk_path] : theme.assets) {
    if (!out.files
             .emplace(site_path,
                      OutputFile{"", disk_path, ContentTypeFor(site_path), FilePos(disk_path)})
             .second) {
      diags.Error(FilePos(disk_path), "", "theme asset '" + site_path + "' has the path of a page");
    }
  }
  for (const std::string& relative : options.static_files) {
    std::string site_path = relative;
    std::replace(site_path.begin(), site_path.end(), '\\', '/');
    const std::string disk_path = options.static_dir + "/" + relative;
    if (!out.files
             .emplace(site_path,
                      OutputFile{"", disk_path, ContentTypeFor(site_path), FilePos(disk_path)})
             .second) {
      diags.Error(FilePos(disk_path), "",
                  "static file '" + site_path + "' has the path of a page or theme asset",
                  "rename or move it");
    }
  }
}

std::once_flag markdown_once;

}  // namespace

RenderedSite RenderSite(const ResolvedSite& site, const Theme& theme, const RenderOptions& options,
                        Diagnostics& diags) {
  RenderedSite out;
  if (options.cache) {
    options.cache->rendered = options.cache->reused = 0;
    options.cache->rendered_urls.clear();
  }
  if (!site.content) return out;
  std::call_once(markdown_once, InitMarkdown);  // GFM extensions register globally, once

  const Site& s = site.content->site;
  const std::string lang = s.language.empty() ? "fr" : s.language;
  const bool french = lang == "fr";
  I18nTexts texts;
  texts.Load(theme, lang, french, diags);
  const std::string base_url =
      NormalizeBaseUrl(options.base_url.empty() ? s.base_url : options.base_url);
  RenderMemo own_memo;
  RenderMemo* memo = options.memo ? options.memo : &own_memo;
  const ViewContext ctx{site, texts, lang, french, base_url, BasePath(base_url), memo};

  TemplateSet templates;
  const bool compiled = templates.Compile(theme, diags);
  const std::vector<PagePlan> plans = PlanPages(ctx);

  std::set<std::string> missing_layouts;
  for (const PagePlan& plan : plans) {
    if (theme.layouts.count(plan.layout) == 0) {
      missing_layouts.insert(plan.layout);
    }
  }
  if (theme.layouts.count("base") == 0) missing_layouts.insert("base");
  for (const std::string& layout : missing_layouts) {
    diags.Error(FilePos(templates.LayoutPath(layout)), "",
                "the theme has no layout '" + layout + "', which pages need");
  }

  std::set<std::string> known = ViewVocabulary(texts, lang);
  known.insert("content");  // set by RenderSite for the base layout
  if (compiled && missing_layouts.empty()) {
    const ViewValue shared_view = SharedData(ctx);
    const kainjow::mustache::data shared = ToMustache(shared_view);
    const std::uint64_t inputs_hash =
        options.cache ? HashRenderInputs(theme, shared_view) : std::uint64_t{0};
    std::vector<PageResult> results;
    RenderPages(ctx, plans, shared, templates, options.jobs, options.cache, inputs_hash, results);
    if (options.cache) {
      std::set<std::string> urls;
      for (size_t i = 0; i < plans.size(); ++i) {
        urls.insert(plans[i].url);
        if (results[i].reused) {
          ++options.cache->reused;
        } else {
          ++options.cache->rendered;
          options.cache->rendered_urls.insert(plans[i].url);
        }
      }
      options.cache->Keep(urls);
    }
    for (size_t i = 0; i < plans.size(); ++i) {
      known.insert(results[i].keys.begin(), results[i].keys.end());
      if (!results[i].error.empty()) {
        diags.Error(FilePos(templates.LayoutPath(plans[i].layout)), "",
                    "rendering '" + OutputPath(plans[i].url) + "' failed: " + results[i].error);
        continue;
      }
      const std::string path = OutputPath(plans[i].url);
      if (out.files.count(path)) {
        diags.Error(plans[i].pos, "", "two pages have the URL '/" + plans[i].url + "'",
                    "give one of them another slug");
        continue;
      }
      out.files[path] =
          OutputFile{std::move(results[i].html), "", "text/html; charset=utf-8", plans[i].pos};
    }
  }
  LintTemplates(theme, known, texts, diags);
  // Without a texts file every text is missing; I18nTexts::Load reported that one problem.
  if (texts.loaded()) {
    for (const std::string& key : texts.MissingKeys()) {
      diags.Error(FilePos(texts.path()), key, "the interface text '" + key + "' is missing");
    }
  }
  AddDataOutputs(ctx, out, diags);
  AddCopiedFiles(theme, options, out, diags);
  if (options.memo) options.memo->Sweep();  // keep what this site uses, no more
  return out;
}

}  // namespace maillon
