// SiteRenderer: plan the pages and generated files, compile the theme once, then make files on
// several threads (byte-identical whatever their number) and hand each to the sink at once, so
// that a build holds a few pages in memory, not the site.
#include "render/render_site.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <exception>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "diag/spellcheck.h"
#include "model/parallel.h"
#include "render/markdown.h"
#include "render/outputs.h"
#include "render/read_tracker.h"
#include "render/routes.h"
#include "render/template_lint.h"
#include "render/template_set.h"
#include "render/views.h"

namespace maillon {

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

namespace {

constexpr const char* kHtmlType = "text/html; charset=utf-8";

std::once_flag markdown_once;

// How file i of the site is made: from page plan `plan`, data plan `plan`, or copied.
struct Maker {
  enum class Kind { kPage, kData, kCopy } kind = Kind::kCopy;
  size_t plan = 0;
};

}  // namespace

struct SiteRenderer::State {
  State(const ResolvedSite& s, const Theme& t, const RenderOptions& o)
      : site(s), theme(t), options(o) {}

  const ResolvedSite& site;
  const Theme& theme;
  RenderOptions options;
  I18nTexts texts;
  std::unique_ptr<ViewContext> ctx;
  SiteScope scope;  // the sub-site's, when options.municipality is set
  TemplateSet templates;
  std::vector<TemplateSet> own;  // one copy per render thread: kainjow keeps error state inside
  bool ready = false;
  std::vector<PagePlan> pages;
  OutputPlans data;
  std::vector<PlannedFile> files;
  std::vector<Maker> makers;  // per file
  size_t page_count = 0;
  kainjow::mustache::data shared;  // the data every page shares, converted once
  std::uint64_t inputs_hash = 0;   // of the data all pages share (page cache)
  std::mutex mutex;                // guards `known`, and `templates` in MakeOne
  std::mutex cache_mutex;          // guards options.cache->rendered_urls
  std::set<std::string> known;     // every key the views gave, for the template lint
  std::atomic<size_t> reused{0};

  // Adds file `file` made by `maker`; reports `clash` (at the file's source) when its path is
  // taken, and then leaves it out.
  void AddFile(PlannedFile file, Maker maker, std::unordered_map<std::string, size_t>& taken,
               Diagnostics& diags, const Text& clash, const Text& suggestion) {
    if (!taken.emplace(file.path, files.size()).second) {
      diags.Error(file.source, "", clash, suggestion);
      return;
    }
    files.push_back(std::move(file));
    makers.push_back(maker);
  }

  // Renders page plan `plan` with `own` templates into `html`, or takes it from the page cache
  // when the view hashes (with the templates and shared data) to what it was rendered from.
  // The view is built either way: its keys feed the template lint.
  bool MakePage(const PagePlan& plan, TemplateSet& own, std::set<std::string>& keys,
                std::string& html, std::string& error) {
    try {
      ViewValue view = plan.build(*ctx, EnvFor(*ctx, plan.url));
      CollectKeys(view, keys);
      PageCache* cache = options.cache;
      std::uint64_t hash = 0;
      if (cache) {
        // What the HTML depends on: the shared data, the page's layout and the base layout
        // (partials expanded in both), and the page's own view. A theme edit re-renders only
        // the pages whose layouts it touched.
        Fnv1a fnv;
        fnv.Number(inputs_hash);
        fnv.Text(plan.layout);
        fnv.Number(templates.SourceHash(plan.layout));
        fnv.Number(templates.SourceHash("base"));
        HashViewValue(view, fnv);
        hash = fnv.value();
        if (cache->Lookup(plan.url, hash, html)) {
          ++reused;
          return true;
        }
      }
      const kainjow::mustache::data page = ToMustache(std::move(view));
      std::string content;
      if (plan.standalone) {
        if (!own.Render(plan.layout, {&shared, &page}, html, error)) return false;
        if (cache) cache->Store(plan.url, hash, html);
        return true;
      }
      if (!own.Render(plan.layout, {&shared, &page}, content, error)) return false;
      kainjow::mustache::data frame;
      frame["content"] = std::move(content);
      if (!own.Render("base", {&shared, &page, &frame}, html, error)) return false;
      // Stored only once rendered: the next rebuild must report a failed page's error again.
      if (cache) {
        cache->Store(plan.url, hash, html);
        const std::lock_guard<std::mutex> lock(cache_mutex);
        cache->rendered_urls.insert(plan.url);
      }
      return true;
    } catch (const std::exception& e) {
      error = e.what();
      return false;
    }
  }

