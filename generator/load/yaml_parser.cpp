// ParseYaml: yaml-cpp's event parser turned into Node trees with 1-based positions, duplicate-key
// checks, and bounds on nesting and alias expansion so hostile input fails fast with an error.
#include "load/yaml_parser.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <streambuf>
#include <unordered_map>
#include <utility>
#include <vector>

namespace maillon {

namespace {

// Thrown by NodeBuilder to abandon a parse once it has reported why; never leaves ParseYaml.
struct StopParsing {};

Text DepthMessage(int max_depth) {
  const std::string n = std::to_string(max_depth);
  return {"values are nested more than " + n + " levels deep; flatten the data",
          "les valeurs sont imbriquées sur plus de " + n + " niveaux ; aplatissez les données"};
}

std::string FieldPath(const std::string& parent, const std::string& key) {
  return parent.empty() ? key : parent + "." + key;
}

// "~", "null", "Null", "NULL" as a whole plain word (followed by a delimiter or the end).
size_t NullWordLength(std::string_view s) {
  if (s.empty() || (s[0] != '~' && s[0] != 'n' && s[0] != 'N')) return 0;  // most scalars
  for (std::string_view w : {"~", "null", "Null", "NULL"}) {
    if (s.substr(0, w.size()) != w) continue;
    if (s.size() == w.size()) return w.size();
    const char next = s[w.size()];
    if (next == ' ' || next == '\t' || next == '\n' || next == ',' || next == ']' ||
        next == '}' || next == '#')
      return w.size();
  }
  return 0;
}

// The keys of one mapping seen so far, to find duplicates. Most mappings have a few keys, which
// a linear search over the entries finds fastest; past kIndexFrom keys a hash index takes over,
// so a hostile mapping with a huge number of keys stays linear.
class KeyIndex {
 public:
  // The line of `key`'s first occurrence in `entries` (which holds the keys added so far).
  std::optional<int> Find(std::span<const MapEntry> entries, const std::string& key) const {
    if (!index_) {
      for (const MapEntry& e : entries) {
        if (e.key == key) return e.key_pos.line;
      }
      return std::nullopt;
    }
    auto it = index_->find(key);
    if (it == index_->end()) return std::nullopt;
    return it->second;
  }
  // Records the entry just added at the end of `entries`.
  void Added(std::span<const MapEntry> entries) {
    if (!index_ && entries.size() < kIndexFrom) return;
    if (!index_) {
      index_ = std::make_unique<std::unordered_map<std::string, int>>();
      for (const MapEntry& e : entries) index_->emplace(e.key, e.key_pos.line);
      return;
    }
    index_->emplace(entries.back().key, entries.back().key_pos.line);
  }

 private:
  static constexpr size_t kIndexFrom = 32;
  std::unique_ptr<std::unordered_map<std::string, int>> index_;
};

// An open collection. Its children wait in BuildScratch until it closes; its field path is not
// stored: only messages need it, and NodeBuilder::TopPath rebuilds it from the frames below.
struct Frame {
  Node node;         // kind and position; its map or seq is filled when it closes
  size_t first = 0;  // where its children start in BuildScratch::entries (maps) or items (lists)
  size_t size = 0;   // how many children it has so far
  YAML::anchor_t anchor = YAML::NullAnchor;
  size_t count = 1;  // nodes in this subtree, itself included
  // Maps alternate key and value events.
  bool has_key = false;  // a key was read: the next node is its value
  bool key_ok = false;   // that key is usable text
  std::string key;
  SourcePos key_pos;
  KeyIndex keys;
};

// The open collections and their children, innermost last, kept from parse to parse on each
// thread so their capacity is reused: a collection's own vector is then allocated once, at its
// final size, instead of growing with each entry.
struct BuildScratch {
  std::vector<Frame> frames;
  std::vector<MapEntry> entries;
  std::vector<Node> items;
};

BuildScratch& ThreadScratch() {
  thread_local BuildScratch scratch;
  return scratch;
}

// Builds the Node tree from parser events with an explicit stack, so our own depth is bounded by
// the limits and not by the C++ stack.
class NodeBuilder final : public YAML::EventHandler {
 public:
  NodeBuilder(std::string_view text, const SourcePos& origin, Diagnostics& diags,
              const YamlLimits& limits)
      : text_(text),
        file_(origin.file),
        base_line_(origin.line > 0 ? origin.line : 1),
        diags_(diags),
        limits_(limits),
        scratch_(ThreadScratch()),
        frames_base_(scratch_.frames.size()),
        entries_base_(scratch_.entries.size()),
        items_base_(scratch_.items.size()) {}

