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
  SlugChecker(const char* kind, const char* expected, std::vector<std::string> slugs,
              Diagnostics& diags)
      : kind_(kind), expected_(expected), slugs_(std::move(slugs)), diags_(diags) {}

  // Reports `ref` unless it names an existing item.
  void Check(const LocatedString& ref, const std::string& field) const {
    if (ref.value.empty() || std::binary_search(slugs_.begin(), slugs_.end(), ref.value)) return;
    std::vector<std::string> close = ClosestMatches(ref.value, slugs_);
    std::string message =
        "unknown " + std::string(kind_) + " '" + ref.value + "'; expected " + expected_;
    diags_.Error(ref.pos, field, message, DidYouMean(close));
  }

 private:
  const char* kind_;
  const char* expected_;
  std::vector<std::string> slugs_;
  Diagnostics& diags_;
};

std::string Indexed(const char* field, size_t i) {
  return std::string(field) + "[" + std::to_string(i) + "]";
}

}  // namespace

void CheckReferences(const Content& c, Diagnostics& diags) {
  const SlugChecker municipality(
      "municipality", "the name of a file in municipalities/ (without extension)",
      SlugsOf(c.municipalities), diags);
  const SlugChecker organization(
      "organization", "the name of a file in organizations/ (without extension)",
      SlugsOf(c.organizations), diags);
  const SlugChecker category("category", "a slug listed in categories.yaml",
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
                    "organization '" + o.slug + "' serves no municipality; it will not appear on "
                    "any municipality's page",
                    "list the municipalities it serves, or write 'municipalities: all'");
    }
  }
  for (const Activity& a : c.activities) {
    organization.Check(a.organization, "organization");
    municipality.Check(a.municipality, "municipality");
    category.Check(a.category, "category");
  }
  for (const Supper& s : c.suppers) {
    municipality.Check(s.municipality, "municipality");
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
        diags.Error(p.pos, "", "page slug '" + p.slug + "' is taken by the portal's own /" +
                                   p.slug + "/ section; rename the file",
                    "for example pages/" + p.slug + "-infos.md");
      }
    }
  }
  std::set<std::string> with_suppers;
  for (const Supper& s : c.suppers) with_suppers.insert(s.municipality.value);
  for (const Municipality& m : c.municipalities) {
    if (!with_suppers.count(m.slug)) {
      diags.Warning(m.pos, "", "municipality '" + m.slug + "' has no citizen supper planned",
                    "add suppers/" + m.slug + ".yaml, with undated suppers if need be");
    }
  }
}

std::string CollationKey(std::string_view name) { return FoldAccents(name); }

}  // namespace maillon
