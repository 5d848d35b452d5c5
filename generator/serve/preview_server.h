// The preview's HTTP server (the only cpp-httplib user): pages from memory, live-reload events.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "serve/event_hub.h"
#include "serve/preview_site.h"

namespace maillon {

struct PreviewServerOptions {
  // Threads for page requests, on top of one per possible event stream (EventHub's cap), so
  // open pages' streams can never starve page requests. 0: max(8, number of cores).
  size_t page_threads = 0;
  // How often an idle event stream gets a comment, which also finds streams whose page closed.
  std::chrono::milliseconds ping_interval{15000};
  // Where the site is served: "/", or the base URL's path ("/portail/"), see AnswerRequest.
  std::string mount = "/";
};

// True for "localhost", 127.0.0.0/8 and ::1: addresses other machines cannot reach.
bool IsLoopbackAddress(const std::string& host);

class PreviewServer {
 public:
  // `state` and `hub` must outlive the server; `max_streams` is the hub's cap.
  PreviewServer(PreviewState* state, EventHub* hub, size_t max_streams,
                PreviewServerOptions options = {});
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  // Binds `host`:`port`; port 0 lets the system pick a free one. Returns the port bound, or -1
  // with `error` saying why (port in use, address not on this machine, permission).
  int Bind(const std::string& host, int port, std::string* error);

  // Answers requests until Stop(). Returns false when serving failed for another reason.
  bool Run();

  // Ends Run() from any thread, even one racing its start: event streams finish, the socket
  // closes, and Run returns once requests in progress are answered.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace maillon
