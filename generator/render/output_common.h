// Pieces shared by the machine-readable outputs (calendars, feeds, sitemap, open data, search):
// absolute URLs, RFC 3339 times and adding a file to the rendered site.
#pragma once

#include <string>
#include <string_view>

#include "diag/diagnostics.h"
#include "model/dates.h"
#include "render/rendered_site.h"
#include "render/views.h"

namespace maillon {

inline constexpr const char kCalendarType[] = "text/calendar; charset=utf-8";
inline constexpr const char kAtomType[] = "application/atom+xml; charset=utf-8";
inline constexpr const char kXmlType[] = "application/xml; charset=utf-8";
inline constexpr const char kTextType[] = "text/plain; charset=utf-8";
inline constexpr const char kJsonType[] = "application/json; charset=utf-8";
inline constexpr const char kCsvType[] = "text/csv; charset=utf-8";

// The absolute URL of a site path ("soupers/" -> "https://example.org/portail/soupers/"); the
// base path alone ("/portail/soupers/") when the site has no base URL.
std::string OutputUrl(const ViewContext& ctx, std::string_view site_path);

// The host of a URL, lowercase, without user, port or path ("https://Example.org:8080/x" ->
// "example.org"); "localhost" when there is none.
std::string UrlHost(std::string_view url);

// RFC 3339 with the Toronto offset of that local time: "2027-01-13T13:30:00-05:00".
std::string Rfc3339(const DateTime& local);

// Adds a generated file at `path`; reports a clash with a page or another output there.
void AddGeneratedFile(RenderedSite& out, const std::string& path, std::string bytes,
                      const char* content_type, const SourcePos& source, Diagnostics& diags);

}  // namespace maillon