  // Leaves the scratch as it was found, also after a parse stopped half-way; gives back the
  // memory a huge document took.
  ~NodeBuilder() override {
    Truncate(scratch_.frames, frames_base_);
    Truncate(scratch_.entries, entries_base_);
    Truncate(scratch_.items, items_base_);
  }
  NodeBuilder(const NodeBuilder&) = delete;
  NodeBuilder& operator=(const NodeBuilder&) = delete;

  bool has_root() const { return has_root_; }
  bool stopped_at_second_document() const { return documents_ > 1; }
  Node TakeRoot() { return std::move(root_); }

  // A yaml-cpp mark (0-based line and column, relative to the text) as a file position.
  SourcePos PosOf(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.line < 0) return MakePos(file_, base_line_, 0);
    return MakePos(file_, base_line_ + mark.line, mark.column + 1);
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      diags_.Error(PosOf(mark), "",
                   {"a second YAML document starts here; a file holds one document: remove the "
                    "'---' or '...' separator and merge the fields",
                    "un second document YAML commence ici ; un fichier n'en contient qu'un : "
                    "enlevez le séparateur « --- » ou « ... » et regroupez les champs"});
      throw StopParsing{};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Count(1, mark);
    Node n;
    n.kind = Node::Kind::kNull;
    n.pos = NullPos(mark, &n.scalar);
    AddNode(std::move(n), anchor, 1);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchored_.find(anchor);
    if (it == anchored_.end()) {
      // yaml-cpp registers an anchor before its value is complete: "&a [*a]" lands here.
      diags_.Error(PosOf(mark), "",
                   Text("alias ", "l'alias ") + Quoted("*" + AnchorName(anchor)) +
                       Text(" is used inside the value it names; an alias can only repeat a "
                            "complete value",
                            " est utilisé dans la valeur qu'il nomme ; un alias ne peut répéter "
                            "qu'une valeur complète"));
      throw StopParsing{};
    }
    Count(it->second.count, mark);
    Node copy = it->second.node;
    copy.pos = PosOf(mark);
    AddNode(std::move(copy), YAML::NullAnchor, it->second.count);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    Count(1, mark);
    Node n;
    n.pos = PosOf(mark);
    // "?" is yaml-cpp's tag for plain scalars, "!" for quoted ones; "!!str" also forces text.
    const bool plain = tag != "!" && tag != "tag:yaml.org,2002:str";
    if (plain && (value.empty() || NullWordLength(value) == value.size())) {
      n.kind = Node::Kind::kNull;  // older yaml-cpp versions report "~" and "null" as scalars
    } else {
      n.kind = Node::Kind::kScalar;
      n.plain = plain;
    }
    n.scalar = value;
    AddNode(std::move(n), anchor, 1);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    OpenFrame(Node::Kind::kSeq, mark, anchor);
  }
  void OnSequenceEnd() override { CloseFrame(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    OpenFrame(Node::Kind::kMap, mark, anchor);
  }
  void OnMapEnd() override { CloseFrame(); }
  void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_anchor_ = name; }

