// Routes: page URLs, output files, relative roots and base paths.
#include "render/routes.h"

#include <doctest/doctest.h>

#include "render/views_common.h"

using namespace maillon;

TEST_CASE("every URL is a site path ending with a slash") {
  CHECK(HomeUrl() == "");
  CHECK(MunicipalityUrl("manseau") == "municipalites/manseau/");
  CHECK(SupperUrl("manseau-2027-03-11") == "soupers/manseau-2027-03-11/");
  CHECK(NewsListUrl(1) == "nouvelles/");
  CHECK(NewsListUrl(3) == "nouvelles/page/3/");
  CHECK(ActivitiesArchiveUrl() == "activites/archives/");
  CHECK(PageUrl("citoyen-maillon") == "citoyen-maillon/");
  CHECK(HelpUrl() == "aide/");
  CHECK(NotFoundUrl() == "404.html");
}

TEST_CASE("output paths and relative roots") {
  CHECK(OutputPath("") == "index.html");
  CHECK(OutputPath("soupers/") == "soupers/index.html");
  CHECK(OutputPath("404.html") == "404.html");
  CHECK(RelativeRoot("") == "./");
  CHECK(RelativeRoot("soupers/") == "../");
  CHECK(RelativeRoot("nouvelles/page/2/") == "../../../");
  CHECK(RelativeRoot("404.html") == "./");
}

TEST_CASE("base URLs and base paths") {
  CHECK(NormalizeBaseUrl("https://example.org/portail") == "https://example.org/portail/");
  CHECK(NormalizeBaseUrl("https://example.org//") == "https://example.org/");
  CHECK(NormalizeBaseUrl("") == "");
  CHECK(BasePath("https://example.org/portail/") == "/portail/");
  CHECK(BasePath("https://example.org") == "/");
  CHECK(BasePath("") == "/");
  CHECK(BasePath("https://example.org/a/b?x=1") == "/a/b/");
}

TEST_CASE("author links become relative when they point into the site") {
  CHECK(HrefFromAuthorLink("/soupers/", "../../") == "../../soupers/");
  CHECK(HrefFromAuthorLink("https://988.ca/", "../") == "https://988.ca/");
  CHECK(HrefFromAuthorLink("//cdn.example.org/x", "../") == "//cdn.example.org/x");
  CHECK(SitePathOfAuthorLink("/aide/").value() == "aide/");
  CHECK(SitePathOfAuthorLink("/").value() == "");
  CHECK_FALSE(SitePathOfAuthorLink("https://988.ca/").has_value());
}

TEST_CASE("tel: links hold the digits of the number only") {
  CHECK(TelHref("819-288-5533 poste 5") == "tel:8192885533");
  CHECK(TelHref("1 866 APPELLE") == "tel:18662773553");
  CHECK(TelHref("811, option 2") == "tel:811");
  CHECK(TelHref("9-8-8") == "tel:988");
  CHECK(TelHref("Info-Social 811") == "tel:811");
  CHECK(TelHref("à confirmer") == "");
}
