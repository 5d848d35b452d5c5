// Checked documents -> model items, one function per kind, with the checks that involve
// several fields (end after start, a confirmed supper has a date...).
#pragma once

#include "diag/diagnostics.h"
#include "load/document.h"
#include "model/content.h"
#include "validate/schema.h"

namespace maillon {

// Each reads a document CheckDocument has checked against `schema`, appends what it holds to
// `content` (ill-formed values left empty), and reports the problems that span fields.
void ConvertSite(const Document& doc, const KindSchema& schema, Content& content,
                 Diagnostics& diags);
void ConvertCategories(const Document& doc, const KindSchema& schema, Content& content,
                       Diagnostics& diags);
void ConvertResources(const Document& doc, const KindSchema& schema, Content& content,
                      Diagnostics& diags);
void ConvertMunicipality(const Document& doc, const KindSchema& schema, Content& content,
                         Diagnostics& diags);
void ConvertOrganization(const Document& doc, const KindSchema& schema, Content& content,
                         Diagnostics& diags);
void ConvertActivity(const Document& doc, const KindSchema& schema, Content& content,
                     Diagnostics& diags);
void ConvertSuppers(const Document& doc, const KindSchema& schema, Content& content,
                    Diagnostics& diags);
void ConvertCommunity(const Document& doc, const KindSchema& schema, Content& content,
                      Diagnostics& diags);
void ConvertNews(const Document& doc, const KindSchema& schema, Content& content,
                 Diagnostics& diags);
void ConvertPage(const Document& doc, const KindSchema& schema, Content& content,
                 Diagnostics& diags);

}  // namespace maillon
