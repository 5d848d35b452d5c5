// The interface strings of a theme (themes/*/i18n/<lang>.yaml), for views and templates.
#pragma once

#include <initializer_list>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "diag/diagnostics.h"
#include "load/theme.h"
#include "render/view_value.h"

namespace maillon {

class I18nTexts {
 public:
  I18nTexts() = default;
  I18nTexts(const I18nTexts&) = delete;
  I18nTexts& operator=(const I18nTexts&) = delete;

  // Reads the theme's i18n file for `lang` (falling back to "fr" with a warning). Nested maps
  // give dotted keys ("status.planned"). French texts get French typography. Reports a missing
  // file, YAML errors and values that are not text.
  void Load(const Theme& theme, std::string_view lang, bool french, Diagnostics& diags);
  // Adds or replaces one text (tests, and texts computed from the site).
  void Set(const std::string& key, std::string text);

  bool Has(std::string_view key) const { return texts_.find(key) != texts_.end(); }
  // The text for `key`; the key itself when it is missing (remembered for MissingKeys()).
  std::string Get(std::string_view key) const;
  // The text for `key` with each "{name}" replaced by its value.
  std::string Format(std::string_view key,
                     std::initializer_list<std::pair<std::string_view, std::string>> args) const;
  // Keys views asked for that the file does not define, sorted.
  std::set<std::string> MissingKeys() const;

  // Every text as a Mustache object: {{t.key}}, or {{t.group.key}} for nested keys.
  ViewValue AsData() const;
  const std::map<std::string, std::string, std::less<>>& all() const { return texts_; }
  // The file the texts came from, for messages; empty when no file could be read.
  const std::string& path() const { return path_; }
  bool loaded() const { return !path_.empty(); }

 private:
  std::map<std::string, std::string, std::less<>> texts_;
  std::string path_;
  mutable std::mutex missing_mutex_;  // views run on several threads
  mutable std::set<std::string> missing_;
};

}  // namespace maillon
