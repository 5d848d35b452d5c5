// Slug references between content files, checked with suggestions.
#include "resolve/references.h"

#include <algorithm>
#include <set>

#include "diag/spellcheck.h"
#include "model/text.h"

namespace maillon {
namespace {

template <class T>
std::vector<std::string> SlugsOf(const std::vector<T>& items) {
  std::vector<std::string> out;
  for (const T& item : items) out.push_back(item.slug);
  std::sort(out.begin(), out.end());
  return out;
}

class SlugChecker {
 public:
  // `unknown`: "unknown municipality" (French puts the adjective after, and agrees it).
  SlugChecker(Text unknown, Text expected, std::vector<std::string> slugs, Diagnostics& diags)
      : unknown_(std::move(unknown)),
        expected_(std::move(expected)),
        slugs_(std::move(slugs)),
        diags_(diags) {}

  // Reports `ref` unless it names an existing item.
  void Check(const LocatedString& ref, const std::string& field) const {
    if (ref.value.empty() || std::binary_search(slugs_.begin(), slugs_.end(), ref.value)) return;
    std::vector<std::string> close = ClosestMatches(ref.value, slugs_);
    const Text message =
        unknown_ + " " + Quoted(ref.value) + Text("; expected ", " ; attendu : ") + expected_;
    diags_.Error(ref.pos, field, message, DidYouMean(close));
  }

 private:
  Text unknown_;
  Text expected_;
  std::vector<std::string> slugs_;
  Diagnostics& diags_;
};

// Whether one of `failed` (files with errors) is a file of `folder_slug` ("suppers/manseau", any
// extension): its items are then missing because of the errors, which a message already says.
bool HasErrorsIn(const std::set<std::string>& failed, const std::string& folder_slug) {
  for (const std::string& path : failed) {
    const size_t dot = path.rfind('.');
    const size_t stem_end = dot == std::string::npos ? path.size() : dot;
    if (stem_end >= folder_slug.size() &&
        path.compare(stem_end - folder_slug.size(), folder_slug.size(), folder_slug) == 0 &&
        (stem_end == folder_slug.size() || path[stem_end - folder_slug.size() - 1] == '/')) {
      return true;
    }
  }
  return false;
}

std::string Indexed(const char* field, size_t i) {
  return std::string(field) + "[" + std::to_string(i) + "]";
}

}  // namespace

void CheckReferences(const Content& c, Diagnostics& diags) {
  const SlugChecker municipality(
      {"unknown municipality", "municipalité inconnue"},
      {"the name of a file in municipalities/ (without extension)",
       "le nom d'un fichier de municipalities/ (sans extension)"},
      SlugsOf(c.municipalities), diags);
  const SlugChecker organization(
      {"unknown organization", "organisme inconnu"},
      {"the name of a file in organizations/ (without extension)",
       "le nom d'un fichier de organizations/ (sans extension)"},
      SlugsOf(c.organizations), diags);
  const SlugChecker category({"unknown category", "catégorie inconnue"},
                             {"a slug listed in categories.yaml",
                              "un identifiant de categories.yaml"},
                             SlugsOf(c.categories), diags);

  organization.Check(c.site.publisher, "publisher");
  for (size_t i = 0; i < c.site.partners.size(); ++i) {
    organization.Check(c.site.partners[i], Indexed("partners", i));
  }
  for (const Organization& o : c.organizations) {
    for (size_t i = 0; i < o.municipalities.size(); ++i) {
      municipality.Check(o.municipalities[i], Indexed("municipalities", i));
    }
    for (size_t i = 0; i < o.categories.size(); ++i) {
      category.Check(o.categories[i], Indexed("categories", i));
    }
    if (!o.serves_all && o.municipalities.empty()) {
      diags.Warning(o.pos, "municipalities",
                    Text("organization ", "l'organisme ") + Quoted(o.slug) +
                        Text(" serves no municipality; it will not appear on any municipality's "
                             "page",
                             " ne dessert aucune municipalité ; il n'apparaîtra sur la page "
                             "d'aucune municipalité"),
                    {"list the municipalities it serves, or write 'municipalities: all'",
                     "indiquez les municipalités qu'il dessert, ou écrivez « municipalities: all »"});
    }
  }
  for (const Activity& a : c.activities) {
    organization.Check(a.organization, "organization");
    municipality.Check(a.municipality, "municipality");
    category.Check(a.category, "category");
  }
  const std::vector<std::string> municipality_slugs = SlugsOf(c.municipalities);
  const Supper* previous = nullptr;  // a file's suppers are next to each other
  for (const Supper& s : c.suppers) {
    if (!previous || previous->schedule_file != s.schedule_file ||
        previous->municipality.value != s.municipality.value) {
      previous = &s;
      municipality.Check(s.municipality, "municipality");  // once per file, not per supper
      // A schedule copied from another municipality's file, its municipality left unchanged:
      // the suppers would show on the wrong municipality's page.
      const auto known = [&](const std::string& slug) {
        return std::binary_search(municipality_slugs.begin(), municipality_slugs.end(), slug);
      };
      if (s.schedule_file != s.municipality.value && known(s.schedule_file) &&
          known(s.municipality.value)) {
        diags.Error(s.municipality.pos, "municipality",
                    Text("this file is the supper schedule of ",
                         "ce fichier est le calendrier des soupers de ") +
                        Quoted(s.schedule_file) +
                        Text(" (its name), but it names ", " (son nom), mais il nomme ") +
                        Quoted(s.municipality.value),
                    {"write municipality: " + s.schedule_file,
                     "écrivez municipality: " + s.schedule_file});
      }
    }
    for (size_t i = 0; i < s.partners.size(); ++i) {
      organization.Check(s.partners[i], Indexed("partners", i));
    }
  }
  for (const Community& k : c.communities) municipality.Check(k.municipality, "municipality");
  for (const NewsItem& n : c.news) {
    for (size_t i = 0; i < n.municipalities.size(); ++i) {
      municipality.Check(n.municipalities[i], Indexed("municipalities", i));
    }
  }
  for (const Page& p : c.pages) {
    for (const char* reserved : kReservedSlugs) {
      if (p.slug == reserved) {
        diags.Error(p.pos, "",
                    Text("page slug ", "l'identifiant de page ") + Quoted(p.slug) +
                        Text(" is taken by the portal's own /" + p.slug +
                                 "/ section; rename the file",
                             " est pris par la section /" + p.slug +
                                 "/ du portail ; renommez le fichier"),
                    {"for example pages/" + p.slug + "-infos.md",
                     "par exemple pages/" + p.slug + "-infos.md"});
      }
    }
  }
  std::set<std::string> with_suppers;
  for (const Supper& s : c.suppers) with_suppers.insert(s.municipality.value);
  const std::set<std::string> failed = diags.FilesWithErrors();
  for (const Municipality& m : c.municipalities) {
    if (!with_suppers.count(m.slug) && !HasErrorsIn(failed, "suppers/" + m.slug)) {
      diags.Warning(m.pos, "",
                    Text("municipality ", "la municipalité ") + Quoted(m.slug) +
                        Text(" has no citizen supper planned", " n'a aucun souper citoyen prévu"),
                    {"add suppers/" + m.slug + ".yaml, with undated suppers if need be",
                     "ajoutez suppers/" + m.slug + ".yaml, avec des soupers sans date au besoin"});
    }
  }
}

std::string CollationKey(std::string_view name) { return FoldAccents(name); }

}  // namespace maillon
