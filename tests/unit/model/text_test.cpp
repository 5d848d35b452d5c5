// Slugs and accent folding.
#include <doctest/doctest.h>

#include "model/text.h"

using namespace maillon;

TEST_CASE("slugs") {
  CHECK(IsSlug("sainte-cecile-de-levrard"));
  CHECK(IsSlug("a1"));
  CHECK_FALSE(IsSlug(""));
  CHECK_FALSE(IsSlug("-a"));
  CHECK_FALSE(IsSlug("a--b"));
  CHECK_FALSE(IsSlug("Café"));
  CHECK(Slugify("Sainte-Cécile de Lévrard") == "sainte-cecile-de-levrard");
  CHECK(Slugify("Œuvre d’Été") == "oeuvre-d-ete");
  CHECK(Slugify("Lancement_2") == "lancement-2");
  CHECK(Slugify("!!!").empty());
}

TEST_CASE("accent folding keeps other characters") {
  CHECK(FoldAccents("École Saint-Éloi") == "ecole saint-eloi");
  CHECK(FoldAccents("Bécancour") == "becancour");
  CHECK(FoldAccents("a’b") == "a’b");
}
