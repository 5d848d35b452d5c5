// Where rendered files go as they are made: memory (the preview, tests), a folder (build) or
// nowhere (check). Files are handed over one at a time, so a build never holds the whole site.
#pragma once

#include <mutex>
#include <string>

#include "render/rendered_site.h"

namespace maillon {

class OutputSink {
 public:
  virtual ~OutputSink() = default;
  // Takes the file at site path `path`. Called from several threads at once, once per path.
  virtual void Put(const std::string& path, OutputFile file) = 0;
  // The bytes of a file already put, into `out` (a copied file's own bytes are not read);
  // false when this sink does not keep them. Only for messages about rare broken links.
  virtual bool Get(const std::string& path, std::string& out) = 0;
};

// Keeps every file in a RenderedSite.
class MemorySink : public OutputSink {
 public:
  void Put(const std::string& path, OutputFile file) override {
    const std::lock_guard<std::mutex> lock(mutex_);
    site.files[path] = std::move(file);
  }
  bool Get(const std::string& path, std::string& out) override {
    const std::lock_guard<std::mutex> lock(mutex_);
    auto it = site.files.find(path);
    if (it == site.files.end()) return false;
    out = it->second.bytes;
    return true;
  }

  RenderedSite site;

 private:
  std::mutex mutex_;
};

// Puts every file under a folder of another sink ("manseau/" + path): one build, several sites.
class PrefixSink : public OutputSink {
 public:
  PrefixSink(OutputSink& inner, std::string prefix) : inner_(inner), prefix_(std::move(prefix)) {}
  void Put(const std::string& path, OutputFile file) override {
    inner_.Put(prefix_ + path, std::move(file));
  }
  bool Get(const std::string& path, std::string& out) override {
    return inner_.Get(prefix_ + path, out);
  }

 private:
  OutputSink& inner_;
  std::string prefix_;
};

// Keeps nothing: `maillon check` renders every page to check it, then drops it.
class NullSink : public OutputSink {
 public:
  void Put(const std::string&, OutputFile) override {}
  bool Get(const std::string&, std::string&) override { return false; }
};

}  // namespace maillon
