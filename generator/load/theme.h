// Reading a theme folder: layouts, partials and assets.
#pragma once

#include <map>
#include <vector>
#include <string>

#include "diag/diagnostics.h"

namespace maillon {

struct Theme {
  std::string dir;
  // Folders whose files shadow the theme's, file by file, the last one first: the site's theme
  // over "themes/default", a municipality's over both ("themes/manseau").
  std::vector<std::string> overlays;
  std::map<std::string, std::string> layouts;   // "home" -> text of layouts/home.mustache
  std::map<std::string, std::string> partials;  // "header" -> text of partials/header.mustache
  std::map<std::string, std::string> i18n;      // "fr" -> text of i18n/fr.yaml
  std::map<std::string, std::string> assets;    // "assets/style.css" -> path on disk to copy
  // "layouts/home" -> the overlay folder it was taken from, for each shadowed file.
  std::map<std::string, std::string> shadowed;

  // The file a template or translation came from: "themes/default/layouts/home.mustache", or
  // the overlay's when it shadows it. `folder` is "layouts", "partials" or "i18n".
  std::string FilePath(const std::string& folder, const std::string& name) const;
};

// Reads `theme_dir` (layouts/*.mustache, partials/*.mustache, i18n/*.yaml, assets/**), then
// the same files in each folder of `overlays` in turn, each replacing the files of the same
// name. Reports a missing theme folder or an unreadable file.
Theme LoadTheme(const std::string& theme_dir, Diagnostics& diags,
                const std::vector<std::string>& overlays = {});

// The folder named `name` beside the theme ("themes/manseau" beside "themes/default") when it
// exists and is not the theme itself; "" otherwise.
std::string ThemeBeside(const std::string& theme_dir, const std::string& name);

}  // namespace maillon
