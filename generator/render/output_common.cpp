// Absolute URLs, RFC 3339 times and the one way generated outputs enter the rendered site.
#include "render/output_common.h"

#include <cctype>
#include <cstdio>

namespace maillon {

std::string OutputUrl(const ViewContext& ctx, std::string_view site_path) {
  const std::string& root = ctx.base_url.empty() ? ctx.base_path : ctx.base_url;
  return (root.empty() ? std::string("/") : root) + std::string(site_path);
}

std::string UrlHost(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "localhost";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  const size_t at = rest.rfind('@');
  if (at != std::string_view::npos) rest.remove_prefix(at + 1);
  // A bracketed IPv6 literal keeps its colons; otherwise a colon starts the port.
  if (!rest.empty() && rest.front() == '[') {
    rest = rest.substr(0, rest.find(']') + 1);
  } else {
    rest = rest.substr(0, rest.find(':'));
  }
  std::string host;
  for (char c : rest) host += char(std::tolower(static_cast<unsigned char>(c)));
  return host.empty() ? "localhost" : host;
}

std::string Rfc3339(const DateTime& local) {
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:00", local.date.year,
                local.date.month, local.date.day, local.time.hour, local.time.minute);
  return text + TorontoOffsetText(local);
}

void AddGeneratedFile(RenderedSite& out, const std::string& path, std::string bytes,
                      const char* content_type, const SourcePos& source, Diagnostics& diags) {
  if (!out.files.emplace(path, OutputFile{std::move(bytes), "", content_type, source}).second) {
    diags.Error(source, "",
                Text("the generated file ", "le fichier généré ") + Quoted(path) +
                    Text(" has the path of a page", " a le chemin d'une page"),
                {"rename the page or item that uses this path",
                 "renommez la page ou l'élément qui utilise ce chemin"});
  }
}

}  // namespace maillon
