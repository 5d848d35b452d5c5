// Compiling the theme's templates: partials are expanded into each layout before parsing, so a
// page is parsed once rather than once per partial use, and partial names cannot collide with
// data keys (kainjow looks partials up among the data). The tag scanner follows kainjow's rules
// for {{ }}, {{{ }}} and sigils.
#include "render/template_set.h"

#include <algorithm>
#include <cstdlib>
#include <exception>

namespace maillon {

namespace {

std::string_view Trim(std::string_view s) {
  const size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const size_t last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

constexpr int kMaxPartialDepth = 16;

struct Expander {
  const Theme& theme;
  Diagnostics& diags;
  std::vector<std::string> chain;  // partials being expanded, to catch cycles
  bool ok = true;

  std::string Expand(const std::string& text, const std::string& path) {
    std::string out;
    size_t copied = 0;
    for (const TemplateTag& tag : ScanTemplateTags(text)) {
      if (tag.kind != '>') continue;
      out.append(text, copied, tag.offset - copied);
      copied = tag.offset + tag.length;
      auto it = theme.partials.find(tag.name);
      if (it == theme.partials.end()) continue;  // the lint reports unknown partials
      bool cycle = false;
      for (const std::string& open : chain) cycle = cycle || open == tag.name;
      if (cycle || chain.size() >= size_t(kMaxPartialDepth)) {
        diags.Error(PosInTemplate(path, text, tag.offset), "",
                    Text("partial ", "le partiel ") + Quoted(tag.name) +
                        Text(" includes itself (directly or through others)",
                             " s'inclut lui-même (directement ou par d'autres)"));
        ok = false;
        continue;
      }
      chain.push_back(tag.name);
      std::string body = Expand(it->second, theme.FilePath("partials", tag.name));
      chain.pop_back();
      // The partial file's final newline would add a blank line where it is included.
      if (!body.empty() && body.back() == '\n') body.pop_back();
      out += body;
    }
    out.append(text, copied, std::string::npos);
    return out;
  }
};

// Parses `text`; reports a syntax error at `path`'s line and column (or at the file alone when
// `text` is not the file's own text). Returns false on error.
bool CheckSyntax(const std::string& text, const std::string& path, bool own_text,
                 Diagnostics& diags, kainjow::mustache::mustache* compiled) {
  try {
    kainjow::mustache::mustache tmpl{text};
    if (!tmpl.is_valid()) {
      size_t offset = std::string::npos;
      const std::string message = DescribeMustacheError(tmpl.error_message(), &offset);
      if (!own_text) {
        diags.Error(FilePos(path), "",
                    Text(message) + Text(" (once its partials are included)",
                                         " (une fois ses partiels inclus)"));
      } else if (offset != std::string::npos) {
        diags.Error(PosInTemplate(path, text, offset), "", message);
      } else {
        diags.Error(FilePos(path), "", message);
      }
      return false;
    }
    if (compiled) *compiled = std::move(tmpl);
    return true;
  } catch (const std::exception& e) {
    diags.Error(FilePos(path), "",
                Text("cannot parse the template: ", "impossible de lire le gabarit : ") + e.what());
    return false;
  }
}

}  // namespace

std::vector<TemplateTag> ScanTemplateTags(std::string_view text) {
  std::vector<TemplateTag> tags;
  size_t at = 0;
  while ((at = text.find("{{", at)) != std::string_view::npos) {
    const bool triple = at + 2 < text.size() && text[at + 2] == '{';
    const std::string_view close = triple ? "}}}" : "}}";
    const size_t contents = at + (triple ? 3 : 2);
    const size_t end = text.find(close, contents);
    if (end == std::string_view::npos) break;
    TemplateTag tag;
    tag.offset = at;
    tag.length = end + close.size() - at;
    std::string_view body = Trim(text.substr(contents, end - contents));
    if (triple) {
      tag.kind = '{';
    } else if (!body.empty() &&
               std::string_view("#^/>&!=").find(body[0]) != std::string_view::npos) {
      tag.kind = body[0];
      body = Trim(body.substr(1));
    }
    tag.name = std::string(body);
    tags.push_back(std::move(tag));
    at = end + close.size();
  }
  return tags;
}

SourcePos PosInTemplate(const std::string& path, std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const int line = 1 + int(std::count(before.begin(), before.end(), '\n'));
  const size_t line_start = before.rfind('\n');
  const int col = int(offset - (line_start == std::string_view::npos ? 0 : line_start + 1)) + 1;
  return MakePos(std::make_shared<const std::string>(path), line, col);
}

std::string DescribeMustacheError(const std::string& message, size_t* offset) {
  *offset = std::string::npos;
  std::string text = message;
  const size_t at = message.rfind(" at ");
  if (at != std::string::npos) {
    char* end = nullptr;
    const unsigned long long value = std::strtoull(message.c_str() + at + 4, &end, 10);
    if (end && *end == '\0' && end != message.c_str() + at + 4) {
      *offset = size_t(value);
      text = message.substr(0, at);
    }
  }
  // kainjow's words, turned into what a theme author needs to do.
  auto quoted = [&](size_t from) {
    const size_t open = text.find('"', from);
    const size_t close = open == std::string::npos ? open : text.find('"', open + 1);
    return close == std::string::npos ? std::string() : text.substr(open + 1, close - open - 1);
  };
  if (text.rfind("Unclosed tag", 0) == 0) return "tag opened with '{{' is never closed";
  if (text.rfind("Unclosed section", 0) == 0) {
    const std::string name = quoted(0);
    return "section '{{#" + name + "}}' is never closed by '{{/" + name + "}}'";
  }
  if (text.rfind("Unopened section", 0) == 0) {
    return "'{{/" + quoted(0) + "}}' closes a section that is not open";
  }
  if (text.rfind("Invalid set delimiter", 0) == 0) return "invalid set-delimiter tag";
  return text;
}

bool TemplateSet::Compile(const Theme& theme, Diagnostics& diags) {
  dir_ = theme.dir;
  compiled_.clear();
  sources_.clear();
  layout_paths_.clear();
  for (const auto& [name, text] : theme.layouts) layout_paths_[name] = theme.FilePath("layouts", name);
  bool ok = true;
  for (const auto& [name, text] : theme.partials) {
    ok = CheckSyntax(text, theme.FilePath("partials", name), true, diags, nullptr) && ok;
  }
  for (const auto& [name, text] : theme.layouts) {
    const std::string path = LayoutPath(name);
    if (!CheckSyntax(text, path, true, diags, nullptr)) {
      ok = false;
      continue;
    }
    Expander expander{theme, diags, {}, true};
    const std::string expanded = expander.Expand(text, path);
    ok = ok && expander.ok;
    kainjow::mustache::mustache compiled{""};
    // Each file parses alone, so only a section opened in one file and closed in another can
    // fail here: report it at the layout.
    if (!CheckSyntax(expanded, path, false, diags, &compiled)) {
      ok = false;
      continue;
    }
    compiled_.emplace(name, std::move(compiled));
    sources_.emplace(name, std::hash<std::string_view>{}(expanded));
  }
  return ok;
}

std::uint64_t TemplateSet::SourceHash(const std::string& layout) const {
  auto it = sources_.find(layout);
  return it == sources_.end() ? 0 : it->second;
}

std::string TemplateSet::LayoutPath(const std::string& layout) const {
  auto it = layout_paths_.find(layout);
  return it != layout_paths_.end() ? it->second : dir_ + "/layouts/" + layout + ".mustache";
}

bool TemplateSet::Render(const std::string& layout,
                         const std::vector<const kainjow::mustache::data*>& stack, std::string& out,
                         std::string& error) {
  auto it = compiled_.find(layout);
  if (it == compiled_.end()) {
    error = "the theme has no layout '" + layout + "'";
    return false;
  }
  try {
    kainjow::mustache::context<std::string> context;
    for (const kainjow::mustache::data* data : stack) context.push(data);
    out = it->second.render(context);
    if (!it->second.is_valid()) {
      error = it->second.error_message();
      return false;
    }
    return true;
  } catch (const std::exception& e) {
    error = e.what();
    return false;
  }
}

}  // namespace maillon
