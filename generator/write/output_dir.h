// Committing a rendered site to disk: write aside, then swap, so a failure never harms site/.
#pragma once

#include <string>
#include <vector>

#include <memory>
#include <mutex>
#include <unordered_set>

#include "diag/diagnostics.h"
#include "render/output_sink.h"
#include "render/rendered_site.h"

namespace maillon {

// The file Maillon leaves in every output folder it writes, so that it only ever replaces a
// folder it made itself.
inline constexpr const char* kOutputMarker = ".maillon-output";

struct WriteOptions {
  std::string out_dir = "site";
  std::vector<std::string> protected_dirs;  // content and theme folders: never written into
  int jobs = 1;                             // threads writing files
};

// Reports (as errors at the folder) an output folder that is, contains or sits inside a protected
// folder, or that exists, is not empty and has no marker file. Returns true when usable.
bool CheckOutputDir(const WriteOptions& options, Diagnostics& diags);

struct WriteStats {
  size_t files = 0;
  size_t unchanged = 0;  // identical to the previous output: hard-linked, so mtimes stay
};

// The output of a build as it is made: files go into a fresh folder beside out_dir as soon as
// they are put (a file identical to the previous output's is hard-linked from it, so its mtime
// stays and deploy tools see only real changes), then Commit exchanges that folder with out_dir
// in one rename and removes the old tree. Until then, and for ever after a failure, out_dir is
// left exactly as it was; a folder that is not committed is removed.
class OutputFolder : public OutputSink {
 public:
  explicit OutputFolder(WriteOptions options);
  ~OutputFolder() override;  // removes the temporary folder unless committed
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  // Creates the temporary folder; false (with the reason in `diags`) when it cannot.
  bool Open(Diagnostics& diags);
  // Writes `file` now. Safe from several threads. A failure is kept for Commit to report.
  void Put(const std::string& path, OutputFile file) override;
  // Reads back a file already written.
  bool Get(const std::string& path, std::string& out) override;
  // Writes the marker file and swaps the folder in. Reports the first failed write (in path
  // order) instead, and then leaves out_dir as it was. Returns true on success.
  bool Commit(WriteStats* stats, Diagnostics& diags);

 private:
  bool MakeParent(const std::string& path, std::string* error);
  bool MakeFolder(const std::string& dir, std::string* error);

  WriteOptions options_;
  std::string out_;       // out_dir, absolute
  std::string tmp_;       // the temporary folder beside it
  std::string previous_;  // out_, when it exists: files to reuse
  bool open_ = false;
  bool committed_ = false;
  std::mutex mutex_;
  std::unordered_set<std::string> dirs_;  // folders made so far (relative)
  std::string first_error_path_;          // the failed write first in path order
  std::string first_error_;
  size_t files_ = 0;
  size_t unchanged_ = 0;
};

// Writes every file of `site` through an OutputFolder (on options.jobs threads), then commits.
// On any failure the temporary folder is removed, out_dir is left exactly as it was, and the
// reason goes to `diags`. Returns true on success.
bool WriteSiteAtomically(const RenderedSite& site, const WriteOptions& options, WriteStats* stats,
                         Diagnostics& diags);

}  // namespace maillon
