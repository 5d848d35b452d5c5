// Which content files an output shows, recorded while it is made, so that the preview can make
// again only the outputs that showed a file that changed (the dependency graph of incremental
// rebuilds). Views and generated outputs call NoteRead for every item whose data they show.
#pragma once

#include <string>
#include <vector>

#include "diag/source_pos.h"

namespace maillon {

// Records the reads of the thread that creates it, until it is destroyed (scopes nest: an inner
// recorder hides the outer one).
class ReadRecorder {
 public:
  ReadRecorder();
  ~ReadRecorder();
  ReadRecorder(const ReadRecorder&) = delete;
  ReadRecorder& operator=(const ReadRecorder&) = delete;

  // The files read: each SourcePos::file string, sorted and without repeats. Valid while the
  // items read are alive.
  std::vector<const std::string*> Files();

 private:
  friend void NoteRead(const SourcePos& pos);
  std::vector<const std::string*> files_;  // in order of reads, repeats included
  ReadRecorder* outer_;
};

namespace detail {
extern thread_local ReadRecorder* current_recorder;
}  // namespace detail

// Records that the output being made shows data of the content item at `pos`: its file. Costs
// one test when nothing records (maillon build).
inline void NoteRead(const SourcePos& pos) {
  ReadRecorder* recorder = detail::current_recorder;
  if (recorder && pos.file) recorder->files_.push_back(pos.file.get());
}

}  // namespace maillon
