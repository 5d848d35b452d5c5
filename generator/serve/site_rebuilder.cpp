// SiteRebuilder: RenderOnly, then swap or keep, then tell the open pages.
#include "serve/site_rebuilder.h"

#include <chrono>
#include <ctime>
#include <vector>

#include "load/source_lines.h"
#include "model/dates.h"
#include "serve/live_reload.h"

namespace maillon {

std::string DiagnosticsReport(const Diagnostics& diags) {
  // Same source lines as the terminal (cli's PrintDiagnostics): the overlay and the terminal
  // must show one text, so volunteers can match them.
  std::string text = FormatText(diags, DiskSourceLines());
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

namespace {

// The watcher's batch as the session needs it: content and copied files modified in place, or
// other.
SourceChanges SourceChangesOf(const ChangeBatch& batch) {
  SourceChanges changes;
  for (const Change& c : batch.changes) {
    const bool modified = c.type == ChangeType::kModified;
    if (modified && c.kind == ChangeKind::kContent) {
      changes.modified.push_back(c.path);
    } else if (modified && (c.kind == ChangeKind::kThemeAsset || c.kind == ChangeKind::kStatic)) {
      changes.copied.push_back(c.path);
    } else {
      changes.others = true;
    }
  }
  return changes;
}

}  // namespace

SiteRebuilder::SiteRebuilder(BuildOptions options, bool current_time, PreviewState* state,
                             EventHub* hub)
    : options_(options), current_time_(current_time), state_(state), hub_(hub),
      session_(std::move(options)) {
  using namespace std::chrono;
  run_ = std::to_string(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

RebuildReport SiteRebuilder::Rebuild(const ChangeBatch* changes) {
  const auto start = std::chrono::steady_clock::now();
  RebuildReport report;
  const DateTime now = current_time_ ? TorontoFromUnix(static_cast<long long>(std::time(nullptr)))
                                     : options_.now;
  const SourceChanges source = changes ? SourceChangesOf(*changes) : SourceChanges{};
  SessionBuild build = session_.Build(now, changes ? &source : nullptr);
  report.pages = build.pages;
  report.pages_rendered = build.pages_rendered;
  report.pages_reused = build.pages_reused;
  report.incremental = build.incremental;
  report.timings = TimingsText(build.timings);
  std::shared_ptr<const ServedSite> site;
  if (build.ok) {
    const PreviewSnapshot current = state_->Get();
    site = build.incremental && current.site
               ? UpdateServedSite(*current.site, std::move(build.files), build.diags)
               : MakeServedSite(std::move(build.files), build.diags);
  }
  report.diags = std::move(build.diags);
  report.ok = site && !report.diags.HasErrors();
  // What is served must be what the session knows, or its next update would patch another site.
  if (build.ok && !report.ok) session_.Forget();

  if (report.ok) {
    report.stylesheets_only = last_ok_ && changes && changes->OnlyStylesheets();
    const std::string generation = run_ + "-" + std::to_string(++builds_);
    state_->SetSite(std::move(site), generation);
    hub_->Publish(SseMessage(report.stylesheets_only ? "css" : "reload", generation));
  } else {
    std::string text = DiagnosticsReport(report.diags);
    state_->SetError(text);
    hub_->Publish(SseMessage("error", text));
  }
  last_ok_ = report.ok;
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace maillon
