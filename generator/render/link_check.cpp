// CheckLinks: scan every page and style sheet (on several threads), resolve each reference and
// look its target up in hash tables, then report each broken link once, where it can be fixed.
#include "render/link_check.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "diag/spellcheck.h"
#include "load/read_file.h"
#include "model/parallel.h"
#include "render/link_resolve.h"
#include "render/link_scan.h"

namespace maillon {

namespace link_check_detail {

enum class Problem { kNoFile, kNoId, kAboveRoot };

// A reference that leads nowhere, and where it was found.
struct BrokenLink {
  size_t file = 0;      // index of the file holding it
  std::string href;     // as written there (entities decoded)
  size_t offset = 0;    // of the href in that file's text
  SiteLink target;
  Problem problem = Problem::kNoFile;
  bool same_page = false;  // "#x": an element of the page itself
  std::string closest_id;  // kNoId: the target's id nearest to the fragment, if any
};

// A #fragment of another page, checked once every page is scanned. Small, as a big site may
// hold millions; the rare missing ones are described again from their file (Describe).
struct PendingFragment {
  uint64_t fragment_hash = 0;
  size_t offset = 0;  // of the href in `file`
  uint32_t file = 0;
  uint32_t target = 0;
};

// What the scan of one file found: kept per file, so that a file scanned again (the preview's
// incremental rebuilds) replaces its own findings only.
struct FileResult {
  std::vector<BrokenLink> broken;
  std::vector<PendingFragment> pending;
  std::vector<uint64_t> ids;  // HTML pages: hashes of the ids they define, sorted
};

bool IsHtml(const PlannedFile& f) {
  return f.content_type.starts_with("text/html") || f.path.ends_with(".html");
}

bool IsCss(const PlannedFile& f) {
  return f.content_type.starts_with("text/css") || f.path.ends_with(".css");
}

// "#" and "#top" scroll to the top of any page (HTML spec), whether or not such an element exists.
bool IsTopFragment(std::string_view fragment) {
  if (fragment.empty()) return true;
  if (fragment.size() != 3) return false;
  std::string lower(fragment);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "top";
}

uint64_t HashOf(std::string_view text) { return std::hash<std::string_view>{}(text); }

bool IsPagePath(std::string_view path) {
  return path.empty() || path.ends_with('/') || path.ends_with(".html");
}

bool ReadFromDisk(const std::string& path, std::string& out) {
  Text error;
  return ReadFileBytes(path, out, error);
}

// A letter or digit, or a byte of a UTF-8 sequence ("é" in "bénévole" continues the word).
bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// The byte offset of `needle` in `text` where it stands as a whole link (not inside a longer
// path like "entraide/" for "aide/", nor followed by more path or a template tag), or npos.
size_t FindLinkText(std::string_view text, std::string_view needle) {
  auto continues_path = [&](size_t i) {
    if (i >= text.size()) return false;
    const char c = text[i];
    // A final '.' or ',' ends a sentence, not the link ("see /aide/.").
    if (c == '.' || c == ',') return i + 1 < text.size() && !std::isspace(uint8_t(text[i + 1]));
    return IsWordByte(c) || c == '-' || c == '_' || c == '~' || c == '%' || c == '/';
  };
  if (needle.empty()) return std::string_view::npos;
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + 1)) {
    const size_t end = at + needle.size();
    const char before = at == 0 ? ' ' : text[at - 1];
    const bool clean_before =
        !(IsWordByte(before) || std::string_view("-._~%/").find(before) != std::string_view::npos);
    const bool clean_after = end == text.size() || !(continues_path(end) || text[end] == '#' ||
                                                     text[end] == '{');
    if (clean_before && clean_after) return at;
  }
  return std::string_view::npos;
}

// Whether byte `offset` of the file `path` is in a Markdown text, not in a front-matter field.
bool InMarkdownBody(std::string_view path, std::string_view text, size_t offset) {
  if (!path.ends_with(".md")) return false;
  if (!text.starts_with("---")) return true;
  // The closing fence: "---" starting a line, which may end at a lone CR.
  for (size_t at = text.find("---", 3); at != std::string_view::npos;
       at = text.find("---", at + 1)) {
    if (text[at - 1] == '\n' || text[at - 1] == '\r') return offset > at;
  }
  return false;
}

