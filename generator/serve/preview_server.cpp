// PreviewServer: cpp-httplib wired to the in-memory site, the live-reload script and events.
#include "serve/preview_server.h"

#include <httplib.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>

#include "serve/live_reload.h"
#include "serve/request_path.h"

namespace maillon {

namespace {

// Debian compiles httplib with a listen backlog of 5: a browser opening a dozen connections at
// once, or a load test, would see refused or delayed connections. listen() again raises it.
constexpr int kListenBacklog = 128;

// httplib's Server with access to its listening socket.
class HttpServer : public httplib::Server {
 public:
  int listening_socket() const { return svr_sock_; }
};

// Why binding host:port fails, in words: httplib only says that it did.
std::string WhyBindFails(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  const std::string service = std::to_string(port);
  if (int rc = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &found); rc != 0) {
    return std::string("unknown address (") + ::gai_strerror(rc) + ")";
  }
  std::string why = "cannot bind";
  for (addrinfo* ai = found; ai; ai = ai->ai_next) {
    const int sock = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
    if (sock < 0) continue;
    const int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    const int rc = ::bind(sock, ai->ai_addr, ai->ai_addrlen);
    const int e = errno;
    ::close(sock);
    if (rc == 0) continue;
    if (e == EADDRINUSE) {
      why = "the port is already in use; choose another with --port, or --port 0 for any free one";
    } else if (e == EADDRNOTAVAIL) {
      why = "the address is not one of this machine's";
    } else if (e == EACCES) {
      why = "permission denied (ports below 1024 need privileges)";
    } else {
      why = std::strerror(e);
    }
    break;
  }
  ::freeaddrinfo(found);
  return why;
}

}  // namespace

bool IsLoopbackAddress(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

struct PreviewServer::Impl {
  PreviewState* state;
  EventHub* hub;
  size_t max_streams;
  PreviewServerOptions options;
  HttpServer http;
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> run_finished{false};

  void SetUp();
  httplib::Server::HandlerResponse Answer(const httplib::Request& req, httplib::Response& res);
  void OpenEventStream(httplib::Response& res);
};

void PreviewServer::Impl::SetUp() {
  size_t pages = options.page_threads;
  if (pages == 0) pages = std::max<size_t>(8, std::thread::hardware_concurrency());
  const size_t threads = pages + max_streams;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, with which a second server on the
  // same port would start and silently share it instead of reporting the port as taken.
  http.set_socket_options([](socket_t sock) {
    const int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  // Headers and body go out in separate writes: without this, Nagle's algorithm holds the body
  // for the client's delayed ACK, some 40 ms per response.
  http.set_tcp_nodelay(true);
  // An idle browser connection holds a thread until this passes, and delays stopping as long.
  http.set_keep_alive_timeout(2);
  http.set_payload_max_length(64 * 1024);  // the preview reads no request body
  http.set_pre_routing_handler(
      [this](const httplib::Request& req, httplib::Response& res) { return Answer(req, res); });
}

httplib::Server::HandlerResponse PreviewServer::Impl::Answer(const httplib::Request& req,
                                                             httplib::Response& res) {
  // Every response is built here from the in-memory site: no route, mount point or file
  // handler of httplib ever sees a request, so none of them can map one onto the disk.
  res.set_header("Cache-Control", "no-store");
  res.set_header("X-Content-Type-Options", "nosniff");
  if (req.method == "GET") {
    const std::optional<std::string> path = NormalizeRequestPath(req.target);
    if (path && "/" + *path == kEventsUrl) {
      OpenEventStream(res);
      return httplib::Server::HandlerResponse::Handled;
    }
  }
  PreviewResponse answer = AnswerRequest(state->Get(), req.method, req.target, options.mount);
  res.status = answer.status;
  if (!answer.location.empty()) res.set_header("Location", answer.location);
  if (!answer.allow.empty()) res.set_header("Allow", answer.allow);
  res.set_content(std::move(answer.body), answer.content_type);
  return httplib::Server::HandlerResponse::Handled;
}

void PreviewServer::Impl::OpenEventStream(httplib::Response& res) {
  if (!hub->OpenStream()) {
    res.status = 503;
    res.set_header("Retry-After", "5");
    res.set_content("Too many live-reload streams are open; close some preview tabs.\n",
                    "text/plain; charset=utf-8");
    return;
  }
  struct Stream {
    std::uint64_t next = 0;
    bool greeted = false;
  };
  auto stream = std::make_shared<Stream>();
  stream->next = hub->NextSequence();
  EventHub* events = hub;
  PreviewState* site_state = state;
  const auto ping = options.ping_interval;
  res.set_chunked_content_provider(
      "text/event-stream",
      [stream, events, site_state, ping](size_t, httplib::DataSink& sink) {
        std::string out;
        if (!stream->greeted) {
          stream->greeted = true;
          // retry: reconnect quickly after a restart; hello: which site this server shows, so
          // that a page served before a rebuild reloads; then the current error, if any, so
          // that a page served before a failed rebuild shows it.
          const PreviewSnapshot now = site_state->Get();
          out = "retry: 1000\n\n" +
                SseMessage("hello", now.generation.empty() ? "none" : now.generation);
          if (now.error) out += SseMessage("error", *now.error);
        } else {
          std::vector<std::string> messages;
          if (!events->WaitForMessages(&stream->next, ping, &messages)) {
            sink.done();  // stopping: end the stream cleanly
            return true;
          }
          for (const std::string& m : messages) out += m;
          if (out.empty()) out = ": ping\n\n";
        }
        // A failed write means the page went away: returning false ends the stream.
        return sink.write(out.data(), out.size());
      },
      [events](bool) { events->CloseStream(); });
}

PreviewServer::PreviewServer(PreviewState* state, EventHub* hub, size_t max_streams,
                             PreviewServerOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->state = state;
  impl_->hub = hub;
  impl_->max_streams = max_streams;
  impl_->options = options;
  impl_->SetUp();
}

PreviewServer::~PreviewServer() = default;

int PreviewServer::Bind(const std::string& host, int port, std::string* error) {
  int bound = -1;
  if (port == 0) {
    bound = impl_->http.bind_to_any_port(host);
  } else if (impl_->http.bind_to_port(host, port)) {
    bound = port;
  }
  if (bound <= 0) {
    *error =
        "cannot listen on " + host + ":" + std::to_string(port) + ": " + WhyBindFails(host, port);
    return -1;
  }
  ::listen(impl_->http.listening_socket(), kListenBacklog);
  return bound;
}

bool PreviewServer::Run() {
  if (impl_->stop_requested) return true;
  const bool ok = impl_->http.listen_after_bind();
  impl_->run_finished = true;
  return ok || impl_->stop_requested;
}

void PreviewServer::Stop() {
  impl_->stop_requested = true;
  impl_->hub->Shutdown();
  impl_->http.stop();
  // stop() does nothing before Run has started listening: shutting the socket down makes that
  // start end at once instead of serving forever. Once Run is over the number may name
  // another file, so it is left alone.
  const int sock = impl_->http.listening_socket();
  if (sock >= 0 && !impl_->run_finished) ::shutdown(sock, SHUT_RDWR);
}

}  // namespace maillon
