// Reading a theme folder: layouts, partials and assets.
#pragma once

#include <map>
#include <string>

#include "diag/diagnostics.h"

namespace maillon {

struct Theme {
  std::string dir;
  std::map<std::string, std::string> layouts;   // "home" -> text of layouts/home.mustache
  std::map<std::string, std::string> partials;  // "header" -> text of partials/header.mustache
  std::map<std::string, std::string> i18n;      // "fr" -> text of i18n/fr.yaml
  std::map<std::string, std::string> assets;    // "assets/style.css" -> path on disk to copy
};

// Reads `theme_dir` (layouts/*.mustache, partials/*.mustache, i18n/*.yaml, assets/**).
// Reports a missing folder or an unreadable file.
Theme LoadTheme(const std::string& theme_dir, Diagnostics& diags);

}  // namespace maillon