// "file:line:col" of byte `offset` of `text`, the file at `path`. Lines end as the loader ends
// them (load/text_checks.h): at LF, CRLF or a lone CR.
SourcePos PositionAt(const std::string& path, std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  size_t line_start = 0;
  for (size_t i = text.find_first_of("\r\n"); i != std::string_view::npos && i < offset;
       i = text.find_first_of("\r\n", i + 1)) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    ++line;
    line_start = i + 1;
  }
  return MakePos(std::make_shared<const std::string>(path), line,
                 static_cast<int>(offset - line_start) + 1);
}

}  // namespace link_check_detail

using namespace link_check_detail;

class LinkIndex::Checker {
 public:
  Checker(std::vector<PlannedFile> files, const LinkCheckOptions& options)
      : options_(options),
        resolver_(options.base_url),
        read_(options.read_file ? options.read_file : ReadTextFn(ReadFromDisk)),
        files_(std::move(files)),
        results_(files_.size()) {
    index_.reserve(files_.size());
    for (size_t i = 0; i < files_.size(); ++i) index_.emplace(files_[i].path, i);
  }

  size_t size() const { return files_.size(); }
  const PlannedFile& file(size_t i) const { return files_[i]; }

  // Checks every reference of file `i` but the fragments of other pages, which it leaves in
  // `pending`; keeps the ids a page defines for those. Every page comes through here, so the
  // references are views into `bytes`, and a link that resolves alike on every page as deep
  // (the menus' "../../aide/") is resolved and looked up once (see ClimbsToRoot).
  void Scan(size_t i, std::string_view bytes) {
    FileResult& out = results_[i];
    out = FileResult{};
    const BorrowedBuffers borrowed(*this);
    ScanBuffers& buffers = *borrowed;
    HtmlRefs& refs = buffers.refs;
    refs.clear();
    if (!ScanRefs(i, bytes, refs)) return;
    out.ids.reserve(refs.ids.size());
    for (std::string_view id : refs.ids) out.ids.push_back(HashOf(id));
    std::sort(out.ids.begin(), out.ids.end());
    OwnIds own_ids(refs.ids, buffers.sorted_ids);
    const size_t depth = PlainFolderDepth(files_[i].path);
    for (const HtmlRefs::Url& url : refs.urls) {
      const bool shared = depth != std::string_view::npos && ClimbsToRoot(url.url, depth);
      const Verdict* known = shared ? buffers.verdicts.Find(depth, url.url) : nullptr;
      // A link to the page itself is judged with the page's own ids: its verdict is not shared.
      if (known && known->target == i) known = nullptr;
      const Verdict verdict = known ? *known : Judge(i, url.url, own_ids, buffers);
      if (shared && !known && verdict.target != i) buffers.verdicts.Add(depth, url.url, verdict);
      switch (verdict.kind) {
        case Verdict::kFine: break;
        case Verdict::kPending:
          out.pending.push_back({verdict.fragment_hash, url.offset, uint32_t(i),
                                 uint32_t(verdict.target)});
          break;
        case Verdict::kBroken: AddBroken(i, url, verdict.problem, own_ids, buffers, out); break;
      }
    }
  }

  // Every broken reference of the site, in file order then by place in the file. `bytes_of`
  // gives files again for the rare fragments that their target page lacks.
  std::vector<BrokenLink> FindBroken(const BytesOfFn& bytes_of) const {
    std::vector<PendingFragment> misses;
    for (const FileResult& r : results_) {
      for (const PendingFragment& p : r.pending) {
        const std::vector<uint64_t>& ids = results_[p.target].ids;
        if (!std::binary_search(ids.begin(), ids.end(), p.fragment_hash)) misses.push_back(p);
      }
    }
    std::vector<BrokenLink> all;
    for (const FileResult& r : results_) all.insert(all.end(), r.broken.begin(), r.broken.end());
    Describe(misses, bytes_of, all);
    std::stable_sort(all.begin(), all.end(), [](const BrokenLink& a, const BrokenLink& b) {
      return a.file != b.file ? a.file < b.file : a.offset < b.offset;
    });
    return all;
  }

  // Reports each group of broken links that share a target (and problem) once per place.
  void Report(const std::vector<BrokenLink>& broken, Diagnostics& diags) {
    texts_.clear();  // content files may have changed since an earlier report
    texts_bytes_ = 0;
    std::vector<std::vector<const BrokenLink*>> groups;
    std::unordered_map<std::string, size_t> group_of;
    for (const BrokenLink& b : broken) {
      const auto [it, added] = group_of.emplace(GroupKey(b), groups.size());
      if (added) groups.emplace_back();
      groups[it->second].push_back(&b);
    }
    for (const auto& group : groups) ReportGroup(group, diags);
  }

