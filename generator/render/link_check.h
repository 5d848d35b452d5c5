// Checking every internal link and asset reference of a rendered site, #fragments included.
#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "load/theme.h"
#include "render/render_site.h"
#include "render/rendered_site.h"
#include "resolve/resolved_site.h"

namespace maillon {

// Reads a whole file into `out`; false when it cannot. Must be safe to call from several threads.
using ReadTextFn = std::function<bool(const std::string& path, std::string& out)>;

struct LinkCheckOptions {
  // The site's public address ("https://example.org/portail/"): absolute links under it (canonical,
  // og:url) are checked as links into the site. Empty: only relative links and "/..." paths are.
  std::string base_url;
  // Files whose links show on many pages (site.yaml, the theme's layouts and partials): where a
  // broken link that no page's own content file holds is looked for, to say where to fix it.
  std::vector<std::string> shared_files;
  // Reads copied style sheets (OutputFile::copy_from) and the files a broken link may be written
  // in, to give its line. Empty: read from disk.
  ReadTextFn read_file;
  int jobs = 1;  // threads scanning files
};

// The options for a rendered portal: the base URL it was rendered with (--base-url, else
// site.yaml's), site.yaml and the theme's templates as shared files, the render's thread count.
LinkCheckOptions PortalLinkCheckOptions(const ResolvedSite& site, const Theme& theme,
                                        const RenderOptions& render);

// A file's bytes again, by its index, for the rare messages that need them; false when
// unavailable.
using BytesOfFn = std::function<bool(size_t index, std::string& out)>;

// The link check of a site whose files are known before they are made: each file is scanned as
// soon as it exists (and may then be dropped), the report comes once all are scanned. A file
// scanned again replaces its earlier findings, so the preview rescans only what it re-renders.
class LinkIndex {
 public:
  // `files`: every file of the site (pages, generated files, copied files), each path once.
  LinkIndex(std::vector<PlannedFile> files, LinkCheckOptions options);
  ~LinkIndex();
  LinkIndex(const LinkIndex&) = delete;
  LinkIndex& operator=(const LinkIndex&) = delete;

  size_t size() const;
  const PlannedFile& file(size_t i) const;
  // Checks the references of file `i`, made of `bytes` (a copied style sheet is read from its
  // file; other copied files hold nothing to check). Safe from several threads for distinct i.
  void Scan(size_t i, std::string_view bytes);
  // Reports as errors the links, asset references and #fragments of the files scanned that lead
  // to no file of the site, or to no element of the target page. Each broken link is reported
  // once per place that holds it: at its line in a content file's text or a shared file when it
  // is found there, else at the page's content file (or output path). Links to other hosts,
  // mailto:, tel: and data: are not checked. Copied HTML files are not scanned.
  void Report(Diagnostics& diags, const BytesOfFn& bytes_of);

 private:
  class Checker;
  LinkCheckOptions options_;
  std::unique_ptr<Checker> checker_;
};

// A LinkIndex over `site`, every file scanned, then the report.
void CheckLinks(const RenderedSite& site, const LinkCheckOptions& options, Diagnostics& diags);

}  // namespace maillon
