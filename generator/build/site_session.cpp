// SiteSession: full builds that keep their state, and incremental builds through the dependency
// graph (content file -> the outputs that showed it).
#include "build/site_session.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "build/prepare.h"
#include "load/document_cache.h"
#include "render/fragment_memo.h"
#include "render/link_check.h"
#include "render/page_cache.h"
#include "render/text_memo.h"
#include "resolve/resolve_key.h"
#include "validate/validate_content.h"

namespace maillon {

namespace {

// The folders whose files hold items that an incremental build can replace in place.
bool IsItemFolder(std::string_view folder) {
  for (std::string_view f : {"municipalities", "organizations", "activities", "suppers",
                             "communities", "news", "pages"}) {
    if (folder == f) return true;
  }
  return false;
}

using KeyMap = std::unordered_map<std::string, std::string>;  // content file -> resolve key

// The resolve key of every item file of `c`, by file path.
KeyMap ResolveKeys(const Content& c) {
  KeyMap keys;
  for (const Municipality& m : c.municipalities) keys[m.pos.path()] = ResolveKey(m);
  for (const Organization& o : c.organizations) keys[o.pos.path()] = ResolveKey(o);
  for (const Activity& a : c.activities) keys[a.pos.path()] = ResolveKey(a);
  for (const Community& k : c.communities) keys[k.pos.path()] = ResolveKey(k);
  for (const NewsItem& n : c.news) keys[n.pos.path()] = ResolveKey(n);
  for (const Page& p : c.pages) keys[p.pos.path()] = ResolveKey(p);
  std::map<std::string, std::vector<const Supper*>> schedules;
  for (const Supper& s : c.suppers) schedules[s.pos.path()].push_back(&s);
  for (const auto& [path, suppers] : schedules) keys[path] = ResolveKey(suppers);
  return keys;
}

// Replaces the item of `items` that comes from `path` by `fresh`'s only item, in place (so
// that every pointer to it stays valid). False when `items` holds none: a hidden news item.
// Its texts kept in `fragments` are forgotten.
template <class T>
bool ReplaceItem(std::vector<T>& items, const std::string& path, std::vector<T>& fresh,
                 FragmentMemo& fragments) {
  if (fresh.size() != 1) return false;
  for (T& item : items) {
    if (item.pos.path() == path) {
      item = std::move(fresh.front());
      fragments.Forget(&item);
      return true;
    }
  }
  return false;
}

// Replaces the suppers of schedule `path`, one by one in file order (their keys are equal, so
// they are as many).
void ReplaceSuppers(std::vector<Supper>& suppers, const std::string& path,
                    std::vector<Supper>& fresh, FragmentMemo& fragments) {
  size_t next = 0;
  for (Supper& s : suppers) {
    if (s.pos.path() == path && next < fresh.size()) {
      s = std::move(fresh[next++]);
      fragments.Forget(&s);
    }
  }
}

// One modified file, read and validated again, waiting to replace its items.
struct Edit {
  std::string path;
  size_t document = 0;  // index in PreparedSite::loaded.documents
  Document doc;
  Content items;
  Diagnostics diags;  // its load and validation messages
};

}  // namespace

struct SiteSession::Caches {
  DocumentCache documents;
  RenderMemo memo;
  PageCache pages;
  FragmentMemo fragments;  // items' texts, by address: cleared with each new Content
};

struct SiteSession::State {
  PreparedSite prepared;
  std::unique_ptr<SiteRenderer> renderer;
  std::unique_ptr<LinkIndex> links;
  KeyMap keys;
  std::unordered_map<std::string, size_t> document_of;  // content file path -> document index
  std::unordered_map<std::string, uint32_t> file_ids;   // content file path -> id
  std::unordered_map<std::string, size_t> copied_of;    // copied file's disk path -> output
  std::vector<std::vector<uint32_t>> reads;    // per output: the files it showed
  std::vector<std::vector<uint32_t>> readers;  // per file: the outputs that showed it
  std::map<std::string, Diagnostics> file_diags;  // load and validation messages, per file
  Diagnostics other_diags;                        // the rest: theme, resolve, render, links
  Language language = Language::kEnglish;        // the messages' (the site's language)
  size_t pages = 0;

