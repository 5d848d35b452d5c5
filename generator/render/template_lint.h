// The template lint: names in templates that no view provides, which kainjow Mustache would
// silently render as nothing.
#pragma once

#include <set>
#include <string>

#include "diag/diagnostics.h"
#include "load/theme.h"
#include "render/i18n_texts.h"

namespace maillon {

// Reports, at the template's file:line:col, every {{name}}, {{{name}}}, {{&name}}, {{#name}}
// and {{^name}} whose name (its first segment when dotted) is not in `known_keys`; every
// {{t.key}} that `texts` does not define; every {{> partial}} the theme lacks; and custom
// delimiters, which the theme checks do not follow.
void LintTemplates(const Theme& theme, const std::set<std::string>& known_keys,
                   const I18nTexts& texts, Diagnostics& diags);

// Every key the views can produce, found by running every view over a small built-in site that
// has one of everything (so that a key missing from this site's content is still known).
std::set<std::string> ViewVocabulary(const I18nTexts& texts, const std::string& lang);

}  // namespace maillon
