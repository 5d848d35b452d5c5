// Checking the slugs one content file uses to point at another.
#pragma once

#include <string>
#include <string_view>

#include "diag/diagnostics.h"
#include "model/content.h"

namespace maillon {

// The portal's own top-level sections: a page may not take one of these slugs.
inline constexpr const char* kReservedSlugs[] = {
    "municipalites", "organismes", "activites", "soupers",  "communautes", "nouvelles",
    "categories",    "recherche",  "aide",      "donnees",  "assets",      "static",
    "404",           "sitemap",    "robots",    "calendrier"};

// Reports every reference to an unknown municipality, organisation or category (with the
// closest existing slugs), pages that take a reserved slug, and warns about organisations that
// serve no municipality and municipalities without any supper planned.
void CheckReferences(const Content& content, Diagnostics& diags);

// A key that sorts French names as people expect: case and accents ignored ("École" after
// "Eau", before "Fortierville").
std::string CollationKey(std::string_view name);

}  // namespace maillon