 private:
  static constexpr size_t kNone = size_t(-1);

  // The index of the file that serves a site path, or kNone. "soupers" (no slash) counts when
  // "soupers/index.html" exists: static hosts redirect it.
  size_t Find(const std::string& path) const {
    std::string key;
    return FindFile(path, key);
  }

  // Find, building the keys it looks up in `key` (reused: the scan looks up every link).
  size_t FindFile(std::string_view path, std::string& key) const {
    const bool folder = path.empty() || path.ends_with('/');
    if (!folder) {
      if (auto it = index_.find(path); it != index_.end()) return it->second;
    }
    key.assign(path);
    key += folder ? "index.html" : "/index.html";  // FileForSitePath, or the redirected folder
    auto it = index_.find(key);
    return it != index_.end() ? it->second : kNone;
  }

  // The ids a page defines, for its own "#x" links: sorted on the first such link (most pages
  // have none but the skip link's).
  class OwnIds {
   public:
    OwnIds(const std::vector<std::string_view>& ids, std::vector<std::string_view>& sorted)
        : ids_(ids), sorted_(sorted) {}

    bool Has(std::string_view id) {
      if (!sorted_ready_) {
        sorted_.assign(ids_.begin(), ids_.end());
        std::sort(sorted_.begin(), sorted_.end());
        sorted_ready_ = true;
      }
      return std::binary_search(sorted_.begin(), sorted_.end(), id);
    }

    // In the page's order, for ClosestId.
    std::vector<std::string> Strings() const { return {ids_.begin(), ids_.end()}; }

   private:
    const std::vector<std::string_view>& ids_;
    std::vector<std::string_view>& sorted_;
    bool sorted_ready_ = false;
  };

  // What a link of page `i` comes to, wherever the page holds it.
  struct Verdict {
    enum Kind : uint8_t { kFine, kPending, kBroken };
    Kind kind = kFine;
    Problem problem = Problem::kNoFile;  // kBroken
    size_t target = kNone;               // the file it leads to, when there is one
    uint64_t fragment_hash = 0;          // kPending: the id to look for in `target`
  };

  // Verdicts of the links that resolve alike on every page as deep (ClimbsToRoot), by depth and
  // link text: a site's menus and footers repeat the same few on every page.
  class VerdictMemo {
   public:
    const Verdict* Find(size_t depth, std::string_view url) const {
      if (depth >= by_depth_.size()) return nullptr;
      const auto it = by_depth_[depth].find(url);
      return it == by_depth_[depth].end() ? nullptr : &it->second;
    }

    void Add(size_t depth, std::string_view url, const Verdict& verdict) {
      if (++size_ > kMaxSize) {  // a bound for big sites, where most links are seen once
        by_depth_.clear();
        size_ = 1;
      }
      if (depth >= by_depth_.size()) by_depth_.resize(depth + 1);
      by_depth_[depth].emplace(url, verdict);
    }

   private:
    struct Hash {
      using is_transparent = void;
      size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    static constexpr size_t kMaxSize = 1 << 14;
    std::vector<std::unordered_map<std::string, Verdict, Hash, std::equal_to<>>> by_depth_;
    size_t size_ = 0;
  };

  // What Scan reuses from page to page: one set per thread at a time.
  struct ScanBuffers {
    HtmlRefs refs;
    ResolveBuffers resolve;
    std::string key;
    std::vector<std::string_view> sorted_ids;
    VerdictMemo verdicts;
  };

  // A set of ScanBuffers taken from the checker's pool for one Scan, given back after: they
  // live as long as the checker, whichever threads scan.
  class BorrowedBuffers {
   public:
    explicit BorrowedBuffers(Checker& checker) : checker_(checker) {
      std::lock_guard<std::mutex> lock(checker_.buffers_mutex_);
      if (checker_.buffers_.empty()) {
        buffers_ = std::make_unique<ScanBuffers>();
      } else {
        buffers_ = std::move(checker_.buffers_.back());
        checker_.buffers_.pop_back();
      }
    }
    ~BorrowedBuffers() {
      std::lock_guard<std::mutex> lock(checker_.buffers_mutex_);
      checker_.buffers_.push_back(std::move(buffers_));
    }
    BorrowedBuffers(const BorrowedBuffers&) = delete;
    BorrowedBuffers& operator=(const BorrowedBuffers&) = delete;
    ScanBuffers& operator*() const { return *buffers_; }

