// Open data: donnees/organismes, activites and soupers as JSON and CSV twins, in the stable
// shape docs/OPEN-DATA.md describes (English field names, slugs, ISO dates, absolute URLs).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/output_plan.h"

namespace maillon {

// One CSV field per RFC 4180: quoted (with quotes doubled) when it holds a comma, a quote, CR
// or LF; as is otherwise.
std::string CsvField(std::string_view text);
// One CSV record: the fields separated by commas, ended by CRLF.
std::string CsvRow(const std::vector<std::string>& fields);

// Plans donnees/organismes.json, donnees/activites.json, donnees/soupers.json and their .csv
// twins. Values are the content as written (no typography); output depends only on the
// content, the base URL and the build's "now" (the "generated" field).
void PlanOpenData(const ViewContext& ctx, OutputPlans& plans);
// municipalites/SLUG/evenements.json: the municipality's next 100 events (its dated suppers and
// the dates of the activities held there), for a municipal web site to show (docs/OPEN-DATA.md).
std::string MunicipalityEventsJson(const ViewContext& ctx, const Municipality& m);

}  // namespace maillon
