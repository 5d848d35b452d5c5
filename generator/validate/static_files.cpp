// Walking a document with its schema to the file paths it gives, and looking each one up.
#include "validate/static_files.h"

#include <vector>

#include "diag/spellcheck.h"
#include "validate/check_fields.h"
#include "validate/scalar_checks.h"

namespace maillon {

namespace {

struct StaticFileCheck {
  const std::set<std::string>& files;
  const std::string& dir;
  Diagnostics& diags;

  void Mapping(const Node& node, const std::vector<FieldSpec>& fields, const std::string& path) {
    if (!node.IsMap()) return;
    for (const MapEntry& e : node.map) {
      const FieldSpec* f = FindField(fields, e.key);
      if (!f) continue;  // unknown fields are reported by CheckDocument
      const std::string at = FieldPath(path, e.key);
      if (f->type == FieldType::kObject) Mapping(e.value, f->fields, at);
      if (f->type == FieldType::kObjectList && e.value.IsSeq()) {
        for (size_t i = 0; i < e.value.seq.size(); ++i) {
          Mapping(e.value.seq[i], f->fields, ItemPath(at, i));
        }
      }
      if (f->type == FieldType::kUrl && f->url_form == UrlForm::kFilePath) File(e.value, at);
    }
  }

  void File(const Node& value, const std::string& path) {
    const std::string& text = value.scalar;
    // Ill-formed paths are CheckDocument's to report.
    if (!value.IsScalar() || IsAbsoluteUrl(text) || !IsStaticFilePath(text)) return;
    const std::string relative = text.front() == '/' ? text.substr(1) : text;
    if (files.count(relative)) return;
    diags.Error(value.pos, path,
                Quoted(relative) + Text(" is not a file under " + dir + "/",
                                        " n'est pas un fichier de " + dir + "/"),
                DidYouMean(ClosestMatches(relative, {files.begin(), files.end()})));
  }
};

}  // namespace

void CheckStaticFiles(const Document& doc, const KindSchema& schema,
                      const std::set<std::string>& static_files, const std::string& static_dir,
                      Diagnostics& diags) {
  StaticFileCheck check{static_files, static_dir, diags};
  if (schema.is_list_file && doc.data.IsSeq()) {
    for (size_t i = 0; i < doc.data.seq.size(); ++i) {
      check.Mapping(doc.data.seq[i], schema.fields, ItemPath("", i));
    }
  } else {
    check.Mapping(doc.data, schema.fields, "");
  }
}

}  // namespace maillon
