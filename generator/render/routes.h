// Where every page of the portal lives: URLs as site paths, output files and relative roots.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace maillon {

// Site paths have no leading slash and end with '/' ("" is the home page), except "404.html".
std::string HomeUrl();
std::string MunicipalitiesUrl();
std::string MunicipalityUrl(std::string_view slug);
// Its embeddable widget ("municipalites/manseau/widget/") and its events as JSON.
std::string MunicipalityWidgetUrl(std::string_view slug);
std::string MunicipalityEventsPath(std::string_view slug);
std::string OrganizationsUrl();
std::string OrganizationUrl(std::string_view slug);
std::string ActivitiesUrl();
std::string ActivityUrl(std::string_view slug);
std::string ActivitiesArchiveUrl();
std::string SuppersUrl();
std::string SupperUrl(std::string_view supper_id);
std::string CommunitiesUrl();
std::string CommunityUrl(std::string_view slug);
// Page 1 is "nouvelles/"; page n >= 2 is "nouvelles/page/n/".
std::string NewsListUrl(int page);
std::string NewsUrl(std::string_view slug);
std::string CategoriesUrl();
std::string CategoryUrl(std::string_view slug);
std::string PageUrl(std::string_view slug);
std::string HelpUrl();
std::string NotFoundUrl();

// The file that serves `url`: "" -> "index.html", "a/b/" -> "a/b/index.html", "404.html" as is.
std::string OutputPath(std::string_view url);

// The prefix that leads from the page at `url` back to the site root: "./" for the home page,
// "../" for "soupers/", "../../" for "soupers/manseau-2026-02-19/".
std::string RelativeRoot(std::string_view url);

// `base_url` with exactly one trailing slash ("https://example.org/portail/"); empty stays empty.
std::string NormalizeBaseUrl(std::string_view base_url);

// The path part of a base URL, for pages served at arbitrary paths (404.html): "/portail/".
// "/" when the URL has no path or is empty.
std::string BasePath(std::string_view base_url);

// A link written by a content author ("/soupers/", "https://...", "mailto:...") as an href for a
// page whose relative root is `root`: site paths become relative, anything else is kept.
std::string HrefFromAuthorLink(std::string_view link, std::string_view root);

// The site path an author's link points to ("/soupers/" -> "soupers/", "/" -> ""), or nothing
// when it leaves the site.
std::optional<std::string> SitePathOfAuthorLink(std::string_view link);

}  // namespace maillon
