// The command line of `maillon new`: KIND SLUG, its own options and one --FIELD VALUE per
// field to fill, checked against the kind's schema.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "validate/schema.h"

namespace maillon {

struct NewArgs {
  std::vector<std::string> positional;        // KIND SLUG
  std::string content_dir = "content";        // --content
  std::string format;                         // --format md|yaml; empty: md when allowed
  std::string now;                            // --now DATETIME; empty: the current time
  std::map<std::string, std::string> fields;  // --FIELD VALUE, by field path ("recurrence.every")
  bool help = false;
  std::string error;  // a usage error, already phrased for the user
};

// Parses the arguments after "new": --content, --format, --now, --help; any other --NAME
// VALUE (or --NAME=VALUE) is a field, checked later against the kind (CheckFieldNames).
NewArgs ParseNewArgs(const std::vector<std::string>& args);

// The kinds `maillon new` makes: those with one file per item (not site, categories,
// resources).
std::vector<const KindSchema*> NewKinds();

// The kind named `name` (as schema.cpp spells it, or its folder: "activities"), or nullptr
// with a usage error in `error` ("did you mean", or what to do for site.yaml and the lists).
const KindSchema* KindForNew(const std::string& name, std::string* error);

// "" when every --FIELD names a field of `kind`; otherwise a usage error with "did you mean"
// over the kind's fields (and the command's options).
std::string CheckFieldNames(const KindSchema& kind, const NewArgs& args);

// The kind's fields as `maillon new KIND --help` lists them, one a line:
// "  --start            first occurrence (America/Toronto) (required; datetime)".
std::string FieldsHelp(const KindSchema& kind);

}  // namespace maillon
