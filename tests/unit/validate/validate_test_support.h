// Helpers shared by the validate tests (defined in validate_test_support.cpp).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/document.h"
#include "validate/validate_content.h"

namespace maillon::test {

// A document parsed from `text` as load/ would parse the file at `path`.
Document Doc(const std::string& path, std::string_view text, Diagnostics& diags);
// The content validated from (path, text) pairs.
Content Validate(const std::vector<std::pair<std::string, std::string>>& files, Diagnostics& diags);

// A valid activity: the tests add or change one line.
inline const std::string kActivity = R"(title: Café-rencontre
organization: cab-mrc-becancour
municipality: manseau
category: entraide
start: 2026-01-14T13:30
end: 2026-01-14T15:30
)";

}  // namespace maillon::test