  // Records what output `index` showed, replacing what it showed before.
  void SetReads(size_t index, const std::vector<const std::string*>& files) {
    for (uint32_t id : reads[index]) {
      auto& list = readers[id];
      list.erase(std::remove(list.begin(), list.end(), uint32_t(index)), list.end());
    }
    std::vector<uint32_t> ids;
    for (const std::string* file : files) {
      auto it = file_ids.find(*file);
      if (it != file_ids.end()) ids.push_back(it->second);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (uint32_t id : ids) readers[id].push_back(uint32_t(index));
    reads[index] = std::move(ids);
  }

  // Every message about the site: the files' own, then the rest (sorted when printed).
  Diagnostics AllDiagnostics() const {
    Diagnostics all;
    all.set_language(language);
    for (const auto& [path, diags] : file_diags) {
      for (const Diagnostic& d : diags.all()) all.Add(d);
    }
    for (const Diagnostic& d : other_diags.all()) all.Add(d);
    return all;
  }
};

SiteSession::SiteSession(BuildOptions options)
    : options_(std::move(options)), caches_(std::make_unique<Caches>()) {
  options_.document_cache = &caches_->documents;
  options_.render_memo = &caches_->memo;
  options_.page_cache = &caches_->pages;
  options_.fragments = &caches_->fragments;
}

SiteSession::~SiteSession() = default;

SessionBuild SiteSession::Build(const DateTime& now, const SourceChanges* changes) {
  if (changes && state_) {
    const ResolvedSite& site = state_->prepared.site;
    const bool same_time = !(now < site.now) && (!site.changes_at || now < *site.changes_at);
    SessionBuild out;
    if (same_time && BuildIncrementally(*changes, out)) return out;
  }
  return BuildFully(now);
}

void SiteSession::Forget() { state_.reset(); }

SessionBuild SiteSession::BuildFully(const DateTime& now) {
  state_.reset();  // its renderer points into the site it replaces
  caches_->fragments.Clear();  // kept by item address: the new items may reuse old addresses
  options_.now = now;
  SessionBuild out;
  PhaseClock clock(out.timings);
  auto state = std::make_unique<State>();
  Diagnostics diags;
  size_t split = 0;  // diags before it come from load, theme and validation
  const bool prepared =
      PrepareSite(options_, diags, clock, state->prepared, [&](const Content& content) {
        state->keys = ResolveKeys(content);
        split = diags.all().size();
      });
  if (!prepared) {
    out.diags = std::move(diags);
    return out;
  }
  PreparedSite& p = state->prepared;
  const RenderOptions render = RenderOptionsFor(options_, p);
  state->renderer = std::make_unique<SiteRenderer>(p.site, p.theme, render, diags);
  const SiteRenderer& renderer = *state->renderer;
  state->links = std::make_unique<LinkIndex>(renderer.files(),
                                             PortalLinkCheckOptions(p.site, p.theme, render));
  MemorySink sink;
  FileReads reads;
  state->renderer->Make(nullptr, sink,
                        [&](size_t i, std::string_view bytes) { state->links->Scan(i, bytes); },
                        &reads, diags);
  state->renderer->Finish(diags);
  clock.Lap("render");
  if (!diags.HasErrors()) {
    state->links->Report(diags, [&](size_t i, std::string& bytes) {
      return sink.Get(renderer.files()[i].path, bytes);
    });
  }
  clock.Lap("links");
  for (const PlannedFile& file : renderer.files()) state->pages += file.path.ends_with(".html");
  out.pages = state->pages;
  out.pages_rendered = caches_->pages.rendered;
  out.pages_reused = caches_->pages.reused;
  out.ok = !diags.HasErrors();
  if (!out.ok) {
    out.diags = std::move(diags);
    return out;
  }

  // The dependency graph: every content file gets an id; each output, the ids it showed.
  for (size_t i = 0; i < p.loaded.documents.size(); ++i) {
    const std::string& path = p.loaded.documents[i].path;
    state->document_of.emplace(path, i);
    state->file_ids.emplace(path, uint32_t(state->file_ids.size()));
  }
  for (size_t i = 0; i < renderer.files().size(); ++i) {
    if (!renderer.files()[i].copy_from.empty()) state->copied_of[renderer.files()[i].copy_from] = i;
  }
  state->reads.assign(reads.size(), {});
  state->readers.assign(state->file_ids.size(), {});
  state->language = diags.language();
  for (size_t i = 0; i < reads.size(); ++i) state->SetReads(i, reads[i]);
  for (size_t i = 0; i < diags.all().size(); ++i) {
    const Diagnostic& d = diags.all()[i];
    if (i < split && state->document_of.count(d.pos.path())) {
      state->file_diags[d.pos.path()].Add(d);
    } else {
      state->other_diags.Add(d);
    }
  }
  out.diags = std::move(diags);
  out.files = std::move(sink.site);
  state_ = std::move(state);
  return out;
}

bool SiteSession::BuildIncrementally(const SourceChanges& changes, SessionBuild& out) {
  State& state = *state_;
  if (changes.others || (changes.modified.empty() && changes.copied.empty())) return false;
  std::vector<size_t> which;
  for (const std::string& path : changes.copied) {
    auto found = state.copied_of.find(path);
    if (found == state.copied_of.end()) return false;
    which.push_back(found->second);
  }
  PhaseClock clock(out.timings);

  // Each file read and validated again; any problem, or a changed key, needs a full build.
  std::vector<Edit> edits;
  for (const std::string& path : changes.modified) {
    auto found = state.document_of.find(path);
    if (found == state.document_of.end()) return false;
    const Document& loaded = state.prepared.loaded.documents[found->second];
    if (!IsItemFolder(loaded.folder)) return false;
    Edit edit;
    edit.path = path;
    edit.document = found->second;
    std::optional<Document> doc = ReloadDocument(loaded, options_.document_cache, edit.diags);
    if (!doc || edit.diags.HasErrors()) return false;
    edit.doc = std::move(*doc);
    if (!ValidateDocument(edit.doc, false, edit.items, edit.diags) || edit.diags.HasErrors()) {
      return false;
    }
    const KeyMap fresh = ResolveKeys(edit.items);
    auto old_key = state.keys.find(path);
    auto new_key = fresh.find(path);
    if (old_key == state.keys.end() || new_key == fresh.end() ||
        old_key->second != new_key->second) {
      return false;
    }
    edits.push_back(std::move(edit));
  }
  clock.Lap("reload");

  // In place: every pointer of the resolved site, and every plan, stays valid.
  Content& content = *state.prepared.site.content;
  for (Edit& edit : edits) {
    Content& fresh = edit.items;
    FragmentMemo& kept = caches_->fragments;
    ReplaceItem(content.municipalities, edit.path, fresh.municipalities, kept);
    ReplaceItem(content.organizations, edit.path, fresh.organizations, kept);
    ReplaceItem(content.activities, edit.path, fresh.activities, kept);
    ReplaceItem(content.communities, edit.path, fresh.communities, kept);
    ReplaceItem(content.news, edit.path, fresh.news, kept);
    ReplaceItem(content.pages, edit.path, fresh.pages, kept);
    ReplaceSuppers(content.suppers, edit.path, fresh.suppers, kept);
    state.prepared.loaded.documents[edit.document] = std::move(edit.doc);
    state.file_diags[edit.path] = std::move(edit.diags);
    const std::vector<uint32_t>& readers = state.readers[state.file_ids.at(edit.path)];
    which.insert(which.end(), readers.begin(), readers.end());
  }
  std::sort(which.begin(), which.end());
  which.erase(std::unique(which.begin(), which.end()), which.end());

  MemorySink sink;
  FileReads reads;
  Diagnostics diags;
  state.renderer->Make(&which, sink,
                       [&](size_t i, std::string_view bytes) { state.links->Scan(i, bytes); },
                       &reads, diags);
  clock.Lap("render");
  if (!diags.HasErrors()) {
    state.links->Report(diags, [&](size_t i, std::string& bytes) {
      return sink.Get(state.renderer->files()[i].path, bytes);
    });
  }
  clock.Lap("links");
  // A new error needs the full build's complete report (and the state is no longer that of a
  // good site): let it speak.
  if (diags.HasErrors()) {
    state_.reset();
    return false;
  }
  for (size_t k = 0; k < which.size(); ++k) state.SetReads(which[k], reads[k]);

  out.ok = true;
  out.incremental = true;
  out.diags = state.AllDiagnostics();
  out.files = std::move(sink.site);
  out.pages = state.pages;
  for (size_t i : which) out.pages_rendered += i < state.renderer->page_count();
  out.pages_reused = out.pages - out.pages_rendered;
  return true;
}

}  // namespace maillon
