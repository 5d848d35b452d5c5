// ValidateContent: picks each document's schema, checks it, converts it into the model.
#include "validate/validate_content.h"

#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "validate/check_fields.h"
#include "validate/convert.h"
#include "validate/markdown_checks.h"
#include "validate/schema.h"

namespace maillon {

namespace {

using ConvertFn = void (*)(const Document&, const KindSchema&, Content&, Diagnostics&);

ConvertFn ConverterFor(const std::string& kind) {
  static const std::map<std::string, ConvertFn> kConverters = {
      {"site", ConvertSite},
      {"category", ConvertCategories},
      {"resource", ConvertResources},
      {"municipality", ConvertMunicipality},
      {"organization", ConvertOrganization},
      {"activity", ConvertActivity},
      {"supper", ConvertSuppers},
      {"community", ConvertCommunity},
      {"news", ConvertNews},
      {"page", ConvertPage},
  };
  auto it = kConverters.find(kind);
  return it == kConverters.end() ? nullptr : it->second;
}

std::string Parent(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

// The content folder, from a document's path: "content/news/x.md" -> "content".
std::string ContentDir(const std::vector<Document>& documents) {
  if (documents.empty()) return "content";
  const Document& doc = documents.front();
  std::string dir = Parent(doc.path);
  if (!doc.folder.empty()) dir = Parent(dir);
  return dir.empty() ? "." : dir;
}

// Whether the file's format suits its kind (news and pages are Markdown, suppers YAML...);
// reports it when not.
bool CheckFileFormat(const Document& doc, const KindSchema& schema, Diagnostics& diags) {
  if (doc.is_markdown && !schema.allows_markdown) {
    diags.Error(
        doc.pos, "",
        Text("a " + schema.kind + " file is YAML, not Markdown: rename it " + doc.slug + ".yaml",
             "un fichier " + schema.kind + " est en YAML, pas en Markdown : renommez-le " +
                 doc.slug + ".yaml"));
    return false;
  }
  if (!doc.is_markdown && !schema.allows_yaml) {
    diags.Error(doc.pos, "",
                Text("a " + schema.kind + " file is Markdown with front matter: rename it " +
                         doc.slug + ".md and put the fields between '---' lines",
                     "un fichier " + schema.kind + " est en Markdown avec un en-tête : renommez-le " +
                         doc.slug + ".md et mettez les champs entre deux lignes « --- »"));
    return false;
  }
  return true;
}

// The error load/ gives when it walks a folder without site.yaml: one message is enough.
bool SiteAlreadyReported(const Diagnostics& diags) {
  for (const Diagnostic& d : diags.all()) {
    if (d.severity == Severity::kError && d.message.find("site.yaml") != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool ValidateDocument(const Document& doc, bool load_failed, Content& content,
                      Diagnostics& diags) {
  const KindSchema* schema = SchemaForDocument(doc.folder, doc.slug);
  if (!schema) return false;  // not content: load/ has warned about it
  if (!CheckFileFormat(doc, *schema, diags)) return false;
  if (!doc.data.IsNull() || !load_failed) CheckDocument(doc, *schema, diags);
  CheckMarkdownBody(doc, diags);
  if (ConvertFn convert = ConverterFor(schema->kind)) convert(doc, *schema, content, diags);
  return true;
}

Content ValidateContent(const std::vector<Document>& documents, Diagnostics& diags) {
  Content content;
  // Files in which load/ reported an error. When such a file has no data (a YAML syntax error,
  // an empty or unreadable file), "missing required field" for each field would only repeat it.
  const std::set<std::string> failed_to_load = diags.FilesWithErrors();
  bool have_site = false;
  // (folder, slug) -> path, viewing the documents' own strings.
  using FolderSlug = std::pair<std::string_view, std::string_view>;
  std::map<FolderSlug, std::string_view> seen;
  for (const Document& doc : documents) {
    const KindSchema* schema = SchemaForDocument(doc.folder, doc.slug);
    if (!schema) continue;  // not content: load/ has warned about it
    auto [it, inserted] = seen.emplace(FolderSlug(doc.folder, doc.slug), doc.path);
    if (!inserted) {
      // load/ already refuses this when it walks a folder; documents may come from elsewhere.
      diags.Error(doc.pos, "",
                  Quoted(doc.slug) +
                      Text(" is already defined by " + std::string(it->second) +
                               "; slugs must be unique within a folder",
                           " est déjà défini par " + std::string(it->second) +
                               " ; les identifiants doivent être uniques dans un dossier"),
                  {"rename or remove one of the two files",
                   "renommez ou supprimez l'un des deux fichiers"});
      continue;
    }
    if (ValidateDocument(doc, failed_to_load.count(doc.path) > 0, content, diags) &&
        schema->kind == "site") {
      have_site = true;
    }
  }
  if (!have_site && !SiteAlreadyReported(diags)) {
    const std::string dir = ContentDir(documents);
    diags.Error(FolderPos(dir), "",
                {"missing site.yaml in " + dir + ": every portal needs one",
                 "site.yaml manquant dans " + dir + " : chaque portail en a besoin"},
                {"create " + dir + "/site.yaml with at least title: and base_url:",
                 "créez " + dir + "/site.yaml avec au moins title: et base_url:"});
  }
  return content;
}

}  // namespace maillon
