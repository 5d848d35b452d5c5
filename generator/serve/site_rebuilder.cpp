// SiteRebuilder: RenderOnly, then swap or keep, then tell the open pages.
#include "serve/site_rebuilder.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <map>
#include <vector>

#include "model/dates.h"
#include "serve/live_reload.h"

namespace maillon {

std::string DiagnosticsReport(const Diagnostics& diags) {
  // Same source lines as the terminal (cli's PrintDiagnostics): the overlay and the terminal
  // must show one text, so volunteers can match them.
  std::map<std::string, std::vector<std::string>> cache;
  auto source_line = [&cache](const std::string& path, int line) -> std::string {
    auto it = cache.find(path);
    if (it == cache.end()) {
      std::vector<std::string> lines;
      std::ifstream in(path, std::ios::binary);
      for (std::string l; std::getline(in, l);) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        lines.push_back(l);
      }
      it = cache.emplace(path, std::move(lines)).first;
    }
    if (line < 1 || line > static_cast<int>(it->second.size())) return "";
    std::string text = it->second[line - 1];
    if (line == 1 && text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // BOM
    return text.size() > 300 ? "" : text;
  };
  std::string text = FormatText(diags, source_line);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

SiteRebuilder::SiteRebuilder(BuildOptions options, bool current_time, PreviewState* state,
                             EventHub* hub)
    : options_(std::move(options)), current_time_(current_time), state_(state), hub_(hub) {
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
