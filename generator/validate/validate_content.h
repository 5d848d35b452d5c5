// Documents -> the typed content model, checking every field against its kind's schema.
#pragma once

#include <vector>

#include "diag/diagnostics.h"
#include "load/document.h"
#include "model/content.h"

namespace maillon {

// Checks every document against its schema (schema.h): unknown fields (with "did you mean"),
// missing required fields, wrong types, invalid dates/times/e-mails/URLs/colours, enum values,
// end before start, recurrence bounds; converts what is valid into Content and expands activity
// occurrences. Reports everything it finds and keeps going; cross references between files
// (slugs) are checked later, by resolve/.
Content ValidateContent(const std::vector<Document>& documents, Diagnostics& diags);

// What ValidateContent does for one document: checks it and appends what it converts to
// `content` (nothing across files: no duplicate slugs, no missing site.yaml). With `load_failed`
// (load/ reported an error in the file), a document without data is not checked field by field.
// False when the document is not content or not in its kind's format (reported).
bool ValidateDocument(const Document& doc, bool load_failed, Content& content,
                      Diagnostics& diags);

}  // namespace maillon