   private:
    Checker& checker_;
    std::unique_ptr<ScanBuffers> buffers_;
  };

  // Resolves a link of page `i` and looks its target up: the same, wherever the page holds it.
  Verdict Judge(size_t i, std::string_view url, OwnIds& own_ids, ScanBuffers& buffers) const {
    const SiteLinkView target = resolver_.ResolveView(files_[i].path, url, buffers.resolve);
    if (target.kind == SiteLink::Kind::kElsewhere) return {};
    if (target.kind == SiteLink::Kind::kAboveRoot) {
      return {Verdict::kBroken, Problem::kAboveRoot};
    }
    const size_t t = FindFile(target.path, buffers.key);
    if (t == kNone) return {Verdict::kBroken, Problem::kNoFile};
    const Verdict fine{Verdict::kFine, Problem::kNoFile, t};
    if (!target.has_fragment || IsTopFragment(target.fragment)) return fine;
    // Only rendered pages' ids are known; a fragment of an image or a feed is not checked.
    if (!IsHtml(files_[t]) || !files_[t].copy_from.empty()) return fine;
    if (t != i) return {Verdict::kPending, Problem::kNoFile, t, HashOf(target.fragment)};
    if (own_ids.Has(target.fragment)) return fine;
    return {Verdict::kBroken, Problem::kNoId, t};
  }

  // Records a broken link of page `i`, resolved again for the message (broken links are few).
  void AddBroken(size_t i, const HtmlRefs::Url& url, Problem problem, OwnIds& own_ids,
                 ScanBuffers& buffers, FileResult& out) const {
    SiteLink target = resolver_.ResolveView(files_[i].path, url.url, buffers.resolve).ToSiteLink();
    BrokenLink& b = out.broken.emplace_back(
        BrokenLink{i, std::string(url.url), url.offset, std::move(target), problem});
    if (problem != Problem::kNoId) return;
    b.same_page = b.href.starts_with('#');
    b.closest_id = ClosestId(b.target.fragment, own_ids.Strings());
  }

  // Fills `scan` with the references (and ids) of file `i`, whose bytes are `bytes`; false for
  // files that hold none: neither a rendered page nor a style sheet. A copied HTML file's links
  // are the author's own; a copied style sheet is read from its file.
  bool ScanRefs(size_t i, std::string_view bytes, HtmlScan& scan) const {
    HtmlRefs refs;
    if (!ScanRefs(i, bytes, refs)) return false;
    AppendRefs(refs, scan);
    return true;
  }

  // The same, as views into `bytes` (or into `refs.owned`, which keeps a copied sheet's text).
  bool ScanRefs(size_t i, std::string_view bytes, HtmlRefs& refs) const {
    const PlannedFile& f = files_[i];
    if (IsHtml(f)) {
      if (!f.copy_from.empty()) return false;
      ScanHtmlRefs(bytes, refs);
      return true;
    }
    if (!IsCss(f)) return false;
    if (f.copy_from.empty()) {
      ScanCssRefs(bytes, 0, refs);
      return true;
    }
    std::string& text = refs.owned.emplace_back();
    if (!read_(f.copy_from, text)) return false;  // the writer reports an unreadable file
    ScanCssRefs(text, 0, refs);
    return true;
  }

  // The broken links behind fragments that their target page lacks, read again from the files
  // that hold them (few, so reading twice is cheaper than keeping every link in memory).
  void Describe(const std::vector<PendingFragment>& misses, const BytesOfFn& bytes_of,
                std::vector<BrokenLink>& out) const {
    std::map<uint32_t, std::vector<const PendingFragment*>> by_file;
    for (const PendingFragment& p : misses) by_file[p.file].push_back(&p);
    std::map<uint32_t, std::vector<std::string>> target_ids;
    for (const auto& [file, list] : by_file) {
      std::string bytes;
      if (!files_[file].copy_from.empty() || !bytes_of || !bytes_of(file, bytes)) continue;
      HtmlScan scan;
      ScanRefs(file, bytes, scan);
      std::unordered_map<size_t, const FoundUrl*> at;
      for (const FoundUrl& url : scan.urls) at.emplace(url.offset, &url);
      for (const PendingFragment* p : list) {
        auto it = at.find(p->offset);
        if (it == at.end()) continue;  // cannot happen: the file did not change
        BrokenLink b{file, it->second->url, p->offset, {}, Problem::kNoId};
        b.target = resolver_.Resolve(files_[file].path, b.href);
        auto ids = target_ids.find(p->target);
        if (ids == target_ids.end()) {
          ids = target_ids.emplace(p->target, std::vector<std::string>()).first;
          std::string target_bytes;
          if (bytes_of(p->target, target_bytes)) ScanHtmlIds(target_bytes, ids->second);
        }
        b.closest_id = ClosestId(b.target.fragment, ids->second);
        out.push_back(std::move(b));
      }
    }
  }