 private:
  template <typename T>
  static void Truncate(std::vector<T>& v, size_t size) {
    constexpr size_t kKeptCapacity = 4096;
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(size), v.end());
    if (v.empty() && v.capacity() > kKeptCapacity) std::vector<T>().swap(v);
  }

  size_t depth() const { return scratch_.frames.size() - frames_base_; }

  // The entries of map frame `f` so far.
  std::span<const MapEntry> EntriesOf(const Frame& f) const {
    return std::span<const MapEntry>(scratch_.entries).subspan(f.first, f.size);
  }

  struct Anchored {
    Node node;
    size_t count = 0;
  };

  // Adds `n` nodes to the running total; stops the parse past the limit (billion laughs). The
  // position is only built for the message.
  void Count(size_t n, const YAML::Mark& mark) {
    total_ += n;
    if (total_ > limits_.max_nodes) StopAtNodeLimit(PosOf(mark));
  }
  void Count(size_t n, const SourcePos& pos) {
    total_ += n;
    if (total_ > limits_.max_nodes) StopAtNodeLimit(pos);
  }
  [[noreturn]] void StopAtNodeLimit(const SourcePos& pos) {
    diags_.Error(pos, "",
                 Text("more than " + std::to_string(limits_.max_nodes) +
                          " values once aliases are expanded; use fewer aliases ('*name')",
                      "plus de " + std::to_string(limits_.max_nodes) +
                          " valeurs une fois les alias développés ; utilisez moins d'alias "
                          "(« *nom »)"));
    throw StopParsing{};
  }

  // Where an empty value is. yaml-cpp marks an implicit null (`key:` with nothing after it) at
  // the next token, often on a later line; report it just after its ':' or '-' instead.
  // Explicit nulls ("~", "null") keep their mark, and their word goes to `word`.
  SourcePos NullPos(const YAML::Mark& mark, std::string* word) const {
    if (mark.is_null() || mark.pos < 0) return PosOf(mark);
    const size_t p = std::min(static_cast<size_t>(mark.pos), text_.size());
    if (size_t n = NullWordLength(text_.substr(p))) {
      *word = std::string(text_.substr(p, n));
      return PosOf(mark);
    }
    size_t q = p;
    int lines_back = 0;
    while (q > 0 && (text_[q - 1] == ' ' || text_[q - 1] == '\t' || text_[q - 1] == '\n')) {
      if (text_[q - 1] == '\n') ++lines_back;
      --q;
    }
    if (q == 0 || lines_back == 0) return PosOf(mark);
    const size_t nl = text_.rfind('\n', q - 1);
    const size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
    return MakePos(file_, base_line_ + mark.line - lines_back,
                   static_cast<int>(q - line_start) + 1);
  }

  std::string AnchorName(YAML::anchor_t anchor) const {
    auto it = anchor_names_.find(anchor);
    return it == anchor_names_.end() ? std::string("?") : it->second;
  }

