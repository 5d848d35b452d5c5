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

SiteRebuilder::SiteRebuilder(BuildOptions options, bool current_time, PreviewState* state,
                             EventHub* hub)
    : options_(std::move(options)), current_time_(current_time), state_(state), hub_(hub) {
  options_.document_cache = &documents_;
  options_.render_memo = &memo_;
  options_.page_cache = &cache_;
  using namespace std::chrono;
  session_ =
      std::to_string(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

RebuildReport SiteRebuilder::Rebuild(const ChangeBatch* changes) {
  const auto start = std::chrono::steady_clock::now();
  RebuildReport report;
  if (current_time_) options_.now = TorontoFromUnix(static_cast<long long>(std::time(nullptr)));
  BuildResult result = RenderOnly(options_);
  report.pages = result.pages;
  report.pages_rendered = result.pages_rendered;
  report.pages_reused = result.pages_reused;
  report.timings = TimingsLine(result);
  std::shared_ptr<const ServedSite> site;
  if (result.ok()) site = MakeServedSite(std::move(result.site), result.diags);
  report.diags = std::move(result.diags);
  report.ok = site && !report.diags.HasErrors();

  if (report.ok) {
    report.stylesheets_only = last_ok_ && changes && changes->OnlyStylesheets();
    const std::string generation = session_ + "-" + std::to_string(++builds_);
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
