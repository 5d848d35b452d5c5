// Checking the names used in templates against the keys views produce.
#include "render/template_lint.h"

#include <vector>

#include "diag/spellcheck.h"
#include "render/template_set.h"

namespace maillon {

namespace {

// Whether `name` ("group" or "group.key") is a text, or a group of texts, of the theme.
bool IsText(const I18nTexts& texts, const std::string& name) {
  if (texts.Has(name)) return true;
  auto it = texts.all().lower_bound(name + ".");
  return it != texts.all().end() && it->first.rfind(name + ".", 0) == 0;
}

std::vector<std::string> Candidates(const std::set<std::string>& names,
                                    const std::string& prefix = "") {
  std::vector<std::string> out;
  for (const std::string& name : names) out.push_back(prefix + name);
  return out;
}

// What a template may name: view keys, partials, and the theme's texts.
struct Names {
  const std::set<std::string>& keys;
  std::set<std::string> partials;
  std::set<std::string> texts;
};

void LintFile(const std::string& path, const std::string& text, const Names& names,
              const I18nTexts& texts, Diagnostics& diags) {
  for (const TemplateTag& tag : ScanTemplateTags(text)) {
    const auto pos = [&] { return PosInTemplate(path, text, tag.offset); };
    switch (tag.kind) {
      case '/':
      case '!':
        break;
      case '=':
        diags.Error(pos(), "",
                    {"custom delimiters are not supported: keep '{{' and '}}'",
                     "les délimiteurs personnalisés ne sont pas pris en charge : gardez « {{ » et "
                     "« }} »"});
        break;
      case '>':
        if (!names.partials.count(tag.name)) {
          diags.Error(pos(), "",
                      Text("unknown partial ", "partiel inconnu ") + Quoted(tag.name) +
                          Text(": no partials/" + tag.name + ".mustache in the theme",
                               " : pas de partials/" + tag.name + ".mustache dans le thème"),
                      DidYouMean(ClosestMatches(tag.name, Candidates(names.partials))));
        }
        break;
      default: {
        if (tag.name == "." || tag.name.empty()) break;
        const size_t dot = tag.name.find('.');
        const std::string first = tag.name.substr(0, dot);
        if (first == "t" && dot != std::string::npos) {
          // Without a texts file every text is missing: that one problem is reported already.
          const std::string key = tag.name.substr(dot + 1);
          if (texts.loaded() && !IsText(texts, key)) {
            diags.Error(pos(), "",
                        Text("unknown text ", "texte inconnu ") + Quoted(tag.name) +
                            Text(": " + texts.path() + " does not define ",
                                 " : " + texts.path() + " ne définit pas ") +
                            Quoted(key),
                        DidYouMean(ClosestMatches(tag.name, Candidates(names.texts, "t."))));
          }
        } else if (!names.keys.count(first)) {
          diags.Error(pos(), "",
                      Text("unknown name ", "nom inconnu ") + Quoted(first) +
                          Text(": no view provides it, so it would always render as nothing",
                               " : aucune vue ne le fournit, il serait donc toujours vide"),
                      DidYouMean(ClosestMatches(first, Candidates(names.keys))));
        }
        break;
      }
    }
  }
}

}  // namespace

void LintTemplates(const Theme& theme, const std::set<std::string>& known_keys,
                   const I18nTexts& texts, Diagnostics& diags) {
  Names names{known_keys, {}, {}};
  for (const auto& [name, text] : theme.partials) names.partials.insert(name);
  for (const auto& [key, text] : texts.all()) names.texts.insert(key);
  for (const auto& [name, text] : theme.layouts) {
    LintFile(theme.FilePath("layouts", name), text, names, texts, diags);
  }
  for (const auto& [name, text] : theme.partials) {
    LintFile(theme.FilePath("partials", name), text, names, texts, diags);
  }
}

}  // namespace maillon