  void NoteAnchor(YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) anchor_names_[anchor] = pending_anchor_;
    pending_anchor_.clear();
  }

  // The field path of the innermost open collection. A frame's place in its parent is still
  // there while it is open: the parent list's length (items are added when complete) or the
  // parent map's key.
  std::string TopPath() const {
    std::string path;
    for (size_t i = frames_base_; i + 1 < scratch_.frames.size(); ++i) {
      const Frame& parent = scratch_.frames[i];
      if (parent.node.IsSeq()) {
        path += "[" + std::to_string(parent.size) + "]";
      } else if (parent.has_key && parent.key_ok) {
        path = FieldPath(path, parent.key);
      }
    }
    return path;
  }

  void OpenFrame(Node::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (static_cast<int>(depth()) >= limits_.max_depth) {
      diags_.Error(PosOf(mark), "", DepthMessage(limits_.max_depth));
      throw StopParsing{};
    }
    Count(1, mark);
    NoteAnchor(anchor);
    Frame& f = scratch_.frames.emplace_back();
    f.node.kind = kind;
    f.node.pos = PosOf(mark);
    f.first = kind == Node::Kind::kMap ? scratch_.entries.size() : scratch_.items.size();
    f.anchor = anchor;
  }

  // Moves the children of the closing frame `f` (the last ones in `from`) into `to`.
  template <typename T>
  static void TakeChildren(const Frame& f, std::vector<T>& from, std::vector<T>& to) {
    const auto first = from.begin() + static_cast<std::ptrdiff_t>(f.first);
    to.assign(std::make_move_iterator(first), std::make_move_iterator(from.end()));
    from.erase(first, from.end());
  }

  void CloseFrame() {
    if (depth() == 0) return;
    Frame& f = scratch_.frames.back();
    Node node = std::move(f.node);
    if (node.IsMap()) {
      TakeChildren(f, scratch_.entries, node.map);
    } else {
      TakeChildren(f, scratch_.items, node.seq);
    }
    const YAML::anchor_t anchor = f.anchor;
    const size_t count = f.count;
    scratch_.frames.pop_back();
    AddNode(std::move(node), anchor, count);
  }

  // Places a complete node: as the root, a list item, a map key or a map value.
  void AddNode(Node&& n, YAML::anchor_t anchor, size_t count) {
    if (anchor != YAML::NullAnchor) {
      if (anchor_names_.find(anchor) == anchor_names_.end()) NoteAnchor(anchor);
      Count(count, n.pos);  // the kept copy costs as much as an expansion
      anchored_[anchor] = Anchored{n, count};
    }
    if (depth() == 0) {
      root_ = std::move(n);
      has_root_ = true;
      return;
    }
    Frame& top = scratch_.frames.back();
    top.count += count;
    if (top.node.IsSeq()) {
      scratch_.items.push_back(std::move(n));
      ++top.size;
      return;
    }
    if (!top.has_key) {
      top.has_key = true;
      top.key_ok = n.IsScalar() || (n.IsNull() && !n.scalar.empty());
      if (n.IsNull() && !top.key_ok) {
        diags_.Error(n.pos, TopPath(),
                     {"missing key before ':'; write 'name: value'",
                      "clé manquante avant « : » ; écrivez « nom: valeur »"});
      } else if (!top.key_ok) {
        diags_.Error(n.pos, TopPath(),
                     Text("a key must be a single word or text, not ",
                          "une clé doit être un mot ou un texte, pas ") +
                         n.KindName() +
                         Text("; write 'name: value'", " ; écrivez « nom: valeur »"));
      }
      top.key = std::move(n.scalar);
      top.key_pos = std::move(n.pos);
      return;
    }
    top.has_key = false;
    if (!top.key_ok) return;
    if (std::optional<int> first = top.keys.Find(EntriesOf(top), top.key)) {
      diags_.Error(top.key_pos, FieldPath(TopPath(), top.key),
                   Text("duplicate key ", "clé en double ") + Quoted(top.key) +
                       Text(" (first at line " + std::to_string(*first) + "); remove one",
                            " (déjà à la ligne " + std::to_string(*first) +
                                ") ; enlevez-en une"));
      return;
    }
    scratch_.entries.push_back(MapEntry{std::move(top.key), std::move(top.key_pos), std::move(n)});
    ++top.size;
    top.keys.Added(EntriesOf(top));
  }

  std::string_view text_;
  std::shared_ptr<const std::string> file_;
  int base_line_;
  Diagnostics& diags_;
  const YamlLimits& limits_;
  BuildScratch& scratch_;
  const size_t frames_base_;
  const size_t entries_base_;
  const size_t items_base_;
  std::map<YAML::anchor_t, Anchored> anchored_;
  std::map<YAML::anchor_t, std::string> anchor_names_;
  std::string pending_anchor_;
  size_t total_ = 0;
  int documents_ = 0;
  Node root_;
  bool has_root_ = false;
};

