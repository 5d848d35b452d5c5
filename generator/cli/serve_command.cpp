// `maillon serve`: render in memory, serve it, rebuild on every change, stop on Ctrl-C.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/build_options.h"
#include "cli/commands.h"
#include "load/theme.h"
#include "render/routes.h"
#include "serve/preview_server.h"
#include "serve/request_path.h"
#include "serve/site_rebuilder.h"
#include "watch/watcher.h"

namespace maillon {
namespace {

const char* kServeHelp =
    "Usage: maillon serve [options]\n\n"
    "Renders the site in memory and serves it at http://127.0.0.1:8080/ for preview. Every\n"
    "change to the content or theme folder rebuilds it and reloads open pages; when a rebuild\n"
    "fails, the last good site stays up and its pages show the errors. Nothing is written.\n"
    "Ctrl-C stops. Exit status: 0 stopped, 1 content or theme folder missing, 2 wrong usage\n"
    "or the port cannot be used.\n\n";

// Live-reload streams allowed at once: each holds a server thread.
constexpr size_t kMaxEventStreams = 16;

std::vector<FlagSpec> ServeFlagSpecs() {
  std::vector<FlagSpec> specs = {
      {"--port", "PORT", "port to listen on (default: 8080; 0 picks a free one)"},
      {"--bind", "ADDRESS", "address to listen on (default: 127.0.0.1, this computer only)"},
  };
  for (FlagSpec& s : BuildFlagSpecs()) {
    if (s.name == "--base-url") {
      s.help = "address the site will have; the preview serves it under the same path "
               "(https://example.org/portail/ -> http://ADDRESS:PORT/portail/)";
    }
    if (s.name != "--out") specs.push_back(s);
  }
  return specs;
}

// "14:03:27", local time: lines of a long session are easier to match with one's saves.
std::string Clock() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%H:%M:%S", &local);
  return text;
}

std::string Seconds(double s) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f s", s);
  return text;
}

std::string Plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Prints a rebuild's diagnostics like `maillon build`, then one summary line.
void PrintRebuild(const RebuildReport& report, const std::string& cause, bool first) {
  PrintDiagnostics(report.diags);
  std::string line = "[" + Clock() + "] " + cause + ": ";
  if (!report.ok) {
    line += std::string(first ? "build" : "rebuild") + " failed (" +
            Plural(report.diags.error_count(), "error") + ") in " + Seconds(report.seconds) +
            (first ? "; pages show the errors until they are fixed"
                   : "; still serving the last good site");
    std::cerr << line << std::endl;
    return;
  }
  line += report.stylesheets_only ? "styles refreshed" : first ? "built" : "rebuilt";
  line += " (" + std::to_string(report.pages) + " pages";
  if (!first) {
    // The first build renders everything; afterwards, say how much a save cost.
    line += ": " + std::to_string(report.pages_rendered) + " rendered, " +
            std::to_string(report.pages_reused) + " reused";
  }
  line += ") in " + Seconds(report.seconds);
  if (!report.timings.empty()) line += " (" + report.timings + ")";
  std::cout << line << std::endl;
}

bool ParsePort(const std::string& text, int* port) {
  char* end = nullptr;
  errno = 0;
  const long n = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno != 0 || n < 0 || n > 65535) return false;
  *port = static_cast<int>(n);
  return true;
}

// Waits for SIGINT or SIGTERM (blocked in every thread) and stops the server; a second one
// ends the process at once, for a rebuild that will not finish.
void WaitForSignals(const sigset_t& signals, const std::atomic<bool>& done, PreviewServer& server,
                    Watcher& watcher) {
  bool stopping = false;
  const timespec tick{0, 200 * 1000 * 1000};
  while (!done) {
    const int sig = sigtimedwait(&signals, nullptr, &tick);
    if (sig < 0) continue;  // timed out: look at `done` again
    if (stopping) {
      std::cerr << "Stopped without waiting." << std::endl;
      std::_Exit(130);
    }
    stopping = true;
    std::cerr << "\nStopping the preview server." << std::endl;
    watcher.Stop();
    server.Stop();
  }
}

}  // namespace

