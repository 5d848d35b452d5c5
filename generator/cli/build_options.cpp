// Shared build flags and diagnostic printing.
#include "cli/build_options.h"

#include <ctime>
#include <iostream>
#include <thread>

#include "load/source_lines.h"

namespace maillon {

std::vector<FlagSpec> BuildFlagSpecs() {
  return {
      {"--content", "DIR", "content folder (default: content)"},
      {"--theme", "DIR", "theme folder (default: themes/default)"},
      {"--out", "DIR", "output folder (default: site)"},
      {"--base-url", "URL", "public address of the site (default: base_url in site.yaml)"},
      {"--municipality", "SLUG",
       "one municipality's sub-site rather than the portal (its home, its suppers, activities, "
       "organisations and news; links to the rest go to the portal)"},
      {"--drafts", "", "include news marked draft: true"},
      {"--jobs", "N", "work on N threads (default: one per core)"},
      {"--now", "DATETIME",
       "treat DATETIME (America/Toronto, e.g. 2026-11-25T09:00) as the current time, for "
       "reproducible builds and tests"},
  };
}

std::string BuildOptionsFromArgs(const ParsedArgs& args, BuildOptions* o) {
  if (!args.positional.empty()) return "unexpected argument '" + args.positional[0] + "'";
  if (auto v = args.Get("--content")) o->content_dir = *v;
  if (auto v = args.Get("--theme")) o->theme_dir = *v;
  if (auto v = args.Get("--out")) o->out_dir = *v;
  if (auto v = args.Get("--base-url")) {
    if (!v->starts_with("http://") && !v->starts_with("https://") && !v->starts_with("/")) {
      return "--base-url '" + *v + "' must start with https://, http:// or /";
    }
    o->base_url = *v;
    if (!o->base_url.ends_with("/")) o->base_url += '/';
  }
  if (auto v = args.Get("--municipality")) {
    if (v->empty()) return "--municipality expects a municipality's slug, e.g. manseau";
    o->municipality = *v;
  }
  o->drafts = args.Has("--drafts");
  o->jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (auto v = args.Get("--jobs")) {
    char* end = nullptr;
    long n = std::strtol(v->c_str(), &end, 10);
    if (v->empty() || *end != '\0' || n < 1 || n > 256) {
      return "--jobs expects a number from 1 to 256, got '" + *v + "'";
    }
    o->jobs = static_cast<int>(n);
  }
  return NowFromArg(args.Get("--now").value_or(""), &o->now);
}

std::string NowFromArg(const std::string& given, DateTime* now) {
  if (given.empty()) {
    *now = TorontoFromUnix(static_cast<long long>(std::time(nullptr)));
    return "";
  }
  const std::optional<DateTime> parsed = ParseDateTime(given);
  if (!parsed) return "--now expects a date and time like 2026-11-25T09:00, got '" + given + "'";
  *now = *parsed;
  return "";
}

void PrintDiagnostics(const Diagnostics& diags) {
  std::cerr << FormatText(diags, DiskSourceLines());
}

}  // namespace maillon