  // Makes file `i` (not a copied one) into `bytes`; false with `error` set when it fails.
  bool MakeFile(size_t i, TemplateSet& own, std::set<std::string>& keys, std::string& bytes,
                std::string& error) {
    const Maker& maker = makers[i];
    if (maker.kind == Maker::Kind::kPage) {
      return MakePage(pages[maker.plan], own, keys, bytes, error);
    }
    try {
      bytes = data[maker.plan].make(*ctx);
      return true;
    } catch (const std::exception& e) {
      error = e.what();
      return false;
    }
  }

  Text FailureMessage(size_t i, const std::string& error) const {
    return Text("rendering ", "le rendu de ") + Quoted(files[i].path) +
           Text(" failed: ", " a échoué : ") + error;
  }

  SourcePos FailurePos(size_t i) const {
    const Maker& maker = makers[i];
    if (maker.kind == Maker::Kind::kPage) {
      return FilePos(templates.LayoutPath(pages[maker.plan].layout));
    }
    return files[i].source;
  }
};

SiteRenderer::SiteRenderer(const ResolvedSite& site, const Theme& theme,
                           const RenderOptions& options, Diagnostics& diags)
    : state_(std::make_unique<State>(site, theme, options)) {
  State& s = *state_;
  if (!site.content) return;
  std::call_once(markdown_once, InitMarkdown);  // GFM extensions register globally, once

  const Site& config = site.content->site;
  const std::string lang = config.language.empty() ? "fr" : config.language;
  const bool french = lang == "fr";
  s.texts.Load(theme, lang, french, diags);
  const std::string base_url =
      NormalizeBaseUrl(options.base_url.empty() ? config.base_url : options.base_url);
  s.ctx = std::make_unique<ViewContext>(
      ViewContext{site, s.texts, lang, french, base_url, BasePath(base_url), options.memo,
                  options.fragments});
  const Municipality* sub_site = nullptr;
  if (!options.municipality.empty()) {
    auto found = site.municipalities.find(options.municipality);
    if (found == site.municipalities.end()) {
      std::vector<std::string> slugs;
      for (const auto& [slug, m] : site.municipalities) slugs.push_back(slug);
      diags.Error({}, "--municipality",
                  Text("unknown municipality ", "municipalité inconnue ") +
                      Quoted(options.municipality) +
                      Text("; expected the name of a file in municipalities/ (without extension)",
                           " ; attendu : le nom d'un fichier de municipalities/ (sans extension)"),
                  DidYouMean(ClosestMatches(options.municipality, slugs)));
      return;
    }
    sub_site = found->second;
    s.scope.municipality = sub_site;
    s.scope.portal_url = NormalizeBaseUrl(config.base_url);
    s.ctx->scope = &s.scope;
  }

  const bool compiled = s.templates.Compile(theme, diags);
  s.pages = sub_site ? PlanMunicipalitySite(*s.ctx, *sub_site) : PlanPages(*s.ctx);
  std::set<std::string> missing_layouts;
  for (const PagePlan& plan : s.pages) {
    if (theme.layouts.count(plan.layout) == 0) missing_layouts.insert(plan.layout);
  }
  if (theme.layouts.count("base") == 0) missing_layouts.insert("base");
  for (const std::string& layout : missing_layouts) {
    diags.Error(FilePos(s.templates.LayoutPath(layout)), "",
                Text("the theme has no layout ", "le thème n'a pas de gabarit ") + Quoted(layout) +
                    Text(", which pages need", ", dont des pages ont besoin"));
  }

  // Every file of the site, each path once, in the order of the files() contract.
  std::unordered_map<std::string, size_t> taken;
  std::vector<std::string> page_paths;
  std::vector<std::string> page_urls;
  for (size_t p = 0; p < s.pages.size(); ++p) {
    const PagePlan& plan = s.pages[p];
    const size_t before = s.files.size();
    s.AddFile({OutputPath(plan.url), kHtmlType, plan.pos, ""}, {Maker::Kind::kPage, p}, taken,
              diags, Text("two pages have the URL ", "deux pages ont l'adresse ") + Quoted("/" + plan.url),
              {"give one of them another slug", "donnez un autre identifiant à l'une d'elles"});
    if (s.files.size() > before) {
      if (!plan.standalone) page_paths.push_back(s.files.back().path);  // for the sitemap
      page_urls.push_back(plan.url);
    }
  }
  s.page_count = s.files.size();
  s.data = sub_site ? PlanMunicipalityDataOutputs(*s.ctx, *sub_site, page_urls, page_paths)
                    : PlanDataOutputs(*s.ctx, page_paths);
  for (size_t d = 0; d < s.data.size(); ++d) {
    const OutputPlan& plan = s.data[d];
    s.AddFile({plan.path, plan.content_type, plan.source, ""}, {Maker::Kind::kData, d}, taken,
              diags,
              Text("the generated file ", "le fichier généré ") + Quoted(plan.path) +
                  Text(" has the path of a page", " a le chemin d'une page"),
              {"rename the page or item that uses this path",
               "renommez la page ou l'élément qui utilise ce chemin"});
  }
  for (const auto& [site_path, disk_path] : theme.assets) {
    s.AddFile({site_path, ContentTypeFor(site_path), FilePos(disk_path), disk_path}, {}, taken,
              diags,
              Text("theme asset ", "le fichier du thème ") + Quoted(site_path) +
                  Text(" has the path of a page", " a le chemin d'une page"),
              {});
  }
  for (const std::string& relative : options.static_files) {
    std::string site_path = relative;
    std::replace(site_path.begin(), site_path.end(), '\\', '/');
    const std::string disk_path = options.static_dir + "/" + relative;
    s.AddFile({site_path, ContentTypeFor(site_path), FilePos(disk_path), disk_path}, {}, taken,
              diags,
              Text("static file ", "le fichier statique ") + Quoted(site_path) +
                  Text(" has the path of a page or theme asset",
                       " a le chemin d'une page ou d'un fichier du thème"),
              {"rename or move it", "renommez-le ou déplacez-le"});
  }

  // What a sub-site holds: its pages (by URL) and every file; links to anything else go to the
  // portal (views see this only when they run, after this).
  if (sub_site) {
    s.scope.paths.insert(page_urls.begin(), page_urls.end());
    for (const PlannedFile& file : s.files) s.scope.paths.insert(file.path);
  }

  s.known = ViewVocabulary(s.texts, lang);
  s.known.insert("content");  // set by MakePage for the base layout
  if (!compiled || !missing_layouts.empty()) return;
  const ViewValue shared_view = SharedData(*s.ctx);
  s.shared = ToMustache(shared_view);
  if (options.cache) s.inputs_hash = HashSharedData(shared_view);
  s.ready = true;
}

SiteRenderer::~SiteRenderer() = default;

bool SiteRenderer::ready() const { return state_->ready; }

const std::vector<PlannedFile>& SiteRenderer::files() const { return state_->files; }

size_t SiteRenderer::page_count() const { return state_->page_count; }

size_t SiteRenderer::pages_reused() const { return state_->reused; }

void SiteRenderer::Make(const std::vector<size_t>* which, OutputSink& sink,
                        const MadeFileFn& on_made, FileReads* reads, Diagnostics& diags) {
  State& s = *state_;
  if (!s.ready) return;
  std::vector<size_t> all;
  if (!which) {
    all.resize(s.files.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    which = &all;
  }
  const size_t n = which->size();
  // Generated files first: few but large (the site's calendar, the search index), they would
  // otherwise leave one thread working alone at the end.
  std::vector<size_t> order(n);
  for (size_t k = 0; k < n; ++k) order[k] = k;
  const auto pages = std::stable_partition(order.begin(), order.end(), [&](size_t k) {
    return s.makers[(*which)[k]].kind != Maker::Kind::kPage;
  });
  // Pages come grouped by section ("nouvelles/x/", "nouvelles/y/"...), and the filesystem makes
  // one folder at a time in a given folder: threads that take pages in turn would queue for it.
  // Dealt from as many places in the list as there are threads, they seldom share a folder.
  const size_t threads = WorkerCount(n, s.options.jobs);
  if (threads > 1) {
    const std::vector<size_t> grouped(pages, order.end());
    const size_t stride = (grouped.size() + threads - 1) / threads;
    auto out = pages;
    for (size_t j = 0; j < stride; ++j) {
      for (size_t t = 0; t < threads && j + t * stride < grouped.size(); ++t) {
        *out++ = grouped[j + t * stride];
      }
    }
  }
  if (reads) reads->assign(n, {});
  s.reused = 0;
  if (s.options.cache) s.options.cache->rendered_urls.clear();
  // Each thread works on its own copy of the compiled templates, made once per renderer.
  while (s.own.size() < threads) s.own.push_back(s.templates);
  std::vector<std::set<std::string>> keys(threads);
  std::vector<std::string> errors(n);
  const std::string stopped = ForEachIndex(n, s.options.jobs, [&](size_t o, size_t worker) {
    const size_t k = order[o];
    const size_t i = (*which)[k];
    const PlannedFile& planned = s.files[i];
    OutputFile file{"", planned.copy_from, planned.content_type, planned.source};
    if (s.makers[i].kind != Maker::Kind::kCopy) {
      std::optional<ReadRecorder> recorder;
      if (reads) recorder.emplace();
      if (!s.MakeFile(i, s.own[worker], keys[worker], file.bytes, errors[k])) {
        if (errors[k].empty()) errors[k] = "unknown error";
        return;
      }
      if (reads) (*reads)[k] = recorder->Files();
    }
    if (on_made) on_made(i, file.bytes);
    sink.Put(planned.path, std::move(file));
  });
  for (size_t k = 0; k < n; ++k) {
    if (!errors[k].empty()) {
      diags.Error(s.FailurePos((*which)[k]), "", s.FailureMessage((*which)[k], errors[k]));
    }
  }
  if (!stopped.empty()) {
    diags.Error({}, "", Text("rendering stopped: ", "le rendu s'est arrêté : ") + stopped);
  }
  {
    const std::lock_guard<std::mutex> lock(s.mutex);
    for (const std::set<std::string>& set : keys) s.known.insert(set.begin(), set.end());
  }
  if (PageCache* cache = s.options.cache) {
    size_t pages = 0;
    for (size_t i : *which) pages += s.makers[i].kind == Maker::Kind::kPage;
    cache->reused = s.reused;
    cache->rendered = pages - s.reused;
    if (which == &all) {  // a full make: forget the pages that no longer exist
      std::set<std::string> urls;
      for (const PagePlan& plan : s.pages) urls.insert(plan.url);
      cache->Keep(urls);
    }
  }
}

bool SiteRenderer::MakeOne(size_t index, std::string& out) {
  State& s = *state_;
  if (!s.ready || index >= s.files.size() || s.makers[index].kind == Maker::Kind::kCopy) {
    return false;
  }
  const std::lock_guard<std::mutex> lock(s.mutex);
  std::set<std::string> keys;
  std::string error;
  return s.MakeFile(index, s.templates, keys, out, error);
}

void SiteRenderer::Finish(Diagnostics& diags) {
  State& s = *state_;
  if (!s.site.content) return;
  LintTemplates(s.theme, s.known, s.texts, diags);
  // Without a texts file every text is missing; I18nTexts::Load reported that one problem.
  if (s.texts.loaded()) {
    for (const std::string& key : s.texts.MissingKeys()) {
      diags.Error(FilePos(s.texts.path()), key,
                  Text("the interface text ", "le texte d'interface ") + Quoted(key) +
                      Text(" is missing", " manque"));
    }
  }
  if (s.options.memo) s.options.memo->Sweep();  // keep what this site uses, no more
}

RenderedSite RenderSite(const ResolvedSite& site, const Theme& theme, const RenderOptions& options,
                        Diagnostics& diags) {
  SiteRenderer renderer(site, theme, options, diags);
  MemorySink sink;
  renderer.Make(nullptr, sink, {}, nullptr, diags);
  renderer.Finish(diags);
  return std::move(sink.site);
}

}  // namespace maillon
