// Loading the theme's interface strings and exposing them to views and templates.
#include "render/i18n_texts.h"

#include <vector>

#include "load/yaml_parser.h"
#include "render/typography.h"

namespace maillon {

namespace {

void Flatten(const Node& node, const std::string& prefix, bool french,
             std::map<std::string, std::string, std::less<>>& out, Diagnostics& diags) {
  for (const MapEntry& entry : node.map) {
    const std::string key = prefix.empty() ? entry.key : prefix + "." + entry.key;
    if (entry.value.IsMap()) {
      Flatten(entry.value, key, french, out, diags);
    } else if (entry.value.IsScalar()) {
      out[key] = french ? TypesetFrench(entry.value.scalar) : entry.value.scalar;
    } else if (entry.value.IsNull()) {
      out[key] = "";
    } else {
      diags.Error(
          entry.value.pos, key,
          Text("expected a text or a mapping of texts, found ",
               "attendu : un texte ou un groupe de textes ; reçu : ") +
              entry.value.KindName());
    }
  }
}

}  // namespace

void I18nTexts::Load(const Theme& theme, std::string_view lang, bool french, Diagnostics& diags) {
  std::string chosen(lang);
  auto it = theme.i18n.find(chosen);
  if (it == theme.i18n.end()) {
    it = theme.i18n.find("fr");
    const SourcePos where = FilePos(theme.FilePath("i18n", chosen));
    if (it == theme.i18n.end()) {
      diags.Error(where, "",
                  Text("the theme has no interface texts for language ",
                       "le thème n'a pas de textes d'interface pour la langue ") +
                      Quoted(chosen),
                  {"add i18n/" + chosen + ".yaml to the theme",
                   "ajoutez i18n/" + chosen + ".yaml au thème"});
      return;
    }
    diags.Warning(where, "",
                  Text("the theme has no texts for language ",
                       "le thème n'a pas de textes pour la langue ") +
                      Quoted(chosen) +
                      Text("; using its French texts", " ; ses textes français sont utilisés"));
    chosen = "fr";
  }
  path_ = theme.FilePath("i18n", chosen);
  const Node root = ParseYaml(it->second, FilePos(path_), diags);
  if (root.IsNull()) return;
  if (!root.IsMap()) {
    diags.Error(root.pos, "",
                Text("expected a mapping of texts, found ",
                     "attendu : un groupe de textes ; reçu : ") +
                    root.KindName());
    return;
  }
  Flatten(root, "", french, texts_, diags);
}

void I18nTexts::Set(const std::string& key, std::string text) { texts_[key] = std::move(text); }

std::string I18nTexts::Get(std::string_view key) const {
  auto it = texts_.find(key);
  if (it != texts_.end()) return it->second;
  std::lock_guard<std::mutex> lock(missing_mutex_);
  missing_.insert(std::string(key));
  return std::string(key);
}

std::string I18nTexts::Format(
    std::string_view key,
    std::initializer_list<std::pair<std::string_view, std::string>> args) const {
  std::string text = Get(key);
  for (const auto& [name, value] : args) {
    const std::string token = "{" + std::string(name) + "}";
    for (size_t at = text.find(token); at != std::string::npos;
         at = text.find(token, at + value.size())) {
      text.replace(at, token.size(), value);
    }
  }
  return text;
}

std::set<std::string> I18nTexts::MissingKeys() const {
  std::lock_guard<std::mutex> lock(missing_mutex_);
  return missing_;
}

ViewValue I18nTexts::AsData() const {
  ViewValue root;
  for (const auto& [key, text] : texts_) {
    // "a.b.c" becomes nested objects so that {{t.a.b.c}} resolves.
    ViewValue* node = &root;
    size_t start = 0;
    for (size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', start)) {
      ViewValue& child = (*node)[key.substr(start, dot - start)];
      if (child.kind() != ViewValue::Kind::kObject) child = ViewValue();
      node = &child;
      start = dot + 1;
    }
    (*node)[key.substr(start)] = text;
  }
  return root;
}

}  // namespace maillon