// The offset of the quote closing the one at `open`, or text.size() when none does. In double
// quotes a backslash escapes the next character; in single quotes '' is a quote.
size_t QuoteEnd(std::string_view text, size_t open) {
  const char quote = text[open];
  for (size_t i = open + 1;;) {
    i = quote == '"' ? text.find_first_of("\"\\", i) : text.find('\'', i);
    if (i == std::string_view::npos) return text.size();
    if (text[i] == '\\' || (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'')) {
      i += 2;
      continue;
    }
    return i;
  }
}

// yaml-cpp scans a whole flow collection ahead before parsing it (its opening bracket might
// start a key), spending memory per bracket before NodeBuilder sees any depth. So flow brackets
// are counted up front, outside quotes, comments and plain text, and obviously excessive nesting
// is refused: returns the offset of the first bracket past `max_depth`.
std::optional<size_t> ExcessiveFlowNesting(std::string_view text, int max_depth) {
  // Only these characters matter; the rest of the text is skipped through this table.
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> special{};
    for (unsigned char c : std::string_view("\"'#[]{}")) special[c] = true;
    return special;
  }();
  constexpr std::string_view kBlanks = " \t\n";
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!kSpecial[static_cast<unsigned char>(text[i])]) continue;
    // The character before (after a skipped quoted value or comment: its closing quote or '\n').
    const char prev = i == 0 ? '\n' : text[i - 1];
    switch (text[i]) {
      case '"':
      case '\'':
        if (std::string_view(" \t\n[{,:").find(prev) == std::string_view::npos) break;
        i = QuoteEnd(text, i);
        if (i == text.size()) return std::nullopt;
        break;
      case '#':
        if (kBlanks.find(prev) == std::string_view::npos) break;
        i = text.find('\n', i);
        if (i == std::string_view::npos) return std::nullopt;
        break;
      case '[':
      case '{':
        // Outside flow collections a bracket opens one only where a value starts: "[[" in the
        // middle of a plain scalar ("l'[[x]]") is text.
        if (depth > 0 || std::string_view(" \t\n:-?").find(prev) != std::string_view::npos) {
          if (++depth > max_depth) return i;
        }
        break;
      default:  // ']' and '}'
        if (depth > 0) --depth;
        break;
    }
  }
  return std::nullopt;
}

// A yaml-cpp mark (0-based line and column) for a byte offset of the text.
YAML::Mark MarkAt(std::string_view text, size_t offset) {
  YAML::Mark mark;
  mark.pos = static_cast<int>(offset);
  const size_t nl = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  mark.column = static_cast<int>(nl == std::string_view::npos ? offset : offset - nl - 1);
  mark.line = 0;
  for (size_t i = 0; i < offset; ++i) mark.line += text[i] == '\n';
  return mark;
}

// The offset of the last '[' (or '{') before `end` that no ']' (or '}') closes: where a
// volunteer must look when yaml-cpp only notices the missing bracket lines later. Skips
// comments and quoted values.
std::optional<size_t> UnclosedOpener(std::string_view text, size_t end, char open, char close) {
  end = std::min(end, text.size());  // yaml-cpp may mark past the end of the text
  std::vector<size_t> stack;
  char quote = 0;
  char prev = '\n';
  for (size_t i = 0; i < end; ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '#' && (prev == ' ' || prev == '\n' || prev == '\t')) {
      while (i < end && text[i] != '\n') ++i;
      prev = '\n';
      continue;
    } else if ((c == '"' || c == '\'') &&
               (prev == ' ' || prev == '\n' || prev == '[' || prev == '{' || prev == ',')) {
      quote = c;
    } else if (c == open) {
      stack.push_back(i);
    } else if (c == close && !stack.empty()) {
      stack.pop_back();
    }
    prev = c;
  }
  if (stack.empty()) return std::nullopt;
  return stack.back();
}

