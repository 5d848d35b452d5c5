// URLs of the portal's pages. Section names are French because they are what residents see.
#include "render/routes.h"

#include <algorithm>

namespace maillon {

namespace {

std::string Join(std::string_view section, std::string_view slug) {
  std::string url(section);
  url += slug;
  url += '/';
  return url;
}

}  // namespace

std::string HomeUrl() { return ""; }
std::string MunicipalitiesUrl() { return "municipalites/"; }
std::string MunicipalityUrl(std::string_view slug) { return Join("municipalites/", slug); }
std::string MunicipalityWidgetUrl(std::string_view slug) { return MunicipalityUrl(slug) + "widget/"; }
std::string MunicipalityEventsPath(std::string_view slug) {
  return MunicipalityUrl(slug) + "evenements.json";
}
std::string OrganizationsUrl() { return "organismes/"; }
std::string OrganizationUrl(std::string_view slug) { return Join("organismes/", slug); }
std::string ActivitiesUrl() { return "activites/"; }
std::string ActivityUrl(std::string_view slug) { return Join("activites/", slug); }
std::string ActivitiesArchiveUrl() { return "activites/archives/"; }
std::string SuppersUrl() { return "soupers/"; }
std::string SupperUrl(std::string_view supper_id) { return Join("soupers/", supper_id); }
std::string CommunitiesUrl() { return "communautes/"; }
std::string CommunityUrl(std::string_view slug) { return Join("communautes/", slug); }

std::string NewsListUrl(int page) {
  if (page <= 1) return "nouvelles/";
  return "nouvelles/page/" + std::to_string(page) + "/";
}

std::string NewsUrl(std::string_view slug) { return Join("nouvelles/", slug); }
std::string CategoriesUrl() { return "categories/"; }
std::string CategoryUrl(std::string_view slug) { return Join("categories/", slug); }
std::string PageUrl(std::string_view slug) { return Join("", slug); }
std::string HelpUrl() { return "aide/"; }
std::string NotFoundUrl() { return "404.html"; }

std::string OutputPath(std::string_view url) {
  if (url.empty()) return "index.html";
  if (url.back() != '/') return std::string(url);
  return std::string(url) + "index.html";
}

std::string RelativeRoot(std::string_view url) {
  // Each '/' is one folder deeper; a file name after the last '/' (404.html) adds none.
  const auto depth = std::count(url.begin(), url.end(), '/');
  if (depth == 0) return "./";
  std::string root;
  for (long i = 0; i < depth; ++i) root += "../";
  return root;
}

std::string NormalizeBaseUrl(std::string_view base_url) {
  std::string url(base_url);
  while (url.size() > 1 && url.back() == '/' && url[url.size() - 2] == '/') url.pop_back();
  if (!url.empty() && url.back() != '/') url += '/';
  return url;
}

std::string BasePath(std::string_view base_url) {
  std::string_view rest = base_url;
  const size_t scheme = rest.find("://");
  if (scheme != std::string_view::npos) {
    rest.remove_prefix(scheme + 3);
    const size_t slash = rest.find('/');
    if (slash == std::string_view::npos) return "/";
    rest.remove_prefix(slash);
  }
  // Query and fragment never belong to a base path.
  rest = rest.substr(0, rest.find_first_of("?#"));
  std::string path(rest);
  if (path.empty() || path.front() != '/') path.insert(path.begin(), '/');
  if (path.back() != '/') path += '/';
  return path;
}

std::optional<std::string> SitePathOfAuthorLink(std::string_view link) {
  if (link.empty() || link.front() != '/' || link.substr(0, 2) == "//") return std::nullopt;
  return std::string(link.substr(1));
}

std::string HrefFromAuthorLink(std::string_view link, std::string_view root) {
  if (link.empty() || link.front() != '/' || link.substr(0, 2) == "//") return std::string(link);
  return std::string(root) + std::string(link.substr(1));
}

}  // namespace maillon
