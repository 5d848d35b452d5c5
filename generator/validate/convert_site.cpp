// site.yaml, categories.yaml and resources.yaml -> Site, Category and Resource.
#include <map>

#include "validate/check_fields.h"
#include "validate/convert.h"
#include "validate/theme_colours.h"
#include "validate/read_values.h"

namespace maillon {

void ConvertSite(const Document& doc, const KindSchema&, Content& content, Diagnostics& diags) {
  const Node& d = doc.data;
  Site& s = content.site;
  s.pos = doc.pos;
  s.title = ReadText(d, "title");
  s.tagline = ReadText(d, "tagline");
  s.description = ReadText(d, "description");
  s.base_url = ReadText(d, "base_url");
  // Later phases join paths to it: "https://example.org/portail" means the folder.
  if (!s.base_url.empty() && s.base_url.back() != '/') s.base_url += '/';
  if (std::string language = ReadText(d, "language"); language == "fr" || language == "en") {
    s.language = language;
  }
  s.region = ReadText(d, "region");
  s.contact = ReadContact(d.Find("contact"));
  if (const Node* nav = d.Find("navigation"); nav && nav->IsSeq()) {
    for (const Node& item : nav->seq) {
      if (!item.IsMap()) continue;
      NavItem n{ReadText(item, "title"), ReadText(item, "url")};
      if (!n.title.empty() && !n.url.empty()) s.navigation.push_back(std::move(n));
    }
  }
  if (std::string theme = ReadText(d, "theme"); !theme.empty()) s.theme = theme;
  s.logo = ReadText(d, "logo");
  s.colors = ReadThemeColours(d.Find("colors"), diags);
  s.publisher = ReadSlug(d, "publisher");
  s.partners = ReadSlugList(d, "partners");
  if (const Node* options = d.Find("options"); options && options->IsMap()) {
    s.options.unsafe_html = ReadBool(*options, "unsafe_html", false);
    if (std::optional<int> n = ReadInt(*options, "news_per_page"); n && *n >= 1) {
      s.options.news_per_page = *n;
    }
    if (std::optional<int> n = ReadInt(*options, "feed_limit"); n && *n >= 1) {
      s.options.feed_limit = *n;
    }
  }
}

void ConvertCategories(const Document& doc, const KindSchema&, Content& content,
                       Diagnostics& diags) {
  if (!doc.data.IsSeq()) return;
  std::map<std::string, int> first_line;  // slug -> line where it is defined
  for (size_t i = 0; i < doc.data.seq.size(); ++i) {
    const Node& item = doc.data.seq[i];
    if (!item.IsMap()) continue;
    Category c;
    c.slug = ReadSlug(item, "slug").value;
    c.pos = item.pos;
    c.name = ReadText(item, "name");
    c.description = ReadText(item, "description");
    if (c.slug.empty()) continue;  // reported by the checker; nothing could refer to it
    auto [it, inserted] = first_line.emplace(c.slug, item.pos.line);
    if (!inserted) {
      diags.Error(
          ValuePos(item, "slug"), FieldPath(ItemPath("", i), "slug"),
          Text("category ", "la catégorie ") + Quoted(c.slug) +
              Text(" is already defined at line " + std::to_string(it->second),
                   " est déjà définie à la ligne " + std::to_string(it->second)));
      continue;
    }
    content.categories.push_back(std::move(c));
  }
}

void ConvertResources(const Document& doc, const KindSchema&, Content& content, Diagnostics&) {
  if (!doc.data.IsSeq()) return;
  for (const Node& item : doc.data.seq) {
    if (!item.IsMap()) continue;
    Resource r;
    r.pos = item.pos;
    r.name = ReadText(item, "name");
    r.phone = ReadText(item, "phone");
    r.description = ReadText(item, "description");
    r.hours = ReadText(item, "hours");
    r.url = ReadText(item, "url");
    r.urgent = ReadBool(item, "urgent", false);
    content.resources.push_back(std::move(r));
  }
}

}  // namespace maillon