// A read-only stream buffer over text that outlives it, so yaml-cpp reads the text in place
// instead of from a copy (std::istringstream copies it).
class ViewStreamBuf final : public std::streambuf {
 public:
  explicit ViewStreamBuf(std::string_view text) {
    // The get area is only read: putting back the character just read only moves the pointer.
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// The std::istream yaml-cpp reads `text` from. Constructing an istream initialises its locale,
// a good part of yaml-cpp's set-up for a small document, so each thread keeps one and points it
// at each text in turn (ParseYaml does not nest).
class TextStream {
 public:
  explicit TextStream(std::string_view text) : buffer_(text), stream_(ThreadStream()) {
    stream_.rdbuf(&buffer_);  // also clears the state the previous parse left
  }
  ~TextStream() { stream_.rdbuf(nullptr); }
  TextStream(const TextStream&) = delete;
  TextStream& operator=(const TextStream&) = delete;
  std::istream& stream() { return stream_; }

 private:
  static std::istream& ThreadStream() {
    thread_local std::istream stream(nullptr);
    return stream;
  }
  ViewStreamBuf buffer_;
  std::istream& stream_;
};

// yaml-cpp's message, with a hint for the mistakes volunteers make most.
// yaml-cpp's own words stay as they are (in English); the hint says what to do, in both.
Text SyntaxMessage(const std::string& msg) {
  struct Hint {
    const char* prefix;
    const char* en;
    const char* fr;
  };
  static const Hint kHints[] = {
      {YAML::ErrorMsg::MAP_VALUE, "a value containing ': ' must be quoted",
       "une valeur qui contient « : » doit être entre guillemets"},
      {YAML::ErrorMsg::END_OF_MAP_FLOW,
       "this '{' has no matching '}'; quote the value if the '{' is part of the text",
       "ce « { » n'a pas de « } » ; mettez la valeur entre guillemets si le « { » fait partie "
       "du texte"},
      {YAML::ErrorMsg::END_OF_MAP,
       "check the indentation: the keys of one mapping start in the same column",
       "vérifiez l'indentation : les clés d'un même groupe commencent dans la même colonne"},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW,
       "this '[' has no matching ']'; quote the value if the '[' is part of the text",
       "ce « [ » n'a pas de « ] » ; mettez la valeur entre guillemets si le « [ » fait partie "
       "du texte"},
      {YAML::ErrorMsg::END_OF_SEQ,
       "check the indentation: the '-' items of one list start in the same column",
       "vérifiez l'indentation : les éléments « - » d'une même liste commencent dans la même "
       "colonne"},
      {YAML::ErrorMsg::TAB_IN_INDENTATION, "indent with spaces, not tabs",
       "indentez avec des espaces, pas des tabulations"},
      {YAML::ErrorMsg::EOF_IN_SCALAR, "a quoted value is never closed; add the closing quote",
       "une valeur entre guillemets n'est jamais fermée ; ajoutez le guillemet fermant"},
      {YAML::ErrorMsg::INVALID_ESCAPE,
       "in double quotes a backslash starts an escape: write \\\\ or use single quotes",
       "entre guillemets doubles, une barre oblique inverse commence un échappement : écrivez "
       "\\\\ ou utilisez des guillemets simples"},
      {YAML::ErrorMsg::UNKNOWN_ANCHOR, "define the value with '&name' before using '*name'",
       "définissez la valeur avec « &nom » avant d'utiliser « *nom »"},
      {YAML::ErrorMsg::BLOCK_ENTRY, "a '- ' list item is not expected here; check its indentation",
       "un élément de liste « - » n'est pas attendu ici ; vérifiez son indentation"},
      {YAML::ErrorMsg::FLOW_END, "a ']' or '}' has no matching '[' or '{'; quote the value",
       "un « ] » ou « } » n'a pas de « [ » ou « { » ; mettez la valeur entre guillemets"},
      {YAML::ErrorMsg::DOC_IN_SCALAR,
       "a line '---' or '...' inside a quoted value ends the document; indent it",
       "une ligne « --- » ou « ... » dans une valeur entre guillemets termine le document ; "
       "indentez-la"},
      {YAML::ErrorMsg::CHAR_IN_BLOCK,
       "after '|' or '>' only '+', '-' or an indentation digit may follow on the line",
       "après « | » ou « > », seuls « + », « - » ou un chiffre d'indentation peuvent suivre "
       "sur la ligne"},
      {YAML::ErrorMsg::ANCHOR_NOT_FOUND, "'&' starts an anchor name; quote values that start with &",
       "« & » commence un nom d'ancre ; mettez entre guillemets les valeurs qui commencent par &"},
      {YAML::ErrorMsg::ALIAS_NOT_FOUND, "'*' starts an alias; quote values starting with *",
       "« * » commence un alias ; mettez entre guillemets les valeurs qui commencent par *"},
      {YAML::ErrorMsg::BAD_FILE, "values are nested too deeply; flatten the data",
       "les valeurs sont trop imbriquées ; aplatissez les données"},
  };
  // yaml-cpp's words mean nothing to a French reader who has the hint.
  for (const Hint& hint : kHints) {
    if (msg.rfind(hint.prefix, 0) == 0) {
      return {"YAML syntax error: " + msg + "; " + hint.en,
              std::string("erreur de syntaxe YAML : ") + hint.fr};
    }
  }
  return {"YAML syntax error: " + msg, "erreur de syntaxe YAML (" + msg + ")"};
}

}  // namespace