int RunServeCommand(const std::vector<std::string>& args) {
  const std::vector<FlagSpec> specs = ServeFlagSpecs();
  ParsedArgs parsed = ParseArgs(args, specs);
  if (parsed.help) {
    std::cout << kServeHelp << FlagsHelp(specs);
    return kExitOk;
  }
  BuildOptions options;
  std::string error = parsed.error;
  if (error.empty()) error = BuildOptionsFromArgs(parsed, &options);
  int port = 8080;
  if (error.empty() && parsed.Has("--port") && !ParsePort(*parsed.Get("--port"), &port)) {
    error = "--port expects a number from 0 to 65535, got '" + *parsed.Get("--port") + "'";
  }
  const std::string bind = parsed.Get("--bind").value_or("127.0.0.1");
  if (error.empty() && bind.empty()) error = "--bind expects an address such as 127.0.0.1";
  if (!error.empty()) {
    std::cerr << "maillon serve: " << error << "\n"
              << "Run 'maillon serve --help' for the options.\n";
    return kExitUsage;
  }
  std::error_code ec;
  if (!std::filesystem::is_directory(options.content_dir, ec) ||
      !std::filesystem::is_directory(options.theme_dir, ec)) {
    // Nothing to watch: report it exactly as `maillon build` would.
    PrintDiagnostics(RenderOnly(options).diags);
    return kExitContentErrors;
  }
  if (!IsLoopbackAddress(bind)) {
    std::cerr << "warning: --bind " << bind << " lets other computers on the network see the "
              << "preview; it is meant for this computer (127.0.0.1).\n";
  }

  // Signals are taken by one thread with sigtimedwait: blocked here, before any thread starts,
  // so every thread inherits the mask. A closed browser connection must not kill the server.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  // A site published under a path is previewed under the same path, so that what depends on it
  // (404.html's links, absolute URLs in feeds) works in the preview as it will online.
  PreviewServerOptions server_options;
  server_options.mount = EncodePathForHeader(BasePath(options.base_url));
  EventHub hub(kMaxEventStreams);
  PreviewState state;
  PreviewServer server(&state, &hub, kMaxEventStreams, server_options);
  const int bound = server.Bind(bind, port, &error);
  if (bound < 0) {
    std::cerr << "maillon serve: " << error << "\n";
    return kExitUsage;
  }
  const std::string host = bind.find(':') != std::string::npos ? "[" + bind + "]" : bind;
  const std::string url = "http://" + host + ":" + std::to_string(bound) + server_options.mount;
  options.base_url = url;

  // A sub-site's own theme folder (themes/SLUG/) shadows the theme's files: watched too.
  std::vector<WatchRoot> roots{{options.content_dir, RootRole::kContent},
                               {options.theme_dir, RootRole::kTheme}};
  if (const std::string own = ThemeBeside(options.theme_dir, options.municipality); !own.empty()) {
    roots.push_back({own, RootRole::kTheme});
  }
  Watcher watcher(WatchOptions{std::move(roots)});
  watcher.Start();  // before the first build, so a save during it is not missed
  if (watcher.method() == WatchMethod::kPolling) {
    std::cerr << "Watching for changes by polling every 0.5 s (" << watcher.fallback_reason()
              << ").\n";
  }

  // Ctrl-C during a long first build stops the server before it starts (Run returns at once).
  std::atomic<bool> done{false};
  std::thread signal_thread([&] { WaitForSignals(signals, done, server, watcher); });

  // Without --now, each rebuild takes the time anew: news scheduled for this afternoon appears
  // on the first save after it, as it would on the next real build.
  SiteRebuilder rebuilder(options, !parsed.Has("--now"), &state, &hub);
  PrintRebuild(rebuilder.Rebuild(nullptr), options.content_dir + "/", true);
  std::cout << "Serving " << url << " (Ctrl-C to stop)" << std::endl;

  std::thread rebuild_thread([&] {
    while (!watcher.stopped()) {
      ChangeBatch batch = watcher.WaitForChanges(std::chrono::seconds(1));
      if (batch.empty() || watcher.stopped()) continue;
      PrintRebuild(rebuilder.Rebuild(&batch), batch.Summary(), false);
    }
  });

  const bool served = server.Run();
  watcher.Stop();
  rebuild_thread.join();
  done = true;
  signal_thread.join();
  if (!served) {
    std::cerr << "maillon serve: the server stopped unexpectedly.\n";
    return kExitContentErrors;
  }
  std::cout << "Preview server stopped." << std::endl;
  return kExitOk;
}

}  // namespace maillon