  static std::string ClosestId(const std::string& fragment, const std::vector<std::string>& ids) {
    const std::vector<std::string> closest = ClosestMatches(fragment, ids, 1);
    return closest.empty() ? std::string() : closest[0];
  }

  static std::string GroupKey(const BrokenLink& b) {
    switch (b.problem) {
      case Problem::kAboveRoot: return "above\n" + b.href;
      case Problem::kNoFile: return "file\n" + b.target.path;  // whatever the fragment
      case Problem::kNoId: break;
    }
    return (b.same_page ? std::string("self\n") : "id\n" + b.target.path) + '#' +
           b.target.fragment;
  }

  static std::string Fragment(const BrokenLink& b) {
    return b.target.has_fragment ? "#" + b.target.fragment : std::string();
  }

  // The link as a site path ("/soupers/x/#y"), or as written when that says more.
  static std::string Display(const BrokenLink& b) {
    if (b.same_page || b.problem == Problem::kAboveRoot) return b.href;
    return "/" + b.target.path + Fragment(b);
  }

  static Text Reason(const BrokenLink& b) {
    switch (b.problem) {
      case Problem::kAboveRoot:
        return {"it climbs above the site's root (too many '../')",
                "il remonte au-dessus de la racine du site (trop de « ../ »)"};
      case Problem::kNoFile:
        return IsPagePath(b.target.path) ? Text("no such page", "cette page n'existe pas")
                                         : Text("no such file", "ce fichier n'existe pas");
      case Problem::kNoId: break;
    }
    const Text page = b.same_page ? Text("the page", "la page")
                                  : Text("the page /" + b.target.path, "la page /" + b.target.path);
    return page + Text(" has no element with id ", " n'a pas d'élément d'id ") +
           Quoted(b.target.fragment);
  }

  // "did you mean ...?" in the form the link was shown in, or "".
  Text Suggestion(const BrokenLink& b, const std::string& shown) {
    if (b.problem == Problem::kNoId) {
      if (b.closest_id.empty()) return {};
      return DidYouMean({shown.substr(0, shown.find('#') + 1) + b.closest_id});
    }
    if (b.problem != Problem::kNoFile) return {};
    const std::string fixed = ClosestPath(b.target.path);
    return fixed.empty() ? Text() : DidYouMean({"/" + fixed + Fragment(b)});
  }

  // How an author may have written the link in a content file: a site path, the absolute URL,
  // or as it is in the page.
  std::vector<std::string> TextForms(const BrokenLink& b) const {
    std::vector<std::string> forms;
    if (b.problem != Problem::kAboveRoot && !b.same_page) {
      forms.push_back("/" + b.target.path + Fragment(b));
      if (!resolver_.base_url().empty()) {
        forms.push_back(resolver_.base_url() + b.target.path + Fragment(b));
      }
    }
    forms.push_back(b.href);
    return forms;
  }

  // The same, plus how a template writes it after {{root}} ("soupers/x/").
  std::vector<std::string> SharedForms(const BrokenLink& b) const {
    std::vector<std::string> forms = TextForms(b);
    if (!b.same_page && !b.target.path.empty()) forms.push_back(b.target.path + Fragment(b));
    return forms;
  }

  struct Hit {
    SourcePos pos;
    std::string form;
    bool in_body = false;  // in a Markdown file's text, after its front matter
  };

  std::optional<Hit> FindIn(const std::string& path, const std::vector<std::string>& forms) {
    const std::string* text = SourceText(path);
    if (!text) return std::nullopt;
    for (const std::string& form : forms) {
      const size_t at = FindLinkText(*text, form);
      if (at != std::string_view::npos) {
        return Hit{PositionAt(path, *text, at), form, InMarkdownBody(path, *text, at)};
      }
    }
    return std::nullopt;
  }