Node ParseYaml(std::string_view text, const SourcePos& origin, Diagnostics& diags,
               const YamlLimits& limits) {
  Node none;
  none.pos = MakePos(origin.file, 0, 0);
  NodeBuilder builder(text, origin, diags, limits);
  if (std::optional<size_t> at = ExcessiveFlowNesting(text, limits.max_depth)) {
    diags.Error(builder.PosOf(MarkAt(text, *at)), "", DepthMessage(limits.max_depth));
    return none;
  }
  try {
    TextStream in(text);
    YAML::Parser parser(in.stream());
    while (parser.HandleNextDocument(builder)) {
    }
    return builder.has_root() ? builder.TakeRoot() : none;
  } catch (const StopParsing&) {
    // A second document leaves the first one complete and usable; other stops do not.
    return builder.stopped_at_second_document() && builder.has_root() ? builder.TakeRoot() : none;
  } catch (const YAML::Exception& e) {
    YAML::Mark mark = e.mark;
    // yaml-cpp notices an unclosed bracket where the next line starts: point at the bracket.
    const bool seq = e.msg.rfind(YAML::ErrorMsg::END_OF_SEQ_FLOW, 0) == 0;
    const bool map = e.msg.rfind(YAML::ErrorMsg::END_OF_MAP_FLOW, 0) == 0;
    if ((seq || map) && mark.pos >= 0) {
      if (auto at = UnclosedOpener(text, static_cast<size_t>(mark.pos), seq ? '[' : '{',
                                   seq ? ']' : '}')) {
        mark = MarkAt(text, *at);
      }
    }
    // An escape or scalar cut short by the end of the text is marked past it: point at the end.
    if (mark.pos > 0 && static_cast<size_t>(mark.pos) > text.size()) {
      mark = MarkAt(text, text.size());
    }
    diags.Error(builder.PosOf(mark), "", SyntaxMessage(e.msg));
  } catch (const std::exception& e) {
    diags.Error(MakePos(origin.file, 0, 0), "",
                Text("could not read the YAML: ", "impossible de lire le YAML : ") + e.what());
  } catch (...) {
    diags.Error(MakePos(origin.file, 0, 0), "",
                {"could not read the YAML: unknown error",
                 "impossible de lire le YAML : erreur inconnue"});
  }
  return none;
}

}  // namespace maillon
