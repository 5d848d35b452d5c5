// Fuzz target: one content file of any kind (the first byte picks which), loaded and validated
// into the model as the build does: ParseDocument, then ValidateContent beside a site.yaml.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_checks.h"
#include "load/content_tree.h"
#include "validate/validate_content.h"

using namespace maillon;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::vector<fuzz::ContentFile>& files = fuzz::ContentFiles();
  const fuzz::ContentFile& file = files[data[0] % files.size()];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string path = file.path();
  const std::string slug = file.folder.empty() ? file.schema->file_slug : "fuzz";

  Diagnostics diags;
  std::vector<Document> documents;
  if (file.schema->file_slug != "site") {
    documents.push_back(ParseDocument("content/site.yaml", "", "site",
                                      "title: Portail\nbase_url: https://example.org/\n", diags));
  }
  documents.push_back(ParseDocument(path, file.folder, slug, bytes, diags));
  const Content content = ValidateContent(documents, diags);
  fuzz::Require(fuzz::CheckDiagnostics(diags, path, bytes));
  return 0;
}