  // The text of a file, read once; nullptr when unreadable. The cache is bounded: a template
  // link broken on every page of a big site makes every page's content file be searched.
  const std::string* SourceText(const std::string& path) {
    auto it = texts_.find(path);
    if (it == texts_.end()) {
      std::string text;
      std::optional<std::string> value;
      if (read_(path, text)) value = std::move(text);
      if (texts_bytes_ > kTextCacheBytes) {
        texts_.clear();
        texts_bytes_ = 0;
      }
      texts_bytes_ += value ? value->size() : 0;
      it = texts_.emplace(path, std::move(value)).first;
    }
    return it->second ? &*it->second : nullptr;
  }

  void ReportGroup(const std::vector<const BrokenLink*>& group, Diagnostics& diags) {
    std::set<std::string> placed;  // files this link was already reported in
    std::vector<const BrokenLink*> rest;
    for (const BrokenLink* b : group) {
      const PlannedFile& f = files_[b->file];
      if (IsCss(f) && !f.copy_from.empty()) {
        // A theme style sheet: the offset is a place in the file on disk.
        const std::string* text = SourceText(f.copy_from);
        if (placed.insert(f.copy_from).second) {
          diags.Error(text ? PositionAt(f.copy_from, *text, b->offset) : FilePos(f.copy_from), "",
                      Text("broken link ", "lien brisé ") + Quoted(b->href) +
                          Text(" in " + f.path + ": ", " dans " + f.path + " : ") + Reason(*b),
                      Suggestion(*b, b->href));
        }
        continue;
      }
      const std::string& source = f.source.path();
      if (!source.empty()) {
        if (std::optional<Hit> hit = FindIn(source, TextForms(*b))) {
          if (placed.insert(source).second) {
            diags.Error(hit->pos, "",
                        Text("broken link ", "lien brisé ") + Quoted(hit->form) +
                            (hit->in_body ? Text(" in the text of " + source + ": ",
                                                 " dans le texte de " + source + " : ")
                                          : Text(" in " + source + ": ", " dans " + source + " : ")) +
                            Reason(*b),
                        Suggestion(*b, hit->form));
          }
          continue;
        }
      }
      rest.push_back(b);
    }
    if (rest.empty()) return;

    // Left: links the pages' templates wrote. Say where, once for all the pages showing them.
    std::vector<size_t> pages;
    for (const BrokenLink* b : rest) {
      if (pages.empty() || pages.back() != b->file) pages.push_back(b->file);  // sorted by file
    }
    const BrokenLink& first = *rest.front();
    const std::string shown = Display(first);
    Text where("in " + files_[pages[0]].path, "dans " + files_[pages[0]].path);
    if (pages.size() > 1) {
      const std::string n = std::to_string(pages.size());
      const std::string& a = files_[pages[0]].path;
      const std::string& b = files_[pages[1]].path;
      where = {"on " + n + " pages, e.g. " + a + " and " + b,
               "sur " + n + " pages, par exemple " + a + " et " + b};
    }
    const Text message = Text("broken link ", "lien brisé ") + Quoted(shown) + " " + where +
                         Text(": ", " : ") + Reason(first);
    for (const std::string& shared : options_.shared_files) {
      if (std::optional<Hit> hit = FindIn(shared, SharedForms(first))) {
        diags.Error(hit->pos, "", message, Suggestion(first, shown));
        return;
      }
    }
    const PlannedFile& f = files_[pages[0]];
    diags.Error(f.source.path().empty() ? FilePos(f.path) : f.source, "", message,
                Suggestion(first, shown));
  }

  // The existing site path closest to `path`, fixing one folder level at a time
  // ("soupres/x/" -> "soupers/x/"); "" when there is none.
  std::string ClosestPath(const std::string& path) {
    if (children_.empty()) IndexFolders();
    std::string fixed;
    size_t start = 0;
    while (start < path.size()) {
      const size_t slash = path.find('/', start);
      const std::string part =
          path.substr(start, slash == std::string::npos ? std::string::npos : slash + 1 - start);
      start = slash == std::string::npos ? path.size() : slash + 1;
      if (known_.count(fixed + part)) {
        fixed += part;
        continue;
      }
      auto it = children_.find(fixed);
      if (it == children_.end()) return {};
      const auto closest = ClosestMatches(part, it->second, 1);
      if (closest.empty()) return {};
      fixed += closest[0];
    }
    if (fixed == path || Find(fixed) == kNone) return {};
    return fixed;
  }

