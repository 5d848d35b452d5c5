// Helpers shared by the validate tests: documents parsed from strings as load/ would parse files.
#include <string>
#include <string_view>
#include <vector>

#include "load/content_tree.h"
#include "validate/validate_content.h"
#include "validate_test_support.h"

namespace maillon::test {

// "content/activities/x.md" -> folder "activities", slug "x"; "content/site.yaml" -> "", "site".
Document Doc(const std::string& path, std::string_view text, Diagnostics& diags) {
  const std::string rel = path.substr(path.find('/') + 1);
  const size_t slash = rel.find('/');
  const std::string folder = slash == std::string::npos ? "" : rel.substr(0, slash);
  const std::string name = slash == std::string::npos ? rel : rel.substr(slash + 1);
  return ParseDocument(path, folder, name.substr(0, name.rfind('.')), text, diags);
}

// Validates the files (path, text), with a minimal site.yaml first unless one is given.
Content Validate(const std::vector<std::pair<std::string, std::string>>& files,
                 Diagnostics& diags) {
  std::vector<Document> docs;
  bool has_site = false;
  for (const auto& [path, text] : files) has_site |= path == "content/site.yaml";
  if (!has_site) {
    docs.push_back(
        Doc("content/site.yaml", "title: Portail\nbase_url: https://example.org/\n", diags));
  }
  for (const auto& [path, text] : files) docs.push_back(Doc(path, text, diags));
  return ValidateContent(docs, diags);
}

}  // namespace maillon::test
