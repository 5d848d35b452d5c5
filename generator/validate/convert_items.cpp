// One-file items without cross-field rules: municipalities, organisations, communities, news
// and pages.
#include "validate/convert.h"
#include "validate/read_values.h"
#include "validate/scalar_checks.h"
#include "validate/theme_colours.h"

namespace maillon {

void ConvertMunicipality(const Document& doc, const KindSchema& schema, Content& content,
                         Diagnostics& diags) {
  const Node& d = doc.data;
  Municipality m;
  m.slug = doc.slug;
  m.pos = doc.pos;
  m.name = ReadText(d, "name");
  m.summary = ReadText(d, "summary");
  m.body = ReadBody(doc, schema);
  if (std::optional<int> n = ReadInt(d, "population"); n && *n >= 0) m.population = n;
  m.website = ReadText(d, "website");
  if (const Node* contacts = d.Find("contacts"); contacts && contacts->IsSeq()) {
    for (const Node& c : contacts->seq) {
      if (c.IsMap()) m.contacts.push_back(ReadContact(&c));
    }
  }
  m.logo = ReadText(d, "logo");
  m.colors = ReadThemeColours(d.Find("colors"), diags);
  m.site_name = ReadText(d, "site_name");
  m.tagline = ReadText(d, "tagline");
  content.municipalities.push_back(std::move(m));
}

void ConvertOrganization(const Document& doc, const KindSchema& schema, Content& content,
                         Diagnostics&) {
  const Node& d = doc.data;
  Organization o;
  o.slug = doc.slug;
  o.pos = doc.pos;
  o.name = ReadText(d, "name");
  o.summary = ReadText(d, "summary");
  o.body = ReadBody(doc, schema);
  const Node* served = d.Find("municipalities");
  o.serves_all = served && served->IsScalar() && served->scalar == "all";
  o.municipalities = ReadSlugList(d, "municipalities");
  o.categories = ReadSlugList(d, "categories");
  o.contact = ReadContact(d.Find("contact"));
  o.hours = ReadText(d, "hours");
  o.volunteering = ReadText(d, "volunteering");
  o.logo = ReadText(d, "logo");
  content.organizations.push_back(std::move(o));
}

void ConvertCommunity(const Document& doc, const KindSchema& schema, Content& content,
                      Diagnostics&) {
  const Node& d = doc.data;
  Community c;
  c.slug = doc.slug;
  c.pos = doc.pos;
  c.name = ReadText(d, "name");
  c.summary = ReadText(d, "summary");
  c.body = ReadBody(doc, schema);
  c.municipality = ReadSlug(d, "municipality");
  c.schedule = ReadText(d, "schedule");
  c.contact = ReadContact(d.Find("contact"));
  c.started = ReadDate(d, "started");
  content.communities.push_back(std::move(c));
}

void ConvertNews(const Document& doc, const KindSchema& schema, Content& content, Diagnostics&) {
  const Node& d = doc.data;
  NewsItem n;
  n.slug = doc.slug;
  n.pos = doc.pos;
  n.title = ReadText(d, "title");
  // A date alone means midnight: the item appears on that day.
  if (std::optional<Located<DateTime>> t = ReadDateTime(d, "date")) {
    n.date = *t;
    n.has_time = true;
  } else if (std::optional<Date> day = ReadDate(d, "date")) {
    n.date = Located<DateTime>{DateTime{*day, Time{0, 0}}, ValuePos(d, "date")};
  } else {
    n.date.pos = ValuePos(d, "date");
  }
  n.author = ReadText(d, "author");
  n.summary = ReadText(d, "summary");
  if (const Node* image = d.Find("image"); image && image->IsMap()) {
    Image img{ReadText(*image, "src"), ReadText(*image, "alt")};
    if (!img.src.empty()) n.image = std::move(img);
  }
  n.tags = ReadStringList(d, "tags");
  n.municipalities = ReadSlugList(d, "municipalities");
  n.draft = ReadBool(d, "draft", false);
  n.body = ReadBody(doc, schema);
  content.news.push_back(std::move(n));
}

void ConvertPage(const Document& doc, const KindSchema& schema, Content& content, Diagnostics&) {
  const Node& d = doc.data;
  Page p;
  p.slug = doc.slug;
  p.pos = doc.pos;
  p.title = ReadText(d, "title");
  p.summary = ReadText(d, "summary");
  p.body = ReadBody(doc, schema);
  p.menu_weight = ReadInt(d, "menu");
  content.pages.push_back(std::move(p));
}

}  // namespace maillon