  // Folder -> its entries ("soupers/" -> "manseau-2026-02-19/", ...), for suggestions only.
  void IndexFolders() {
    for (const PlannedFile& entry : files_) {
      const std::string& path = entry.path;
      size_t start = 0;
      while (start < path.size()) {
        const size_t slash = path.find('/', start);
        const size_t end = slash == std::string::npos ? path.size() : slash + 1;
        const std::string prefix = path.substr(0, end);
        if (known_.insert(prefix).second) {
          children_[path.substr(0, start)].push_back(path.substr(start, end - start));
        }
        start = end;
      }
    }
  }

  const LinkCheckOptions& options_;
  const LinkResolver resolver_;
  const ReadTextFn read_;
  std::vector<PlannedFile> files_;
  std::vector<FileResult> results_;                     // per file, as its last scan left it
  std::unordered_map<std::string_view, size_t> index_;  // file path -> index in files_
  static constexpr size_t kTextCacheBytes = 64 << 20;
  std::unordered_map<std::string, std::optional<std::string>> texts_;  // read for reporting
  size_t texts_bytes_ = 0;
  std::unordered_map<std::string, std::vector<std::string>> children_;
  std::unordered_set<std::string> known_;  // every file and folder path, for suggestions
  std::mutex buffers_mutex_;
  std::vector<std::unique_ptr<ScanBuffers>> buffers_;  // for Scan, on any thread
};

LinkCheckOptions PortalLinkCheckOptions(const ResolvedSite& site, const Theme& theme,
                                        const RenderOptions& render) {
  LinkCheckOptions options;
  options.base_url = render.base_url;
  options.jobs = render.jobs;
  if (site.content) {
    if (options.base_url.empty()) options.base_url = site.content->site.base_url;
    const std::string& site_yaml = site.content->site.pos.path();
    if (!site_yaml.empty()) options.shared_files.push_back(site_yaml);
  }
  // Partials first: the header, menu and footer hold the links every page shows.
  for (const auto& [name, text] : theme.partials) {
    options.shared_files.push_back(
        theme.FilePath("partials", name));
  }
  for (const auto& [name, text] : theme.layouts) {
    options.shared_files.push_back(
        theme.FilePath("layouts", name));
  }
  return options;
}

LinkIndex::LinkIndex(std::vector<PlannedFile> files, LinkCheckOptions options)
    : options_(std::move(options)),
      checker_(std::make_unique<Checker>(std::move(files), options_)) {}

LinkIndex::~LinkIndex() = default;

size_t LinkIndex::size() const { return checker_->size(); }

const PlannedFile& LinkIndex::file(size_t i) const { return checker_->file(i); }

void LinkIndex::Scan(size_t i, std::string_view bytes) { checker_->Scan(i, bytes); }

void LinkIndex::Report(Diagnostics& diags, const BytesOfFn& bytes_of) {
  try {
    const std::vector<BrokenLink> broken = checker_->FindBroken(bytes_of);
    checker_->Report(broken, diags);
  } catch (const std::exception& e) {
    diags.Error({}, "",
                Text("the link check stopped: ", "la vérification des liens s'est arrêtée : ") +
                    e.what());
  }
}

void CheckLinks(const RenderedSite& site, const LinkCheckOptions& options, Diagnostics& diags) {
  std::vector<PlannedFile> files;
  std::vector<const OutputFile*> outputs;
  files.reserve(site.files.size());
  for (const auto& [path, file] : site.files) {
    files.push_back({path, file.content_type, file.source, file.copy_from});
    outputs.push_back(&file);
  }
  LinkIndex index(std::move(files), options);
  const std::string error = ForEachIndex(outputs.size(), options.jobs,
                                         [&](size_t i) { index.Scan(i, outputs[i]->bytes); });
  if (!error.empty()) {
    diags.Error({}, "",
                Text("the link check stopped: ", "la vérification des liens s'est arrêtée : ") +
                    error);
    return;
  }
  index.Report(diags, [&](size_t i, std::string& out) {
    out = outputs[i]->bytes;
    return true;
  });
}

}  // namespace maillon
